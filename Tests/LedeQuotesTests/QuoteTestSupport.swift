import Lede
import Testing
import LedeCore
import LedeQuotes

/// Runs `tokens` + `quotes` on a text and returns the annotated document.
func annotate(_ text: String, cues: [String] = []) throws -> AnnotatedDocument {
    let pipeline = try Pipeline([TextAnalyzer(), QuoteExtractor(extraCues: cues)])
    return try pipeline.run(Document(id: "test", text: text))
}

/// The quotes of a text as (words, speaker, mention, cue, kind) strings.
struct SeenQuote: Equatable, CustomStringConvertible {
    var text: String
    var speaker: String?
    var mention: String?
    var cue: String?
    var kind: Quote.Kind
    var rule: String?

    var description: String { "«\(text)» speaker=\(speaker ?? "nil") mention=\(mention ?? "nil") cue=\(cue ?? "nil") \(kind)" }
}

func quotes(_ text: String, cues: [String] = []) throws -> [SeenQuote] {
    let doc = try annotate(text, cues: cues)
    let d = doc.document
    return doc.quotes.map {
        SeenQuote(text: d.text(of: $0.span), speaker: $0.speaker, mention: $0.mention.map { d.text(of: $0) },
                  cue: $0.cue.map { d.text(of: $0) }, kind: $0.kind, rule: $0.rule)
    }
}

/// What a test expects of one field of a quote: anything, null, or this text.
enum Expected: Sendable, Equatable, ExpressibleByStringLiteral {
    case any, null, text(String)

    init(stringLiteral value: String) { self = .text(value) }

    /// Whether `value` is what is expected.
    func matches(_ value: String?) -> Bool {
        switch self {
        case .any: true
        case .null: value == nil
        case .text(let t): value == t
        }
    }
}

/// A hand-written sentence and what its first quote should get (fields left `.any`
/// are not checked).
struct FirstQuote: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: Expected
    var mention: Expected
    var cue: Expected
    var rule: Expected

    init(_ text: String, speaker: Expected = .any, mention: Expected = .any, cue: Expected = .any, rule: Expected = .any) {
        self.text = text
        self.speaker = speaker
        self.mention = mention
        self.cue = cue
        self.rule = rule
    }

    var testDescription: String { text }
}

/// Checks the first quote of `c.text` against what `c` expects.
func check(_ c: FirstQuote, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let q = try #require(try quotes(c.text).first, sourceLocation: sourceLocation)
    #expect(c.speaker.matches(q.speaker), "speaker \(q.speaker ?? "nil")", sourceLocation: sourceLocation)
    #expect(c.mention.matches(q.mention), "mention \(q.mention ?? "nil")", sourceLocation: sourceLocation)
    #expect(c.cue.matches(q.cue), "cue \(q.cue ?? "nil")", sourceLocation: sourceLocation)
    #expect(c.rule.matches(q.rule), "rule \(q.rule ?? "nil")", sourceLocation: sourceLocation)
}
