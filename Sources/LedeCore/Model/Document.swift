/// One article: its identifier, its text as valid UTF-8 bytes, and the dates that
/// year-less dates resolve against.
///
/// Text is always valid UTF-8. Bytes that are not are replaced by U+FFFD the way
/// Python's `bytes.decode("utf-8", errors="replace")` does (one replacement per
/// maximal ill-formed subpart), so code-point offsets agree with Python's.
public struct Document: Sendable {
    /// The document's identifier: a path as given, or a JSONL record's `id`.
    public let id: String
    /// The decoded text, made from ``bytes`` on each use (the document keeps only the
    /// bytes; steps work on those): read it once and keep it rather than in a loop.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The text's UTF-8 bytes; every ``Span`` indexes into these.
    public let bytes: [UInt8]
    /// Whether the input held bytes that were not valid UTF-8 and were replaced.
    public let hadInvalidUTF8: Bool
    /// The publication date supplied with the input (a JSONL record's `published`).
    public var published: CalendarDate?
    /// The date that year-less dates resolve against when the document prints no date
    /// of its own and ``published`` is unset (`--reference-date`).
    public var referenceDate: CalendarDate?

    /// Creates a document from text.
    public init(id: String = "", text: String, published: CalendarDate? = nil, referenceDate: CalendarDate? = nil) {
        self.id = id
        self.bytes = Array(text.utf8)
        self.hadInvalidUTF8 = false
        self.published = published
        self.referenceDate = referenceDate
    }

    /// Creates a document from raw bytes, replacing invalid UTF-8 with U+FFFD.
    public init(id: String = "", bytes raw: some Collection<UInt8>, published: CalendarDate? = nil,
                referenceDate: CalendarDate? = nil) {
        // An array is taken as is, without a copy; valid input (nearly all) is kept.
        let input = Array(raw)
        let valid = input.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        self.id = id
        self.hadInvalidUTF8 = !valid
        self.bytes = valid ? input : Array(String(decoding: input, as: UTF8.self).utf8)
        self.published = published
        self.referenceDate = referenceDate
    }

    /// The text of a byte span. Spans produced by Lede always fall on scalar boundaries.
    public func text(of span: Span) -> String {
        let lo = Swift.max(0, Swift.min(span.start, bytes.count))
        let hi = Swift.max(lo, Swift.min(span.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The date that year-less dates in this document resolve against, given the
    /// date the document prints in its own header (if any): own date, then
    /// ``published``, then ``referenceDate``, then today.
    public func resolutionDate(ownDate: CalendarDate? = nil) -> CalendarDate {
        ownDate ?? published ?? referenceDate ?? CalendarDate.today()
    }
}
