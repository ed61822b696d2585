import LedeCore

/// Sieve 1: a cue and a speaker right after the quote (`“…,” Lee declared`,
/// `“…,” said Sen. Jane Smith`, `“…,” he added`, `“…,” according to Kang`), or right
/// before it (`Lee said, “…”`, `the official told reporters that “…”`). A relayed
/// source after the speaker (`, as cited by Kang`) is never reached: the first cue wins.
struct AdjacentCueSieve: AttributionSieve {
    let name = "adjacent-cue"

    static let went = WordKey("went")

    /// Most items allowed between a cue before the quote and its opening mark.
    static let maxGapBefore = 6

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        if let a = after(q, ctx) { return a }
        if let hit = ctx.firstCueBefore(q), hit.distance <= Self.maxGapBefore,
           hit.form != .participle || hit.distance <= 2 {
            let floor = ctx.sentenceFirst(hit.index)
            if let m = ctx.speaker(ofCue: hit.index, form: hit.form, floor: floor), !ctx.isGenericRelative(m) {
                return Attribution(mention: m, cue: cueSpan(hit.index, hit.form, ctx), rule: name)
            }
        }
        return nil
    }

    /// `”, NP [aux] cue` or `”, cue NP` right after the closing mark.
    private func after(_ q: Int, _ ctx: AttributionContext) -> Attribution? {
        let view = ctx.view, parser = ctx.parser
        guard ctx.quotes[q].closed else { return nil }
        var k = ctx.afterItem[q]
        while k < view.count && (view.items[k].kind == .comma || view.items[k].kind == .dash) { k += 1 }
        guard k < view.count, view.quote[k] < 0, Int(view.paragraph[k]) == ctx.quotes[q].lastParagraph else { return nil }
        // `… soft.” He says …` starts a new sentence; `“…?” Clinton asked` does not, nor
        // does a bare `“….” Trump said.`
        // A fragment a cue before it already governs (`Clinton called him “ISIS’ best
        // recruiter.” She also said …`) takes no speaker from the words after it, unless
        // they hold a cue of their own.
        let governed = !view.sentenceStart[ctx.openItem[q]] && ctx.firstCueBefore(q) != nil
        if view.sentenceStart[k] && endsWithPeriod(q, ctx) { return governed ? nil : bareAttribution(k, ctx) }
        if let form = parser.isCue(k) {
            // `“…,” saying the city …`: a participle's speaker is the sentence's subject, not its object.
            if form == .participle {
                guard let m = ctx.subject(ofSentenceAt: ctx.openItem[q]), m.last < ctx.openItem[q] else { return nil }
                return Attribution(mention: m, cue: cueSpan(k, form, ctx), rule: name)
            }
            guard let m = form == .according || form == .relay
                ? parser.forward(k + 2, ceiling: k + 16) : parser.forward(k + 1, ceiling: k + 14) else { return nil }
            return Attribution(mention: m, cue: cueSpan(k, form, ctx), rule: name)
        }
        // `“…!” beamed Donald Hartley`: an unlisted past-tense verb before a name.
        if !governed, endsOpen(q, ctx), isVerbLike(k, ctx), let m = parser.forward(k + 1, ceiling: k + 14), m.kind == .name {
            return Attribution(mention: m, cue: view.items[k].span, rule: name)
        }
        guard let m = parser.forward(k, ceiling: k + 14) else { return nil }
        var j = m.last + 1
        // Parenthetical or appositive after the name: `Rep. John Mica (R-Fla.) said`, `Flynn, a surrogate, said`.
        if j < view.count && view.items[j].kind == .openParen {
            var p = j + 1
            while p < min(view.count, j + 12) && view.items[p].kind != .closeParen { p += 1 }
            if p < view.count && view.items[p].kind == .closeParen { j = p + 1 }
        }
        // A relative clause left open before the cue: `Katie Packer, who is chairman of X said`.
        if j + 1 < view.count && view.items[j].kind == .comma && m.kind == .name
            && view.items[j + 1].key == MentionParser.who, let c = relativeClauseCue(j + 2, ctx) {
            return Attribution(mention: m, cue: view.items[c].span, rule: name)
        }
        if j < view.count && view.items[j].kind == .comma && m.kind != .pronoun {
            var p = j + 1
            while p < min(view.count, j + 24) && view.items[p].kind != .comma && view.quote[p] < 0
                && !(view.items[p].kind == .stop && !parser.isGluedPeriod(p)) { p += 1 }
            if p < view.count && view.items[p].kind == .comma {
                j = p + 1
            } else if m.kind == .name, let w = (j + 1..<p).first(where: { view.items[$0].key == MentionParser.who }),
                      let c = relativeClauseCue(w + 1, ctx) {
                // An appositive ending in a relative clause: `Nate Silver, the guru who founded X tweeted`.
                return Attribution(mention: m, cue: view.items[c].span, rule: name)
            }
        }
        // A prepositional phrase between the speaker and the cue (`a message on the website
        // reads`), or a coordinated role (`the Florida senator and presidential candidate said`).
        if let c = cueAfterPrepositionalPhrase(j, ctx) ?? cueAfterCoordinatedRole(j, m, ctx) {
            return Attribution(mention: m, cue: view.items[c].span, rule: name)
        }
        let afterSpeaker = j
        var skipped = 0
        while j < view.count && skipped < 4 && parser.isAuxiliary(j) { j += 1; skipped += 1 }
        guard j < view.count else { return nil }
        if let form = parser.isCue(j), form == .verb {
            return Attribution(mention: m, cue: cueSpan(j, form, ctx), rule: name)
        }
        // After a quote closed by a comma, `?` or `!`, any past or present verb is a cue
        // (`“…,” an angry Hollande retaliated`).
        if !governed, endsOpen(q, ctx), isVerbLike(j, ctx) {
            return Attribution(mention: m, cue: view.items[j].span, rule: name)
        }
        // `“…,” Trump shot back`, `“…,” he from his desk`: a name or pronoun right after a
        // quote closed by a comma and followed by lower-case words is its speaker.
        // `“…?” Trump went on`: `went` is skipped as in `went on to say`, but counts here.
        if afterSpeaker < view.count, view.items[afterSpeaker].key == Self.went { j = afterSpeaker }
        if !governed, endsOpen(q, ctx), m.kind != .description, view.isLowercaseWord(j), parser.isWord(j),
           view.items[j].key != AttributionContext.and, !parser.isPronoun(j) {
            return Attribution(mention: m, cue: nil, rule: name)
        }
        return nil
    }

    /// A cue verb right after a short prepositional phrase starting at `p` (`on the website reads`).
    private func cueAfterPrepositionalPhrase(_ p: Int, _ ctx: AttributionContext) -> Int? {
        let view = ctx.view, parser = ctx.parser
        guard parser.isWord(p), AttributionContext.prepositions.contains(view.items[p].key) else { return nil }
        var c = p + 1
        while c < min(view.count, p + 7) && parser.isWord(c) {
            if c > p + 1, parser.isCue(c) == .verb { return c }
            c += 1
        }
        return nil
    }

    /// A cue right after `and` plus a role phrase, for a description (`the senator and candidate said`).
    private func cueAfterCoordinatedRole(_ p: Int, _ m: Mention, _ ctx: AttributionContext) -> Int? {
        let view = ctx.view, parser = ctx.parser
        guard m.kind == .description, parser.isWord(p), view.items[p].key == AttributionContext.and,
              let role = parser.forward(p + 1, ceiling: p + 8), role.kind != .pronoun else { return nil }
        var c = role.last + 1
        var skipped = 0
        while c < view.count && skipped < 2 && parser.isAuxiliary(c) { c += 1; skipped += 1 }
        return parser.isCue(c) == .verb ? c : nil
    }

    /// After a quote closed by a period, a sentence that is only its attribution:
    /// `Trump said.`, `said Trump.`, `Trump said in a statement.` (never `He says the …`).
    private func bareAttribution(_ k: Int, _ ctx: AttributionContext) -> Attribution? {
        let view = ctx.view, parser = ctx.parser
        var m: Mention?, c = -1
        if let form = parser.isCue(k), form == .verb, parser.cues.inverts(view.items[k].key),
           let after = parser.forward(k + 1, ceiling: k + 14) {
            m = after
            c = k
            guard endsAttribution(after.last + 1, ctx) else { return nil }
        } else if let before = parser.forward(k, ceiling: k + 14) {
            var j = before.last + 1
            var skipped = 0
            while j < view.count && skipped < 2 && parser.isAuxiliary(j) { j += 1; skipped += 1 }
            guard j < view.count, parser.isCue(j) == .verb, endsAttribution(j + 1, ctx) else { return nil }
            m = before
            c = j
        }
        guard let m, c >= 0 else { return nil }
        return Attribution(mention: m, cue: view.items[c].span, rule: name)
    }

    /// Whether the sentence ends at `i`, or only a prepositional phrase is left before its end.
    private func endsAttribution(_ i: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view, parser = ctx.parser
        guard i < view.count, view.paragraph[i] == view.paragraph[i - 1] else { return true }
        let kind = view.items[i].kind
        if kind == .stop || view.quote[i] >= 0 { return true }
        // `He added, “…”` introduces the next quote instead.
        if kind == .comma { return i + 1 < view.count && view.quote[i + 1] < 0 }
        guard parser.isWord(i), AttributionContext.prepositions.contains(view.items[i].key),
              view.items[i].key != MentionParser.to else { return false }
        var p = i + 1
        while p < min(view.count, i + 10) && view.quote[p] < 0 && view.paragraph[p] == view.paragraph[i] {
            if view.items[p].kind == .stop && !parser.isGluedPeriod(p) { return true }
            guard parser.isWord(p) || view.items[p].kind == .number || parser.isAbbreviationPeriod(p),
                  view.items[p].key != MentionParser.that, parser.isCue(p) == nil else { return false }
            p += 1
        }
        return p >= view.count || view.paragraph[p] != view.paragraph[i]
    }

    /// The reporting verb ending a relative clause that starts at `from` and has no comma.
    private func relativeClauseCue(_ from: Int, _ ctx: AttributionContext) -> Int? {
        let view = ctx.view
        var p = from
        while p < min(view.count, from + 16) && view.quote[p] < 0 {
            let kind = view.items[p].kind
            if kind == .comma || (kind == .stop && !ctx.parser.isGluedPeriod(p)) { return nil }
            if p > from, ctx.parser.isCue(p) == .verb { return p }
            p += 1
        }
        return nil
    }

    /// Whether the quote's last character before its closing mark is a period.
    private func endsWithPeriod(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let close = ctx.afterItem[q] - 1
        guard close > 0, close < ctx.view.count else { return false }
        let s = Int(ctx.view.items[close].start)
        return s > 0 && ctx.view.bytes[s - 1] == 0x2E
    }

    /// Whether the quote's last character before its closing mark is `,` `?` `!` or a dash.
    private func endsOpen(_ q: Int, _ ctx: AttributionContext) -> Bool {
        let close = ctx.afterItem[q] - 1
        guard close > 0, close < ctx.view.count else { return false }
        let s = Int(ctx.view.items[close].start)
        guard s > 0 else { return false }
        let b = ctx.view.bytes[s - 1]
        return b == 0x2C || b == 0x3F || b == 0x21 || b == 0x94 || b == 0x2D
    }

    /// A lower-case word ending in `-ed` or `-s` that is not a function word.
    private func isVerbLike(_ j: Int, _ ctx: AttributionContext) -> Bool {
        let view = ctx.view
        guard view.isLowercaseWord(j), !ctx.parser.isFunction(j) else { return false }
        let e = Int(view.items[j].end)
        guard e - Int(view.items[j].start) >= 4 else { return false }
        let last = view.bytes[e - 1], prev = view.bytes[e - 2]
        return (last == 0x64 && prev == 0x65) || (last == 0x73 && prev != 0x73 && prev != 0x27)
    }
}

/// The span of a cue: one word, or `according to`.
func cueSpan(_ c: Int, _ form: CueLexicon.Form, _ ctx: AttributionContext) -> Span {
    let items = ctx.view.items
    if form == .according && c + 1 < items.count { return Span(start: Int(items[c].start), end: Int(items[c + 1].end)) }
    return items[c].span
}
