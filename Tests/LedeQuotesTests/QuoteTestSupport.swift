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

/// A hand-written sentence and what its first quote should get. A field left nil is
/// not checked; `noSpeaker` asks for a null speaker.
struct FirstQuote: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var mention: String?
    var cue: String?
    var rule: String?
    var noSpeaker = false

    init(_ text: String, speaker: String? = nil, mention: String? = nil, cue: String? = nil, rule: String? = nil,
         noSpeaker: Bool = false) {
        self.text = text
        self.speaker = speaker
        self.mention = mention
        self.cue = cue
        self.rule = rule
        self.noSpeaker = noSpeaker
    }

    var testDescription: String { text }
}

/// Checks the first quote of `c.text` against what `c` expects.
func check(_ c: FirstQuote, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let q = try #require(try quotes(c.text).first, sourceLocation: sourceLocation)
    if let speaker = c.speaker { #expect(q.speaker == speaker, sourceLocation: sourceLocation) }
    if let mention = c.mention { #expect(q.mention == mention, sourceLocation: sourceLocation) }
    if let cue = c.cue { #expect(q.cue == cue, sourceLocation: sourceLocation) }
    if let rule = c.rule { #expect(q.rule == rule, sourceLocation: sourceLocation) }
    if c.noSpeaker { #expect(q.speaker == nil, sourceLocation: sourceLocation) }
}
