/// The built-in `tokens` step: tokens, sentences and paragraphs for later steps.
public struct TextAnalyzer: Extractor {
    public static let registryName = "tokens"
    /// What the step provides.
    public static let capabilities: Set<Capability> = [.tokens, .sentences, .paragraphs]

    private let tokenizer = Tokenizer()
    private let splitter = SentenceSplitter()
    private let paragraphs = ParagraphSplitter()

    /// Creates the step.
    public init() {}

    public var requires: Set<Capability> { [] }
    public var provides: Set<Capability> { Self.capabilities }

    public func extract(_ document: inout AnnotatedDocument) {
        let bytes = document.document.bytes
        var tokens = TokenBuffer()
        var sentences: [Span] = []
        var paras: [Span] = []
        bytes.withUnsafeBufferPointer { buf in
            tokenizer.tokenize(buf, into: &tokens)
            sentences = splitter.split(buf, tokens: tokens)
            paras = paragraphs.split(buf)
        }
        document.tokens = tokens
        document.sentences = sentences
        document.paragraphs = paras
    }

    /// The registry entry for `tokens`.
    public static let registration = ExtractorRegistration(
        TextAnalyzer.self,
        summary: "Tokens, sentences and paragraphs for later steps (`--include tokens,sentences` prints them).",
        provides: capabilities
    ) { _ throws(ConfigurationError) in TextAnalyzer() }
}
