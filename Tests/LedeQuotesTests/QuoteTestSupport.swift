import Lede
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
