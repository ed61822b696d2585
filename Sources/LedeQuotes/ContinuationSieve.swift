import LedeCore

/// Sieve 6: an unattributed quote continues the speaker of the attributed quote just
/// before it in the same paragraph (`“…,” he said. “Korea is one of our most exemplary
/// allies.”`), or of the last quote of the previous paragraph when this paragraph opens
/// with the quote and that paragraph ended in the quote or its attribution.
struct ContinuationSieve: AttributionSieve {
    let name = "continuation"
    private static let it = WordKey("it")

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        // A title passes on its sentence's speaker (`On “Face the Nation,” Sanders argued …
        // “…”`); titles with none are skipped.
        var before = q - 1
        while before > 0 && ctx.isTitle[before] && ctx.titleAttribution[before] == nil { before -= 1 }
        guard before >= 0 else { return nil }
        let fromTitle = ctx.isTitle[before]
        guard let prev = fromTitle ? ctx.titleAttribution[before] : ctx.decided[before], prev.mention != nil else { return nil }
        // The title itself has no speaker to inherit: take its mention (or its own source).
        let source = fromTitle ? prev.inheritedFrom : before
        let view = ctx.view
        let here = ctx.quotes[q], there = ctx.quotes[before]
        if here.firstParagraph == there.lastParagraph {
            // A fragment inside a later sentence of narrative belongs to that sentence's
            // subject, which the earlier sieves found not to be a speaker (`The piece goes on
            // to slam Sanders’ “political revolution”`): no inheritance.
            let o = ctx.openItem[q]
            // An expletive `it` (`It’s “this new journalism.”`) names no one.
            if o < view.count, !view.sentenceStart[o], ctx.sentenceFirst(o) >= ctx.afterItem[before],
               let subject = ctx.subject(ofSentenceAt: o),
               subject.kind != .pronoun || ctx.parser.pronounKey(subject.first) != Self.it { return nil }
            return Attribution(mention: prev.mention, cue: nil, rule: name, inheritedFrom: source)
        }
        guard here.firstParagraph == there.lastParagraph + 1 else { return nil }
        let o = ctx.openItem[q]
        // This paragraph must open with the quote, and the previous one must end within
        // a short clause of the previous quote.
        guard o < view.count, o == 0 || view.paragraph[o - 1] != view.paragraph[o] else { return nil }
        let tail = o - ctx.afterItem[before]
        // A paragraph that is all quote carries on the previous speaker however long
        // that speaker's attribution clause ran.
        guard tail <= 12 || Self.fillsParagraph(q, ctx) else { return nil }
        return Attribution(mention: prev.mention, cue: nil, rule: name, inheritedFrom: source)
    }

    /// Whether nothing but closing punctuation follows the quote in its paragraph.
    static func fillsParagraph(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view
        var a = ctx.afterItem[q]
        while a < view.count && view.paragraph[a] == view.paragraph[a - 1] {
            guard view.items[a].kind == .stop else { return false }
            a += 1
        }
        return true
    }
}
