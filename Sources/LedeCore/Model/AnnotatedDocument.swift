/// A document and everything the pipeline's steps found in it.
///
/// Steps receive it `inout` in pipeline order; each fills the fields it
/// ``Extractor/provides``. Built-in fields are typed; extractors of your own add
/// values under an ``AnnotationKey`` and output under ``output``.
public struct AnnotatedDocument: Sendable {
    /// The input document.
    public let document: Document
    /// Tokens (``Capability/tokens``).
    public var tokens: TokenBuffer?
    /// Sentence byte spans in text order (``Capability/sentences``).
    public var sentences: [Span]?
    /// Paragraph byte spans in text order (``Capability/paragraphs``).
    public var paragraphs: [Span]?
    /// The wire dateline (``Capability/dateline``).
    public var dateline: Dateline?
    /// The printed header timestamp (``Capability/published``).
    public var published: Timestamp?
    /// Direct quotes in text order (``Capability/quotes``).
    public var quotes: [Quote] = []
    /// Pattern matches from every regex step, in step order then text order (``Capability/matches``).
    public var matches: [Match] = []
    /// Extra top-level output keys written by extractors outside the built-in set, in insertion order.
    public var output: [(key: String, value: JSONValue)] = []

    private var values: [String: any Sendable] = [:]

    /// Wraps a document with no annotations yet.
    public init(_ document: Document) {
        self.document = document
    }

    /// A value stored by an earlier step under `key`.
    public subscript<Value>(key: AnnotationKey<Value>) -> Value? {
        get { values[key.name] as? Value }
        set { values[key.name] = newValue }
    }

    /// Sets an extra top-level output key, replacing an earlier value of the same key.
    public mutating func setOutput(_ key: String, _ value: JSONValue) {
        if let i = output.firstIndex(where: { $0.key == key }) {
            output[i].value = value
        } else {
            output.append((key, value))
        }
    }

    /// The date year-less dates resolve against: the printed header date, then the
    /// input's published date, then the reference date, then today.
    public var resolutionDate: CalendarDate {
        document.resolutionDate(ownDate: published?.date)
    }
}
