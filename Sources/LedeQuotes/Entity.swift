import LedeCore

/// A person, organisation or described speaker in one document.
///
/// Lives only while one document is attributed: its canonical name is kept as a span
/// of that document's bytes and made into a `String` only when read.
struct Entity {
    /// What the entity is known to be.
    enum Kind: UInt8, Sendable {
        case person, organization, unknown
    }

    /// The canonical name: the fullest form first seen (`Lee Jae Myung`,
    /// `a senior US defense official`).
    var canonical: String {
        get { text ?? String(decoding: UnsafeBufferPointer(rebasing: source[span.start..<span.end]), as: UTF8.self) }
        set { text = newValue }
    }
    var kind: Kind
    /// Title words and description heads that describe it (`president`, `official`, `newspaper`).
    var heads: [WordKey]
    /// Byte offsets of its mentions, in text order.
    var positions: [Int]
    /// Whether it was introduced by a description rather than a name.
    var isDescription: Bool
    /// Its lower-case name words (indexes into the table's word pool), for spelling-variant checks.
    var words: Range<Int32> = 0..<0

    /// The document's bytes and where the canonical name is written in them.
    private let source: UnsafeBufferPointer<UInt8>
    private let span: Span
    /// A canonical name given as text (or set later), which wins over `span`.
    private var text: String?

    /// An entity named by `source[span]`.
    init(source: UnsafeBufferPointer<UInt8>, span: Span, kind: Kind, heads: [WordKey], position: Int, isDescription: Bool) {
        self.source = source
        self.span = span
        self.kind = kind
        self.heads = heads
        self.positions = [position]
        self.isDescription = isDescription
    }

    /// An entity with a canonical name given as text.
    init(canonical: String, kind: Kind, heads: [WordKey], position: Int, isDescription: Bool) {
        self.init(source: UnsafeBufferPointer(start: nil, count: 0), span: Span(start: 0, end: 0), kind: kind, heads: heads,
                  position: position, isDescription: isDescription)
        text = canonical
    }

    /// Adds title words or description heads not yet known.
    mutating func addHeads(_ new: [WordKey]) {
        for h in new where !heads.contains(h) { heads.append(h) }
    }
}
