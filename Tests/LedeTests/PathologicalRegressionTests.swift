import Foundation
import Lede
import LedeTestSupport
import Testing

/// Issue 9's pathological shapes at 20 KB through the default pipeline: each yields a
/// result (no failure), spans inside the text, tokens that cover every non-space byte,
/// and output that validates against the schema. Speed is measured by
/// scripts/pathological.py, not here.
@Suite struct PathologicalRegressionTests {
    static let size = 20_000

    static func repeated(_ unit: [UInt8], size: Int = size) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size + unit.count)
        while out.count < size { out += unit }
        return Array(out.prefix(size))
    }

    static let shapes: [(name: String, bytes: [UInt8])] = [
        ("straight quotes", repeated(Array("\"".utf8))),
        ("curly open quotes", repeated(Array("“".utf8))),
        ("never-closed quotes", repeated(Array("a “b ".utf8))),
        ("one long sentence", Array(repeated(Array("word ".utf8), size: size - 1)) + [UInt8(ascii: ".")]),
        ("abbreviations", repeated(Array("U.S. Gen. ".utf8))),
        ("newlines only", repeated([0x0A])),
        ("dateline-like prefix", repeated(Array("SEOUL – ".utf8))),
        ("all byte values", repeated(Array(0...255))),
        ("many closed quotes", repeated(Array("“a b” \"c d\" ".utf8))),
        ("nested brackets", repeated(Array((String(repeating: "(", count: 1000) + "[{“" + String(repeating: ")", count: 1000)).utf8))),
    ]

    func run(_ bytes: [UInt8]) throws -> (AnnotatedDocument, [UInt8]) {
        let document = Document(id: "shape", bytes: bytes, referenceDate: CalendarDate(iso: "2025-11-01"))
        let result = try Pipeline.makeDefault().result(for: document)
        let line = ResultEncoder(include: [.tokens, .sentences, .paragraphs]).line(for: result, id: document.id)
        return (try result.get(), line)
    }

    @Test(arguments: shapes.map(\.name))
    func shapeGivesSaneOutput(_ name: String) throws {
        let bytes = try #require(Self.shapes.first { $0.name == name }).bytes
        let (annotated, line) = try run(bytes)
        let text = annotated.document.bytes
        let tokens = try #require(annotated.tokens)
        var covered = 0
        for i in tokens.indices {
            let span = tokens[i].span
            #expect(span.start >= covered && span.end > span.start && span.end <= text.count, "token \(i) \(span)")
            covered = span.end
        }
        let spans = (annotated.sentences ?? []) + (annotated.paragraphs ?? []) + annotated.quotes.map(\.span)
            + annotated.matches.map(\.span) + [annotated.dateline?.span, annotated.published?.span].compactMap { $0 }
        for span in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= text.count, "\(name): \(span)")
        }
        // Quotes never outnumber the quote marks that could open them.
        let quoteMarks: Set<Unicode.Scalar> = ["\"", "'", "“", "”", "„", "‘", "’", "«", "»"]
        let marks = annotated.document.text.unicodeScalars.filter { quoteMarks.contains($0) }.count
        #expect(annotated.quotes.count <= marks)
        let validator = try JSONSchemaValidator(contentsOf: repositoryRoot.appendingPathComponent("Docs/output.schema.json"))
        try validator.validate(jsonLine: Data(line))
    }

    @Test func newlinesOnlyHaveNoTokensSentencesOrParagraphs() throws {
        let (annotated, _) = try run(Self.repeated([0x0A]))
        #expect(annotated.tokens?.count == 0)
        #expect(annotated.sentences?.isEmpty == true)
        #expect(annotated.paragraphs?.isEmpty == true)
        #expect(annotated.dateline == nil)
    }

    @Test func oneLongSentenceStaysOneSentence() throws {
        let bytes = Array(Self.repeated(Array("word ".utf8), size: Self.size - 1)) + [UInt8(ascii: ".")]
        let (annotated, _) = try run(bytes)
        #expect(annotated.sentences?.count == 1)
        #expect(annotated.tokens?.count == 4_001)  // 4,000 words and the period
        #expect(annotated.quotes.isEmpty)
    }

    @Test func abbreviationsDoNotEndASentenceEachTime() throws {
        let (annotated, _) = try run(Self.repeated(Array("U.S. Gen. ".utf8)))
        // 2,000 repetitions; a splitter that ended a sentence at every period would give 4,000.
        #expect((annotated.sentences?.count ?? 0) < 2_000)
    }

    @Test func manyClosedQuotesAreEachFoundUnattributed() throws {
        let (annotated, _) = try run(Self.repeated(Array("“a b” \"c d\" ".utf8)))
        // 1,250 repetitions of two quotes, the last cut short at 20 KB.
        let words = annotated.quotes.map { annotated.document.text(of: $0.span) }
        #expect(words.count == 2_500)
        #expect(Set(words) == ["a b", "c d"])
        #expect(annotated.quotes.allSatisfy { $0.speaker == nil })
    }
}
