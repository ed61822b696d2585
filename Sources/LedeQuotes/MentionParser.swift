import LedeCore

/// Reads speaker phrases around a cue over a ``WordView``: backwards from the word
/// before a cue (`the official stated`, `Rep. John Mica (R-Fla.) said`,
/// `Lee, in turn, asked`) and forwards from the word after one (`said Sen. Jane Smith`,
/// `according to a senior US defense official`). Every scan is bounded to a few items.
struct MentionParser {
    let view: WordView
    let cues: CueLexicon
    let classes = WordClasses.shared

    private static let maxName = 10
    private static let maxDescription = 7

    // MARK: word tests

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < view.count && view.items[i].kind == .word && view.quote[i] < 0 }

    func isPronoun(_ i: Int) -> Bool { isWord(i) && classes.pronouns.contains(view.items[i].key) }

    func isFunction(_ i: Int) -> Bool { classes.function.contains(view.items[i].key) }

    /// A capitalised word that can be part of a name.
    @inline(__always) func isNameWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let it = view.items[i]
        if !it.capitalized { return false }
        if classes.function.contains(it.key) && !classes.titles.contains(it.key) { return false }
        // A sentence adverb or code (`Ironically,`, `EB-5`) and a contracted pronoun (`I’d`,
        // `He’s`) are no names either.
        if view.sentenceStart[i] { return !isNonNameOpener(i) && contractedPronoun(i) == nil }
        return view.firstByte(i) != 0x49 || contractedPronoun(i) == nil
    }

    /// A period glued to an abbreviation or initial (`Sen.`, `C.`).
    func isAbbreviationPeriod(_ i: Int) -> Bool {
        guard i > 0, i < view.count, view.items[i].kind == .stop, view.firstByte(i) == 0x2E,
              view.items[i - 1].end == view.items[i].start, view.items[i - 1].kind == .word else { return false }
        let prev = view.items[i - 1]
        return classes.abbreviations.contains(prev.key) || (prev.end - prev.start == 1 && prev.capitalized)
    }

    /// A period written right after a word and followed by a comma or parenthesis (`R-Ky.,`).
    func isGluedPeriod(_ i: Int) -> Bool {
        if isAbbreviationPeriod(i) { return true }
        guard i > 0, i + 1 < view.count, view.items[i].kind == .stop, view.items[i - 1].end == view.items[i].start else { return false }
        let next = view.items[i + 1].kind
        return next == .comma || next == .closeParen
    }

    /// A one-letter capital followed by its period after the first word of a name
    /// (`D.` in `Paul D. Ryan`): kept in the canonical name, left out of its key.
    func isMiddleInitial(_ i: Int, after first: Int) -> Bool {
        guard i > first, i + 1 < view.count, view.items[i].kind == .word, view.items[i].capitalized,
              view.items[i].end - view.items[i].start == 1 else { return false }
        return isAbbreviationPeriod(i + 1)
    }

    func isTitle(_ i: Int) -> Bool { isWord(i) && classes.titles.contains(view.items[i].key) }

    /// The cue form of item `i`, if it is a cue here (most words are ruled out by one bit test, inline).
    @inline(__always) func isCue(_ i: Int) -> CueLexicon.Form? {
        guard i >= 0, i < view.count, cues.mayBeCue(view.items[i].key) else { return nil }
        return cueForm(i)
    }

    /// Whether the capitalised words right before item `i` follow `a` or `an` (`a Donald Trump`).
    private func isIndefiniteName(before i: Int) -> Bool {
        var j = i - 1
        while j >= max(0, i - 4), isWord(j), view.items[j].capitalized { j -= 1 }
        return j < i - 1 && j >= 0 && isWord(j) && EntityTable.isIndefinite(view.items[j].key)
    }

    private func cueForm(_ i: Int) -> CueLexicon.Form? {
        guard isWord(i), let form = cues.form(view.items[i].key) else { return nil }
        // Capitalised only as `According to` opening a sentence.
        // Capitalised also as an inverted verb opening a sentence before a name: `Said Comey, “…”`.
        guard view.isLowercaseWord(i) || (form == .according && view.sentenceStart[i])
                || (form == .verb && view.sentenceStart[i] && cues.inverts(view.items[i].key) && isNameWord(i + 1)) else { return nil }
        // A determiner or preposition before it makes it a noun: `a report`, `in charge`.
        if i > 0, isWord(i - 1) {
            let prev = view.items[i - 1].key
            if (classes.determiners.contains(prev) || view.isPossessive(i - 1)) && form != .according { return nil }
            // After `of` it is a noun too: `the secretary of state said`.
            if prev == Self.of { return nil }
            // After a name opened by `a`/`an` as well, unless past tense (`a Donald Trump tweet`,
            // but `during a Sunday thanked`).
            if view.items[i - 1].capitalized, view.bytes[Int(view.items[i].end) - 1] != 0x64, isIndefiniteName(before: i) {
                return nil
            }
        }
        if form == .according {
            return i + 1 < view.count && view.items[i + 1].key == Self.to ? .according : nil
        }
        // A plural noun before `of`: `Republican claims of “…”` (but `says of`, `speaks of`).
        if i + 1 < view.count, view.items[i + 1].key == Self.of, view.bytes[Int(view.items[i].end) - 1] == 0x73,
           !Self.verbsBeforeOf.contains(view.items[i].key) { return nil }
        // `continued` only before a pause (`he continued, “…`), `point` only in `point out`.
        if cues.needsPause(view.items[i].key), i + 1 < view.count, view.items[i + 1].kind == .word { return nil }
        if let particle = cues.particle(view.items[i].key),
           !(i + 1 < view.count && view.items[i + 1].key == particle) { return nil }
        // `as cited by`, `as reported by`: relayed speech.
        if form == .verb, i > 0, i + 1 < view.count, view.items[i - 1].key == Self.asWord, view.items[i + 1].key == Self.by {
            return .relay
        }
        return form
    }

    static let to = WordKey("to")
    static let verbsBeforeOf = KeySet(["says", "speaks", "writes", "asks", "thinks", "complains", "boasts", "warns"].map { WordKey($0) })
    static let forWord = WordKey("for")
    private static let maxModifiers = 3

    /// Items to skip for `of`/`for`, optionally with `the`, before a name word inside a
    /// name (`Jeffrey Lewis of the James Martin Center`, `Center for American Progress`).
    func prepositionalTail(_ k: Int) -> Int? {
        guard isWord(k), view.items[k].key == Self.of || view.items[k].key == Self.forWord else { return nil }
        if isNameWord(k + 1) { return 1 }
        if isWord(k + 1), view.items[k + 1].key == Self.the, isNameWord(k + 2) { return 2 }
        return nil
    }

    /// An age written as one word (`46-year-old`), which can head a description
    /// (`said the 46-year-old`).
    func isAgeWord(_ k: Int) -> Bool {
        guard k >= 0, k < view.count, view.quote[k] < 0,
              view.items[k].kind == .word || view.items[k].kind == .number else { return false }
        let s = Int(view.items[k].start), e = Int(view.items[k].end)
        guard e - s >= 6, QuoteFinder.isDigit(view.bytes[s]) else { return false }
        return view.bytes[e - 4] == 0x2D && view.bytes[e - 3] == 0x6F && view.bytes[e - 2] == 0x6C && view.bytes[e - 1] == 0x64
    }

    /// A lower-case word ending in `-ed` after the phrase has begun and not modifying a
    /// noun after it, or in `-s` before a determiner, is the verb (`The Harbor Authority waved`, `a court document filed
    /// by`), not part of the phrase; `a senior elected official` keeps `elected`.
    func endsPhrase(_ k: Int, started: Bool) -> Bool {
        guard started else { return false }
        let s = Int(view.items[k].start), e = Int(view.items[k].end)
        guard e - s >= 4 else { return false }
        // `The ad includes a clip`, `The bias begins to`: a `-s` word before a determiner or `to` is a verb.
        if view.bytes[e - 1] == 0x73, isWord(k + 1),
           classes.determiners.contains(view.items[k + 1].key) || view.items[k + 1].key == Self.to { return true }
        guard view.bytes[e - 1] == 0x64 && view.bytes[e - 2] == 0x65 else { return false }
        return !(view.isLowercaseWord(k + 1) && isWord(k + 1) && !isFunction(k + 1))
    }

    /// Whether lower-case modifiers starting at `k` lead to a title or person noun right
    /// before a name, so a name before them is a modifier too (`Trump campaign spokeswoman Hope Hicks`,
    /// `DoubleLine Capital portfolio manager Bonnie Baha`).
    func leadsToRole(_ k: Int, limit: Int) -> Bool {
        var m = k
        while m < min(limit, k + Self.maxModifiers) && view.isLowercaseWord(m) && isWord(m)
                && !classes.function.contains(view.items[m].key) && isCue(m) == nil {
            if (isTitle(m) || classes.personHeads.contains(view.items[m].key)) && isNameWord(m + 1) { return true }
            m += 1
        }
        return false
    }
    static let by = WordKey("by")
    static let asWord = WordKey("as")
    static let of = WordKey("of")
    /// Lower-case particles inside personal names (`Bill de Blasio`, `Ursula von der Leyen`).
    static let nameParticles = KeySet(["de", "del", "della", "der", "di", "da", "du", "van", "von", "bin", "ibn", "dos",
                                       "das", "le", "la", "ter", "ten"].map { WordKey($0) })

    /// How many lower-case name particles start at `k` and lead to a name word after them
    /// (`de` in `Bill de Blasio`, `von der` in `Ursula von der Leyen`); 0 when none do.
    func particleRun(at k: Int) -> Int {
        var n = 0
        while n < 2, isWord(k + n), !view.items[k + n].capitalized, Self.nameParticles.contains(view.items[k + n].key) { n += 1 }
        return n > 0 && isNameWord(k + n) ? n : 0
    }
    static let the = WordKey("the")
    static let who = WordKey("who")
    static let that = WordKey("that")
    static let one = WordKey("one")

    /// Whether item `i` may sit between a speaker and a cue (`has`, `also`, `later`, `-ly` adverbs).
    func isAuxiliary(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let it = view.items[i]
        if classes.auxiliaries.contains(it.key) { return true }
        let e = Int(it.end)
        return !it.capitalized && e - Int(it.start) > 4 && view.bytes[e - 1] == 0x79 && view.bytes[e - 2] == 0x6C
    }

    // MARK: backward

    /// The speaker phrase ending at item `j` (the word before a cue, auxiliaries skipped).
    func backward(_ j: Int, floor: Int) -> Mention? {
        guard j >= floor, j >= 0, j < view.count, view.quote[j] < 0 else { return nil }
        let it = view.items[j]
        switch it.kind {
        case .closeParen:
            var k = j - 1
            while k > max(floor, j - 14) && view.items[k].kind != .openParen { k -= 1 }
            guard k > floor, view.items[k].kind == .openParen else { return nil }
            return backward(k - 1, floor: floor)
        case .dash:
            // An aside between dashes: `Gingrich — mentioned by Newsmax as … — told`.
            var k = j - 1
            while k > max(floor, j - 24) && view.items[k].kind != .dash {
                if view.quote[k] >= 0 { return nil }
                k -= 1
            }
            guard k > floor, view.items[k].kind == .dash else { return nil }
            return backward(k - 1, floor: floor)
        case .comma:
            // An appositive or aside between commas: `Flynn, a top Trump surrogate, said`.
            var k = j - 1
            while k > max(floor, j - 14) && view.items[k].kind != .comma {
                if view.items[k].kind == .stop && !isAbbreviationPeriod(k) { return nil }
                if view.quote[k] >= 0 { return nil }
                k -= 1
            }
            guard k > floor, view.items[k].kind == .comma else { return nil }
            if let m = backward(k - 1, floor: floor), m.kind != .pronoun || isPronoun(k - 1) {
                if m.kind != .description || descriptionOK(m) { return m }
            }
            return backward(j - 1, floor: k + 1)
        case .word:
            if classes.pronouns.contains(it.key) || isRelativeSubject(j) {
                return Mention(first: j, last: j, kind: .pronoun, nameFirst: j, head: j)
            }
            if isNameWord(j) || (isAbbreviationPeriod(j + 1) && it.capitalized) {
                return backwardName(j, floor: floor)
            }
            if view.isLowercaseWord(j) {
                return backwardDescription(j, floor: floor)
            }
            return nil
        case .stop:
            if isAbbreviationPeriod(j) { return nil }
            return nil
        default:
            return nil
        }
    }

    private func backwardName(_ j: Int, floor: Int) -> Mention? {
        var k = j
        var first = j
        var steps = 0
        while k - 1 >= floor && steps < Self.maxName {
            let p = k - 1
            if view.quote[p] >= 0 { break }
            if isAbbreviationPeriod(p) { k = p; steps += 1; continue }
            if isNameWord(p) {
                // A possessive only starts a name (`South Korea's Ministry`), never ends one inside.
                k = p; first = p; steps += 1; continue
            }
            if isWord(p) && view.items[p].key == Self.of && isNameWord(p - 1) && p - 1 >= floor { k = p; steps += 1; continue }
            // `de` in `Bill de Blasio`: a particle between two name words.
            if p - 1 >= floor, isNameWord(p - 1) || (p - 2 >= floor && isNameWord(p - 2)), particleRun(at: isNameWord(p - 1) ? p : p - 1) > 0,
               Self.nameParticles.contains(view.items[p].key) {
                k = p; steps += 1; continue
            }
            if isWord(p) && !view.items[p].capitalized && classes.titles.contains(view.items[p].key) {
                k = p; first = p; steps += 1; continue
            }
            break
        }
        if first - 1 >= floor, isWord(first - 1), view.items[first - 1].key == Self.the { first -= 1 }
        return nameMention(first: first, last: j)
    }

    /// A name phrase `first...last`: the bare name starts after the last title word
    /// (`US Defense Secretary Pete Hegseth` → `Pete Hegseth`); a phrase of titles only
    /// (`the President`) is a description; one ending in titles is an organisation
    /// (`South Korea's Ministry of Defense`).
    func nameMention(first: Int, last: Int) -> Mention {
        var lastTitle = -1
        var allTitles = true
        var start = first
        if isWord(first) && view.items[first].key == Self.the { start = first + 1 }
        var i = start
        while i <= last {
            // The period of a middle initial (`Paul D. Ryan`) is part of the name, not a title's.
            if isTitle(i) || (view.items[i].kind == .stop && !isMiddleInitial(i - 1, after: start)) {
                lastTitle = i
            } else if isWord(i) && view.items[i].key != Self.of {
                allTitles = false
            }
            i += 1
        }
        if allTitles {
            return Mention(first: first, last: last, kind: .description, nameFirst: last, head: last)
        }
        if lastTitle == last {
            return Mention(first: first, last: last, kind: .name, nameFirst: start, head: last)
        }
        var nameFirst = max(start, lastTitle + 1)
        while nameFirst < last && !isNameWord(nameFirst) { nameFirst += 1 }
        return Mention(first: first, last: last, kind: .name, nameFirst: nameFirst, head: last)
    }

    private func backwardDescription(_ j: Int, floor: Int) -> Mention? {
        let head = view.items[j].key
        if classes.function.contains(head) || classes.auxiliaries.contains(head) { return nil }
        var k = j
        var steps = 0
        var determiner = false
        while k - 1 >= floor && steps < Self.maxDescription {
            let p = k - 1
            guard isWord(p) || (view.items[p].kind == .number && view.quote[p] < 0) else { break }
            let key = view.items[p].key
            if classes.determiners.contains(key) { k = p; determiner = true; break }
            if view.isPossessive(p) { k = p; determiner = true; break }
            if classes.function.contains(key) || classes.auxiliaries.contains(key) || isCue(p) != nil { break }
            k = p
            steps += 1
        }
        let e = Int(view.items[j].end)
        let plural = view.bytes[e - 1] == 0x73 && j - k <= 2
        let known = classes.personHeads.contains(head) || classes.organizationHeads.contains(head) || plural
        guard known || determiner else { return nil }
        if !determiner && k != j {
            // A bare plural with modifiers (`Republican lawmakers`) must end in a known head.
            guard known else { return nil }
        }
        return Mention(first: k, last: j, kind: .description, nameFirst: j, head: j)
    }

    /// Whether a description's head noun can name a speaker (`the official`, `voters`),
    /// unlike `any new deal` or `his biggest worry`.
    func hasSpeakerHead(_ m: Mention) -> Bool {
        if m.kind != .description { return true }
        if descriptionOK(m) || isTitle(m.head) { return true }
        var i = m.first
        while i < m.head {
            if isWord(i) && view.items[i].capitalized && !isFunction(i) { return true }
            i += 1
        }
        return false
    }

    private func descriptionOK(_ m: Mention) -> Bool {
        let head = view.items[m.head].key
        return classes.personHeads.contains(head) || classes.organizationHeads.contains(head) || isAgentNoun(m.head)
    }

    private static let agentSuffixes: [[UInt8]] = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians"].map { Array($0.utf8) }

    /// A lower-case noun naming a doer (`heckler`, `protesters`, `organizer`, `strategist`),
    /// at least six letters so `paper` or `order` stay out.
    func isAgentNoun(_ i: Int) -> Bool {
        guard view.isLowercaseWord(i) else { return false }
        let s = Int(view.items[i].start), e = Int(view.items[i].end)
        guard e - s >= 7 else { return false }
        for suffix in Self.agentSuffixes where e - s > suffix.count {
            var k = 0
            while k < suffix.count && view.bytes[e - suffix.count + k] == suffix[k] { k += 1 }
            if k == suffix.count { return true }
        }
        return false
    }

    // MARK: forward

    /// The speaker phrase starting at item `j` (the word after an inverted cue, or the
    /// first word after a quote): a pronoun, a name with titles, or a description.
    static let weekdays = KeySet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { WordKey($0) })

    func forward(_ j: Int, ceiling: Int) -> Mention? {
        let limit = min(ceiling, view.count)
        guard j >= 0, j < limit, isWord(j) else { return nil }
        let it = view.items[j]
        if classes.pronouns.contains(it.key) {
            return it.key == Self.who ? nil : Mention(first: j, last: j, kind: .pronoun, nameFirst: j, head: j)
        }
        if contractedPronoun(j) != nil { return Mention(first: j, last: j, kind: .pronoun, nameFirst: j, head: j) }
        // `one of those advisers`: the phrase after `of` names the speaker.
        if it.key == Self.one, j + 2 < limit, isWord(j + 1), view.items[j + 1].key == Self.of,
           let rest = forward(j + 2, ceiling: ceiling), rest.kind == .description {
            return Mention(first: j, last: rest.last, kind: .description, nameFirst: rest.head, head: rest.head)
        }
        let determiner = classes.determiners.contains(it.key) || view.isPossessive(j)
        // A capitalised auxiliary inside a sentence before a name is a first name (`said Will Doyle`).
        // So is a capitalised function word inside a sentence right before a cue (`“…,” From said`).
        let firstName = it.capitalized && !view.sentenceStart[j]
            && ((classes.auxiliaries.contains(it.key) && isNameWord(j + 1)) || (!determiner && isCue(j + 1) == .verb))
        if firstName && isCue(j + 1) != nil {
            return Mention(first: j, last: j, kind: .name, nameFirst: j, head: j)
        }
        if classes.function.contains(it.key) && !determiner && !isTitle(j) && !firstName { return nil }
        if firstName, let rest = forward(j + 1, ceiling: ceiling), rest.kind == .name {
            return Mention(first: j, last: rest.last, kind: .name, nameFirst: j, head: rest.head)
        }
        var k = determiner ? j + 1 : j
        var last = -1, nameFirst = -1, beforeOf = -1
        var steps = 0
        while k < limit && steps < Self.maxName {
            if k > j && view.sentenceStart[k] { break }  // `X.` closing a list item is no initial of the next sentence
            if isAbbreviationPeriod(k) { k += 1; continue }
            // A year or count right after the determiner modifies the head: `a 2008 Clinton veteran`.
            if determiner && k == j + 1 && view.items[k].kind == .number && view.quote[k] < 0 && !isAgeWord(k) {
                k += 1; steps += 1; continue
            }
            // So does a weekday: `a Wednesday editorial`, `the Sunday statement`.
            if determiner && k == j + 1 && isWord(k) && Self.weekdays.contains(view.items[k].key) {
                k += 1; steps += 1; continue
            }
            guard isWord(k) || isAgeWord(k) else { break }
            let key = view.items[k].key
            if let skip = prepositionalTail(k), last >= 0, nameFirst >= 0 {
                if beforeOf < 0 { beforeOf = last }
                k += skip; continue
            }
            if isCue(k) != nil || classes.auxiliaries.contains(key) { break }
            if nameFirst >= 0, k == last + 1 {
                let particles = particleRun(at: k)
                if particles > 0 { k += particles; steps += particles; continue }
            }
            if isTitle(k) && nameFirst < 0 {
                last = k
            } else if isNameWord(k) {
                if nameFirst < 0 { nameFirst = k }
                last = k
            } else if (view.isLowercaseWord(k) || isAgeWord(k)) && !classes.function.contains(key) && !endsPhrase(k, started: nameFirst >= 0 || last >= 0)
                        && !(last >= 0 && isVerbAfterHead(k)) && (determiner || nameFirst < 0 || view.isPossessive(k - 1) || isNameWord(k + 1)
                            || leadsToRole(k, limit: limit)) {
                last = k; nameFirst = -1
            } else {
                break
            }
            if view.isPossessive(k) && k > j { nameFirst = -1 }
            k += 1; steps += 1
        }
        guard last >= 0 else { return nil }
        if nameFirst >= 0 {
            let head = beforeOf >= nameFirst ? beforeOf : last
            return Mention(first: j, last: last, kind: .name, nameFirst: nameFirst, head: head)
        }
        let headKey = view.items[last].key
        let known = classes.personHeads.contains(headKey) || classes.organizationHeads.contains(headKey)
        guard determiner || known || isTitle(j) else { return nil }
        return Mention(first: j, last: last, kind: .description, nameFirst: last, head: last)
    }
}
