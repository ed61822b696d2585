import LedeCore

/// Sieve 4: a quote inside a sentence takes the subject of the clause whose cue
/// governs it: the nearest cue before it in the sentence (`Lee, in turn, asked for …
/// a “future-oriented … partnership”` → Lee; `which he described as “…”` → he;
/// `X reports that … “…”`). A participle cue (`…, calling it “…”`) takes the
/// sentence's subject. `as cited by` / `according to` give way to a verb further back.
struct GoverningClauseSieve: AttributionSieve {
    let name = "governing-clause"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        for hit in ctx.cuesBefore(q) {
            let floor = ctx.sentenceFirst(hit.index)
            if let m = ctx.speaker(ofCue: hit.index, form: hit.form, floor: floor) {
                return Attribution(mention: m, cue: cueSpan(hit.index, hit.form, ctx), rule: name)
            }
        }
        return nil
    }
}
