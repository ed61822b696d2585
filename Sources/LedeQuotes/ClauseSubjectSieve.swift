import LedeCore

/// Last resort for a quote inside a sentence of narrative with no cue: the subject of
/// its sentence, when that subject is a person (`Trump defended his campaign manager
/// as a “very decent man”`, `a federal judge determined that …`). Organisations and
/// unknown lone names are not taken, so boilerplate such as `MENAFN provides the
/// information “as is”` keeps a nil speaker.
struct ClauseSubjectSieve: AttributionSieve {
    let name = "clause-subject"

    private static let personPronouns = KeySet([WordKey("he"), WordKey("she"), WordKey("they")])

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view
        let o = ctx.openItem[q]
        guard o < view.count, !view.sentenceStart[o] else { return nil }
        guard let m = ctx.subject(ofSentenceAt: o), m.last < o else { return nil }
        switch m.kind {
        case .pronoun:
            guard Self.personPronouns.contains(view.items[m.first].key) else { return nil }
        case .description:
            guard ctx.parser.hasSpeakerHead(m) else { return nil }
        case .name:
            guard ctx.entities.isPerson(EntityTable.nameTokens(view, m.nameFirst, m.head))
                    || !isTitleCased(q, ctx) else { return nil }
        }
        return Attribution(mention: m, cue: nil, rule: name)
    }

    /// Whether every word of the quote starts with a capital (`“Morning Joe”`): a title,
    /// not words an organisation subject said.
    private func isTitleCased(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view
        var i = ctx.openItem[q] + 1
        while i < ctx.afterItem[q] - 1 {
            if view.items[i].kind == .word && view.isLowercaseWord(i) && !ctx.parser.isFunction(i) { return false }
            i += 1
        }
        return true
    }
}
