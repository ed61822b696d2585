import LedeCore

/// A dash signature after the quote: `“…” ― Veronica Cruz` on the same line, or a
/// paragraph `- Hillary Clinton.` right after a quote paragraph.
struct SignatureSieve: AttributionSieve {
    let name = "signature"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view
        var k = ctx.afterItem[q]
        guard ctx.quotes[q].closed, k < view.count, view.quote[k] < 0 else { return nil }
        // Same paragraph, or the next paragraph when the quote ends its own.
        let sameParagraph = Int(view.paragraph[k]) == ctx.quotes[q].lastParagraph
        if !sameParagraph && !(Int(view.paragraph[k]) == ctx.quotes[q].lastParagraph + 1) { return nil }
        guard view.items[k].kind == .dash else { return nil }
        k += 1
        guard let m = ctx.parser.forward(k, ceiling: k + 10), m.kind == .name else { return nil }
        let next = m.last + 1
        if next < view.count, view.paragraph[next] == view.paragraph[m.last] {
            let kind = view.items[next].kind
            guard kind == .comma || kind == .stop else { return nil }
        }
        return Attribution(mention: m, cue: nil, rule: name)
    }
}
