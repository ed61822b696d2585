import LedeCore

/// Finds quotes that name a work, a program, an event or a person's nickname rather
/// than report speech: a short title-cased quote after `on`/`of`, a possessive outlet,
/// a naming word (`titled`, `documentary`, `nickname`), a determiner it modifies, or
/// inside a name (`Robert C. “Bobby” Scott`). ``QuoteExtractor`` gives them no speaker
/// unless a cue before them in their sentence governs them (`Pence said on CNN's “State of
/// the Union.”` is reported with the clause, as news attribution corpora annotate it):
/// `On “Fox News Sunday,” Gov. Mike Pence said`, `the anchor of NBC's “Nightly News.”`,
/// `her new documentary “13th.”`, `The 30-second spot, titled “Arrogant,”`, `the nickname “Lyin’ Ted.”`.
enum TitleDetector {
    /// Words after which a title-cased quote is a title or a name.
    static let naming = KeySet([
        "on", "of", "titled", "entitled", "nicknamed", "nickname", "documentary", "film", "movie", "show",
        "program", "programme", "series", "book", "novel", "memoir", "song", "album", "play", "musical",
        "podcast", "column", "hashtag", "ad", "spot", "episode", "segment", "forum", "newsletter",
    ].map { WordKey($0) })
    /// Naming verbs that need a noun before them (`a group called “…”`, not `Trump called “…”`).
    static let namingVerbs = KeySet(["called", "named", "dubbed", "billed"].map { WordKey($0) })
    static let articles = KeySet(["the", "a", "an"].map { WordKey($0) })
    private static let maxWords = 6

    /// Whether quote `q` is a title or nickname that no speaker said.
    static func isTitle(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view, parser = ctx.parser
        let f = ctx.quotes[q]
        let o = ctx.openItem[q]
        guard f.closed, f.firstParagraph == f.lastParagraph, o > 0, o < view.count, isTitleCased(q, ctx) else { return false }
        let p = o - 1
        guard view.quote[p] < 0, view.paragraph[p] == view.paragraph[o] else { return false }
        let a = ctx.afterItem[q]
        let after = a < view.count && view.paragraph[a] == view.paragraph[o] ? a : -1
        // `DuVernay’s documentary, “13th,”`.
        if view.items[p].kind == .comma, p > 0, parser.isWord(p - 1), naming.contains(view.items[p - 1].key),
           view.isLowercaseWord(p - 1) { return true }
        if parser.isWord(p) {
            let key = view.items[p].key
            if naming.contains(key) && (view.isLowercaseWord(p) || view.sentenceStart[p]) { return true }
            if namingVerbs.contains(key), p > 0, view.isLowercaseWord(p),
               view.items[p - 1].kind == .comma || (parser.isWord(p - 1) && view.isLowercaseWord(p - 1) && !parser.isPronoun(p - 1)
                                                    && parser.isCue(p - 1) == nil && !parser.isAuxiliary(p - 1)) {
                return true
            }
            // A possessive outlet or owner: `MSNBC’s “Morning Joe”`, `television’s “Scandal”`.
            if view.isPossessive(p) { return true }
            if articles.contains(key) {
                // `during a “Commander-in-Chief Forum”`, `The “No Comparison” ad`.
                if p > 0, parser.isWord(p - 1), AttributionContext.prepositions.contains(view.items[p - 1].key) { return true }
                if after >= 0, parser.isWord(after), view.isLowercaseWord(after), !parser.isFunction(after),
                   parser.isCue(after) == nil, !parser.isAuxiliary(after) { return true }
            }
            // A nickname inside a name: `Rep. Robert C. “Bobby” Scott`.
            if parser.isNameWord(p), after >= 0, parser.isNameWord(after) { return true }
        } else if parser.isAbbreviationPeriod(p), after >= 0, parser.isNameWord(after) {
            return true
        }
        return false
    }

    /// Whether a cue before the title in its sentence governs it (`Pence said on CNN's
    /// “State of the Union.”`), other than a naming verb after a noun (`a group called “…”`).
    static func isGoverned(_ q: Int, _ ctx: AttributionContext) -> Bool {
        guard let hit = ctx.firstCueBefore(q) else { return false }
        return !(hit.index == ctx.openItem[q] - 1 && namingVerbs.contains(ctx.view.items[hit.index].key))
    }

    /// A short quote whose words all start with a capital or a digit, small function
    /// words aside, with no question, exclamation or inner sentence stop.
    static func isTitleCased(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view
        let first = ctx.openItem[q] + 1, end = ctx.afterItem[q] - 1
        guard first < end else { return false }
        var words = 0
        var i = first
        while i < end {
            let it = view.items[i]
            switch it.kind {
            case .word, .number:
                words += 1
                if words > maxWords { return false }
                if view.isLowercaseWord(i) && !(i > first && ctx.parser.isFunction(i)) { return false }
            case .stop:
                // Only a closing period (`“13th.”`) or an abbreviation's.
                let b = view.bytes[Int(it.start)]
                if b != 0x2E || (i + 1 < end && !ctx.parser.isAbbreviationPeriod(i)) { return false }
            default:
                break
            }
            i += 1
        }
        return words > 0
    }
}
