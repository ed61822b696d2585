import LedeCore

/// Sieve 3: `according to X` in the quote's sentence, when no reporting verb governs
/// the quote (`The plan is “dead,” according to two officials`).
struct AccordingToSieve: AttributionSieve {
    let name = "according-to"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view, parser = ctx.parser
        let end = min(view.count, ctx.afterItem[q] + AttributionContext.window)
        // The scan below starts no earlier than 120 items back (`sentenceFirst`'s bound).
        guard ctx.hasAccordingWord(from: max(0, ctx.openItem[q] - 120), to: end) else { return nil }
        if let hit = ctx.firstCueBefore(q), hit.form != .according { return nil }
        let start = ctx.sentenceFirst(ctx.openItem[q])
        var i = start
        var found: Int?
        while i < end {
            if i > ctx.afterItem[q] && ctx.isSentenceBoundary(i) { break }
            if view.quote[i] < 0, let form = parser.isCue(i) {
                if form == .according { found = found ?? i } else if i >= ctx.afterItem[q] { return nil }
            }
            i += 1
        }
        guard let c = found, let m = parser.forward(c + 2, ceiling: c + 16) else { return nil }
        return Attribution(mention: m, cue: cueSpan(c, .according, ctx), rule: name)
    }
}
