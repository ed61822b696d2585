import LedeCore

/// Sieve 5: an attribution later in the quote's sentence, after a comma
/// (`… made “significant progress” …, a defense ministry official stated on Wednesday`).
struct TrailingClauseSieve: AttributionSieve {
    let name = "trailing-clause"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view, parser = ctx.parser
        var i = ctx.afterItem[q]
        let end = min(view.count, i + AttributionContext.window)
        while i < end {
            if ctx.isSentenceBoundary(i) { return nil }
            if view.quote[i] >= 0 {
                let owner = Int(view.quote[i])
                i = max(i + 1, ctx.afterItem[owner])
                continue
            }
            if view.items[i].kind == .comma, i + 1 < end {
                var j = i + 1
                if let m = parser.forward(j, ceiling: j + 14) {
                    j = m.last + 1
                    var skipped = 0
                    while j < end && skipped < 4 && parser.isAuxiliary(j) { j += 1; skipped += 1 }
                    if let form = parser.isCue(j), form == .verb {
                        return Attribution(mention: m, cue: cueSpan(j, form, ctx), rule: name)
                    }
                } else if let form = parser.isCue(j), form == .verb, let m = parser.forward(j + 1, ceiling: j + 14) {
                    return Attribution(mention: m, cue: cueSpan(j, form, ctx), rule: name)
                }
            }
            i += 1
        }
        return nil
    }
}
