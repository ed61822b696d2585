import LedeCore

/// Sieve 4: a quote inside a sentence takes the subject of the clause whose cue
/// governs it: the nearest cue before it in the sentence (`Lee, in turn, asked for …
/// a “future-oriented … partnership”` → Lee; `which he described as “…”` → he;
/// `X reports that … “…”`). A participle cue (`…, calling it “…”`) takes the
/// sentence's subject. `as cited by` / `according to` give way to a verb further back.
struct GoverningClauseSieve: AttributionSieve {
    let name = "governing-clause"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        var passive = false
        var nearest = true
        for hit in ctx.cuesBefore(q) {
            defer { nearest = false }
            let floor = ctx.sentenceFirst(hit.index)
            if Self.closesIntroductoryClause(hit.index, sentence: floor, quote: ctx.openItem[q], ctx) { continue }
            // A passive cue names no speaker; a reporting verb further back still may
            // (`Carson wrote that he had been named “…”`).
            if hit.form == .verb, ctx.isPassiveCue(hit.index, floor: floor) {
                passive = passive || nearest
                continue
            }
            if let m = ctx.speaker(ofCue: hit.index, form: hit.form, floor: floor) {
                // `anybody who complains about …`: a generic person names no speaker; a cue
                // further back does (`…, saying anybody who complains “is not having a good night”`).
                if ctx.isGenericRelative(m) { continue }
                return Attribution(mention: m, cue: cueSpan(hit.index, hit.form, ctx), rule: name)
            }
        }
        // Governed by a passive cue, the nearest: no speaker, and later sieves must not give the quote
        // the sentence's subject (`Ruiz was asked whether the city is “broke”`).
        return passive ? Attribution(mention: nil, cue: nil, rule: "passive-cue") : nil
    }

    private static let subordinators = KeySet(["after", "while", "when", "although", "though", "before", "since", "with",
                                               "because", "if", "once", "until", "whereas"].map { WordKey($0) })

    /// Whether the cue sits in an introductory subordinate clause that a comma closes
    /// before the quote (`While Sullivan proclaims the article “terrific,” Clinton
    /// fixates on the “pivot” line`): the main clause, not that cue, governs the quote.
    /// `As X puts it, …` names the source itself, so `as` is no subordinator here.
    static func closesIntroductoryClause(_ c: Int, sentence s: Int, quote o: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view
        guard s < c, ctx.parser.isWord(s), Self.subordinators.contains(view.items[s].key) else { return false }
        var i = c + 1
        while i < o {
            if view.quote[i] < 0 && view.items[i].kind == .comma {
                // The clause after the comma must open with its own subject.
                return ctx.parser.forward(i + 1, ceiling: o) != nil
            }
            if view.quote[i] >= 0 { i = max(i + 1, ctx.afterItem[Int(view.quote[i])]) } else { i += 1 }
        }
        return false
    }
}
