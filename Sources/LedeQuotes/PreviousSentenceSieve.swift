import LedeCore

/// A quote opening a sentence, right after a sentence of reported speech in the same
/// paragraph (`Coan argues that his client … . “The government is alleging …”`), or
/// opening a paragraph right after one that ends in reported speech, takes that
/// sentence's speaker: the last cue of the sentence with a speaker.
struct PreviousSentenceSieve: AttributionSieve {
    let name = "previous-sentence"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view
        let o = ctx.openItem[q]
        guard o > 0, o < view.count, view.sentenceStart[o], view.quote[o - 1] < 0,
              view.paragraph[o] - view.paragraph[o - 1] <= 1 else { return nil }
        let start = ctx.sentenceFirst(o - 1)
        // A sentence holding a quote is left to the continuation sieve.
        var k = start
        while k < o {
            if view.quote[k] >= 0 { return nil }
            k += 1
        }
        var i = o - 1
        while i >= start {
            if view.quote[i] >= 0 { return nil }
            if let form = ctx.parser.isCue(i), form == .verb || form == .according || form == .participle {
                if let m = ctx.speaker(ofCue: i, form: form, floor: start) {
                    return Attribution(mention: m, cue: cueSpan(i, form, ctx), rule: name)
                }
            }
            i -= 1
        }
        // A paragraph that is all quote after a paragraph ending on a person's sentence:
        // `Viguerie sees Cruz as a uniter.¶“Not only can Cruz win …”`.
        if view.paragraph[o] != view.paragraph[o - 1], ContinuationSieve.fillsParagraph(q, ctx),
           let m = ctx.subject(from: start, ceiling: o), isPerson(m, ctx) {
            return Attribution(mention: m, cue: nil, rule: name)
        }
        return nil
    }

    private static let personPronouns = KeySet([WordKey("he"), WordKey("she")])

    /// A person's name or `he`/`she`.
    private func isPerson(_ m: Mention, _ ctx: AttributionContext) -> Bool {
        switch m.kind {
        case .pronoun: return Self.personPronouns.contains(ctx.view.items[m.first].key)
        case .name: return ctx.entities.isPerson(EntityTable.nameTokens(ctx.view, m.nameFirst, m.head))
        case .description: return false
        }
    }
}
