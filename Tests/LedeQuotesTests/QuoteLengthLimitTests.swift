import Lede
import LedeCore
import LedeQuotes
import Testing

/// Issue 9: a quote longer than `max_quote_bytes` fails its document with `quote-limit`.
@Suite("Quote length limit")
struct QuoteLengthLimitTests {
    /// A quote of `words` copies of "word " (so its trimmed text is `5 * words - 1` bytes).
    static func article(words: Int, closed: Bool = true) -> String {
        let body = String(repeating: "word ", count: words).dropLast()
        return "SEOUL – Officials met on Tuesday.\n\nLee said: “\(body)\(closed ? "”" : "")\n\nThe talks ended."
    }

    /// The byte offset of the quote's first word (the first `w` of the text).
    static func firstWordOffset(_ text: String) -> Int {
        Array(text.utf8).firstIndex(of: UInt8(ascii: "w")) ?? -1
    }

    static func run(_ text: String, maxQuoteBytes: Int) throws -> AnnotatedDocument {
        let pipeline = try Pipeline([TextAnalyzer(), QuoteExtractor(maxQuoteBytes: maxQuoteBytes)])
        return try pipeline.run(Document(id: "story-7", text: text))
    }

    @Test func quoteAtTheLimitIsKept() throws {
        let text = Self.article(words: 40)  // 199 bytes of words
        let doc = try Self.run(text, maxQuoteBytes: 199)
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.span.count == 199)
        #expect(doc.quotes.first?.speaker == "Lee")
    }

    @Test func quoteOverTheLimitFailsTheDocumentNamingTheLimit() throws {
        let text = Self.article(words: 40)
        let error = try #require(throws: DocumentError.self) {
            try Self.run(text, maxQuoteBytes: 198)
        }
        #expect(error.code == "quote-limit")
        #expect(error.message.contains("document 'story-7'"))
        #expect(error.message.contains("at byte \(Self.firstWordOffset(text))"))
        #expect(error.message.contains("of 199 bytes"))
        #expect(error.message.contains("max_quote_bytes = 198"))
        #expect(error.message.contains("raise `max_quote_bytes`"))
    }

    @Test func unclosedQuoteRecoveredAtTheParagraphEndCountsToo() throws {
        let text = Self.article(words: 100, closed: false)
        let error = try #require(throws: DocumentError.self) {
            try Self.run(text, maxQuoteBytes: 400)
        }
        #expect(error.code == "quote-limit")
        #expect(error.message.contains("at byte \(Self.firstWordOffset(text)) of 499 bytes"))
        // Below the limit, the recovered quote is reported as usual.
        #expect(try Self.run(text, maxQuoteBytes: 499).quotes.map(\.span.count) == [499])
    }

    @Test func defaultLimitLetsLongRealQuotesThrough() throws {
        // About 10 KB over three paragraphs, the longest kind of quote a news story holds.
        let para = String(repeating: "We will keep working for the people of this country every day. ", count: 50)
        let text = "“\(para)\n\n“\(para)\n\n“\(para)” the president said."
        let doc = try annotate(text)
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.span.count ?? 0 > 9_000)
        #expect(QuoteExtractor.defaultMaxQuoteBytes == 65_536)
    }

    @Test func optionIsReadFromTheConfiguration() throws {
        let yaml = "pipeline:\n  - extractor: tokens\n  - extractor: quotes\n    max_quote_bytes: 100\n"
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml))
        #expect(throws: DocumentError.self) {
            try pipeline.run(Document(text: Self.article(words: 40)))
        }
        #expect(try pipeline.run(Document(text: Self.article(words: 10))).quotes.count == 1)
        let registration = try #require(ExtractorRegistry.builtIn.registration(named: "quotes"))
        #expect(registration.options.map(\.key).contains("max_quote_bytes"))
    }

    @Test(arguments: ["0", "-5", "lots"])
    func nonPositiveOrNonNumericLimitIsAConfigurationError(_ value: String) throws {
        let yaml = "pipeline:\n  - extractor: tokens\n  - extractor: quotes\n    max_quote_bytes: \(value)\n"
        let error = try #require(throws: ConfigurationError.self) {
            try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml))
        }
        #expect(error.key == "max_quote_bytes")
    }
}
