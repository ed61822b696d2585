import LedeCore

/// Last resort for a quote inside a sentence of narrative with no cue: the subject of
/// its sentence (`Trump defended his campaign manager as a “very decent man”`, `a
/// federal judge determined that …`, `the administration waves off the delay as having
/// “minimal” impact`). A subject that is not a person never takes a title-cased quote
/// (`The network aired “Morning Tide Hour”`), which keeps a nil speaker.
struct ClauseSubjectSieve: AttributionSieve {
    let name = "clause-subject"

    private static let personPronouns = KeySet([WordKey("he"), WordKey("she"), WordKey("they"), WordKey("we"), WordKey("i")])

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let view = ctx.view
        let o = ctx.openItem[q]
        guard o < view.count, !view.sentenceStart[o] else { return nil }
        guard var m = ctx.subject(ofSentenceAt: o), m.last < o else { return nil }
        if let nearer = nearestPronounSubject(after: m.last, before: o, ctx) { m = nearer }
        switch m.kind {
        case .pronoun:
            guard Self.personPronouns.contains(ctx.parser.pronounKey(m.first)) else { return nil }
        case .description:
            guard ctx.parser.hasSpeakerHead(m),
                  WordClasses.shared.personHeads.contains(view.items[m.head].key) || !isTitleCased(q, ctx) else { return nil }
        case .name:
            guard ctx.entities.isPerson(EntityTable.nameTokens(view, m.nameFirst, m.head))
                    || !isTitleCased(q, ctx) else { return nil }
        }
        return Attribution(mention: m, cue: nil, rule: name)
    }

    /// A later clause's own subject: the last lower-case `he`/`she`/`they` between the
    /// sentence's subject and the quote (`Cruz pledged …, and he has long used … “the Iowa
    /// way”`). A nominative pronoun is always a subject, so it is the nearer speaker.
    private func nearestPronounSubject(after first: Int, before o: Int, _ ctx: AttributionContext) -> Mention? {
        let view = ctx.view
        var i = o - 1
        while i > first {
            if view.quote[i] < 0, Self.personPronouns.contains(view.items[i].key), view.isLowercaseWord(i),
               let m = ctx.parser.forward(i, ceiling: i + 1), m.kind == .pronoun {
                return m
            }
            i -= 1
        }
        return nil
    }

    /// Whether every word of the quote starts with a capital (`“Morning Joe”`): with no
    /// cue, a title rather than words the subject said.
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
