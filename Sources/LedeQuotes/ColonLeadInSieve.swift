import LedeCore

/// Sieve 2: colon lead-ins. `told reporters: “…”` and `writing: “…”` within a
/// sentence, and a paragraph ending in a colon (`McCrummen reports:`) followed by a
/// paragraph that opens with the quote.
struct ColonLeadInSieve: AttributionSieve {
    let name = "colon-lead-in"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view
        let o = ctx.openItem[q]
        guard o > 0 else { return nil }
        let before = o - 1
        guard view.items[before].kind == .colon, view.quote[before] < 0 else { return nil }
        // Search the clause before the colon, across the paragraph break if the quote starts one.
        var i = before - 1
        let floor = max(0, before - AttributionContext.window)
        while i >= floor {
            if view.quote[i] >= 0 { break }
            if let form = ctx.parser.isCue(i) {
                let sentence = ctx.sentenceFirst(i)
                // A cue in an introductory clause (`With leaders worried about …, Obama has a message:`)
                // does not introduce the quote; the main clause does.
                if GoverningClauseSieve.closesIntroductoryClause(i, sentence: sentence, quote: before, ctx) { break }
                if let m = ctx.speaker(ofCue: i, form: form, floor: sentence) {
                    return Attribution(mention: m, cue: cueSpan(i, form, ctx), rule: name)
                }
                return nil
            }
            if view.sentenceStart[i] { break }
            i -= 1
        }
        // No cue, a name right before the colon: `… doesn't surprise pollster Dana Shaw: “…”`.
        if let m = ctx.parser.backward(before - 1, floor: max(0, before - 12)), m.kind == .name {
            return Attribution(mention: m, cue: nil, rule: name)
        }
        // No cue: the clause before the colon introduces the quote (`She then addressed the supporters:`).
        if let m = ctx.subject(ofSentenceAt: before) {
            return Attribution(mention: m, cue: nil, rule: name)
        }
        return nil
    }
}
