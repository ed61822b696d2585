import LedeCore

/// A person, organisation or described speaker in one document.
///
/// Lives only while one document is attributed: its canonical name is kept as a span
/// of that document's bytes and made into a `String` only when read. Its mention
/// positions and describing heads are lists in the ``EntityTable``'s pools (no arrays
/// of its own to allocate and free).
struct Entity {
    /// What the entity is known to be.
    enum Kind: UInt8, Sendable {
        case person, organization, unknown
    }

    /// The canonical name: the fullest form first seen (`Lee Jae Myung`,
    /// `a senior US defense official`).
    var canonical: String {
        String(decoding: UnsafeBufferPointer(rebasing: source[span.start..<span.end]), as: UTF8.self)
    }
    var kind: Kind
    /// Whether it was introduced by a description rather than a name.
    var isDescription: Bool
    /// Its lower-case name words (indexes into the table's word pool), for spelling-variant checks.
    var words: Range<Int32> = 0..<0
    /// First and last node of its mention positions (byte offsets, in text order) in the table's pool.
    var firstPosition: Int32 = -1
    var lastPosition: Int32 = -1
    /// First and last node of its heads (title words and description heads that describe
    /// it: `president`, `official`, `newspaper`) in the table's pool; -1 when none.
    var firstHead: Int32 = -1
    var lastHead: Int32 = -1

    /// The document's bytes and where the canonical name is written in them.
    private let source: UnsafeBufferPointer<UInt8>
    private let span: Span

    /// An entity named by `source[span]` (the table links its positions and heads).
    init(source: UnsafeBufferPointer<UInt8>, span: Span, kind: Kind, isDescription: Bool) {
        self.source = source
        self.span = span
        self.kind = kind
        self.isDescription = isDescription
    }
}
