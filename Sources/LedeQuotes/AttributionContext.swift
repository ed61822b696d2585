import LedeCore

/// What the sieves read: the word view, the found quotes with their item ranges,
/// and the attributions decided so far (for continuations).
struct AttributionContext {
    let view: WordView
    let parser: MentionParser
    let quotes: [FoundQuote]
    /// Item index of each quote's opening mark.
    let openItem: [Int]
    /// Item index just past each quote's closing mark.
    let afterItem: [Int]
    /// Whether each quote sits in a headline-like paragraph.
    let inHeadline: [Bool]
    /// Attributions of earlier quotes.
    var decided: [Attribution?]
    /// Quotes found to be titles or nicknames (``TitleDetector``): no speaker of their
    /// own, but what the sieves would have said (`On “Face the Nation,” Sanders argued`)
    /// lets a later quote continue that sentence's speaker.
    var isTitle: [Bool]
    var titleAttribution: [Attribution?]
    /// The document's people and organisations.
    private(set) var entities: EntityTable
    /// For each item, the last sentence-opening item at or before it (see `sentenceFirst`), or -1.
    private let openingAtOrBefore: [Int32]
    /// Every sentence-opening item (see `sentenceFirst`), ascending.
    let sentenceOpenings: [Int32]
    /// Items spelled `according` (every possible `according to` cue), ascending.
    private let accordingItems: [Int]
    /// ``cuesBefore(_:)`` of each quote, found once (three sieves ask for it).
    private var cueHits: [[CueHit]] = []

    static let and = WordKey("and"), but = WordKey("but")
    static let prepositions = KeySet(["in", "at", "on", "during", "with", "from", "for", "after",
                                                  "before", "through", "into", "over", "under", "of", "to"].map { WordKey($0) })

    /// How far (in items) a clause scan may go.
    static let window = 48

    init(view: WordView, parser: MentionParser, quotes: [FoundQuote], inHeadline: [Bool], entities: EntityTable) {
        self.entities = entities
        self.view = view
        self.parser = parser
        self.quotes = quotes
        var open: [Int] = [], after: [Int] = []
        var o = 0  // quotes are sorted by start, so their opening items ascend
        for q in quotes {
            o = view.firstIndex(atOrAfter: q.outer.start, from: o)
            var a = view.firstIndex(atOrAfter: q.outer.end, from: o)
            if a < o { a = o }
            open.append(o)
            after.append(a)
        }
        openItem = open
        afterItem = after
        self.inHeadline = inHeadline
        decided = [Attribution?](repeating: nil, count: quotes.count)
        isTitle = [Bool](repeating: false, count: quotes.count)
        titleAttribution = [Attribution?](repeating: nil, count: quotes.count)
        // One pass so that per-quote look-backs stay O(1) in a very long sentence.
        let n = view.count
        var according: [Int] = []
        var openings: [Int32] = []
        let accordingKey = Self.according  // read once, not through a lazy-initialisation check per item
        let opening = [Int32](unsafeUninitializedCapacity: n) { opening, initialized in
            view.items.withUnsafeBufferPointer { items in
                view.sentenceStart.withUnsafeBufferPointer { sentenceStart in
                    view.quote.withUnsafeBufferPointer { quote in
                        var last: Int32 = -1
                        for j in 0..<min(n, opening.count) {
                            if sentenceStart[j] {
                                let owner = Int(quote[j])
                                if owner < 0 || open[owner] == j {
                                    last = Int32(truncatingIfNeeded: j)
                                    openings.append(last)
                                }
                            }
                            opening.initializeElement(at: j, to: last)
                            if items[j].key == accordingKey { according.append(j) }
                        }
                        initialized = min(n, opening.count)
                    }
                }
            }
        }
        openingAtOrBefore = opening
        sentenceOpenings = openings
        accordingItems = according
        var hits: [[CueHit]] = []
        hits.reserveCapacity(quotes.count)
        for q in quotes.indices { hits.append(open[q] < view.count ? scanCuesBefore(q) : []) }
        cueHits = hits
    }

    static let according = WordKey("according")

    /// Hands the entity table over (to the resolver, which adds to it) and keeps an
    /// empty one, so the resolver's writes find the table uniquely referenced (no copy).
    mutating func takeEntities() -> EntityTable {
        let table = entities
        entities = EntityTable(empty: view.bytes)
        return table
    }

    /// Whether an item spelled `according` lies in `lower..<upper` (a cheap test before
    /// scanning for an `according to` cue).
    func hasAccordingWord(from lower: Int, to upper: Int) -> Bool {
        var lo = 0, hi = accordingItems.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if accordingItems[mid] < lower { lo = mid + 1 } else { hi = mid }
        }
        return lo < accordingItems.count && accordingItems[lo] < upper
    }

    /// Whether the item is outside every quote (or belongs to quote `q` itself, never).
    func isNarrative(_ i: Int) -> Bool { view.quote[i] < 0 }

    /// A cue word found near a quote.
    struct CueHit {
        var index: Int
        var form: CueLexicon.Form
        /// Narrative words between the cue and the quote.
        var distance: Int
    }

    /// Cues before quote `q` in its sentence, nearest first, skipping other quotes (at
    /// most three verb cues). Relayed cues (`as cited by`, `according to`) come after every
    /// verb cue, so a verb further back wins (`Lee declared, as cited by Kang`).
    func cuesBefore(_ q: Int) -> [CueHit] { cueHits[q] }

    /// The first of ``cuesBefore(_:)``: the nearest verb cue, else the nearest relayed
    /// one (what a scan stopping at the first verb cue finds first too).
    func firstCueBefore(_ q: Int) -> CueHit? { cueHits[q].first }

    private func scanCuesBefore(_ q: Int, limit: Int = 3) -> [CueHit] {
        var hits: [CueHit] = []
        var relays: [CueHit] = []
        var i = openItem[q] - 1
        var distance = 0
        let floor = max(0, openItem[q] - Self.window)
        if view.sentenceStart[openItem[q]] { return [] }
        while i >= floor && hits.count < limit {
            let owner = view.quote[i]
            if owner >= 0 {
                let o = openItem[Int(owner)]
                if view.sentenceStart[o] || o <= floor { break }
                i = o - 1
                continue
            }
            if let form = parser.isCue(i) {
                if form == .relay || form == .according {
                    relays.append(CueHit(index: i, form: form, distance: distance))
                } else {
                    hits.append(CueHit(index: i, form: form, distance: distance))
                }
            }
            if view.sentenceStart[i] { break }
            let k = view.items[i].kind
            if k == .word || k == .number { distance += 1 }
            i -= 1
        }
        return hits + relays
    }

    /// The first item of the sentence holding item `i` (bounded look-back).
    /// A sentence opening is a sentence-start item outside quotes or opening its own quote.
    func sentenceFirst(_ i: Int) -> Int {
        let floor = max(0, i - 120)
        guard i > floor else { return i }
        return max(floor, Int(openingAtOrBefore[i]))
    }

    /// Whether item `i` ends the sentence range starting before it (next sentence or paragraph).
    func isSentenceBoundary(_ i: Int) -> Bool {
        i >= view.count || (view.sentenceStart[i] && view.quote[i] < 0)
    }

    /// The speaker of a cue at `c`: the subject before it (auxiliaries and adverbs
    /// skipped), or the phrase after it when inverted (`said Lee`, `according to Kang`).
    func speaker(ofCue c: Int, form: CueLexicon.Form, floor: Int) -> Mention? {
        switch form {
        case .according:
            return parser.forward(c + 2, ceiling: c + 16)
        case .relay:
            return parser.forward(c + 2, ceiling: c + 16)
        case .verb, .participle:
            var j = c - 1
            var skipped = 0
            while j >= floor && skipped < 4 && parser.isAuxiliary(j) { j -= 1; skipped += 1 }
            if form == .verb, isPassiveCue(c, floor: floor) { return nil }
            // A coordinated verb (`… declined to comment but said`) shares the sentence's
            // subject, and so does a participle after a comma (`…, saying`).
            if j >= floor, parser.isWord(j), view.items[j].key == Self.and || view.items[j].key == Self.but {
                return subject(ofSentenceAt: c)
            }
            if form == .participle, j >= floor, view.items[j].kind == .comma || view.items[j].kind == .dash {
                // `Nefzi said, adding, “…”`: the participle continues the verb before the comma.
                if j - 1 >= floor, parser.isCue(j - 1) == .verb, let m = speaker(ofCue: j - 1, form: .verb, floor: floor) {
                    return m
                }
                return subject(ofSentenceAt: c)
            }
            // A prepositional phrase before the cue: `Trump on Friday described`, `Lee in a statement said`.
            if j >= floor, parser.backward(j, floor: floor) == nil || isPrepositionalObject(j, floor: floor) {
                var p = j
                while p > max(floor, j - 7) && view.items[p].kind == .word && view.quote[p] < 0 {
                    if Self.prepositions.contains(view.items[p].key) {
                        if p - 1 >= floor, parser.backward(p - 1, floor: floor) != nil { j = p - 1 }
                        break
                    }
                    p -= 1
                }
            }
            if j >= floor, var m = parser.backward(j, floor: floor) {
                // A phrase after a preposition is not the subject: `Trump in his speech called`.
                var hops = 0
                while hops < 2, m.first - 2 >= floor, parser.isWord(m.first - 1),
                      Self.prepositions.contains(view.items[m.first - 1].key),
                      let earlier = parser.backward(m.first - 2, floor: floor) {
                    m = earlier
                    hops += 1
                }
                if let r = reportingCue(of: m), r > floor, let outer = speaker(ofCue: r, form: .verb, floor: floor), outer.last < r,
                   m.kind != .pronoun || outer.kind != .pronoun || view.items[outer.first].key == view.items[m.first].key {
                    // `Benjamin said he believes “…”`, `He says he believes “…”`, `Obama said that
                    // Americans will say “no”`: the reporting clause's speaker.
                    return outer
                }
                if m.kind == .pronoun, isEmbedded(m), let outer = subject(ofSentenceAt: m.first),
                   outer.kind != .pronoun, outer.last < m.first {
                    // `what he calls “…”`: the main clause's speaker.
                    return outer
                }
                if let outer = reportingSubject(over: m) {
                    // `Trump told reporters he thought Fields had “made up the story”`: the
                    // pronoun restates the reporting clause's subject, the mention to report.
                    return outer
                }
                if m.kind == .description && !parser.hasSpeakerHead(m) { return nil }
                if form == .verb || m.kind != .description { return m }
            }
            if form == .verb, parser.cues.inverts(view.items[c].key), let m = parser.forward(c + 1, ceiling: c + 14), c + 1 < view.count,
               view.quote[c + 1] < 0 {
                // Inverted order only right after a quote or comma: `…,” said Lee`.
                if c - 1 < 0 || view.sentenceStart[c] || view.items[c - 1].kind == .mark || view.items[c - 1].kind == .dash
                    || view.quote[c - 1] >= 0 {
                    return m
                }
                // After a plain comma the phrase must end its clause (`…, said Lee, “…”`), unlike
                // `Hemsley, …, said the days when … “…”`.
                if view.items[c - 1].kind == .comma, endsClause(m.last + 1) { return m }
            }
            if form == .participle || j < floor || view.items[j].kind == .comma {
                return subject(ofSentenceAt: c)
            }
            return nil
        }
    }

    private static let he = WordKey("he"), she = WordKey("she")
    private static let relatives = KeySet(["which", "whom", "who", "whose"].map { WordKey($0) })
    /// Words that open a coordinate main clause after punctuation (`…,” but he said`): its
    /// pronoun subject is that clause's own speaker, not a restatement inside the first clause.
    private static let coordinators = KeySet(["but", "and", "yet", "so"].map { WordKey($0) })

    /// For `he`/`she` inside a clause that a reporting verb of its sentence governs, the
    /// person subject of that reporting verb (`Rubio said … Trump, whom he called “…”`,
    /// `Graham assures his audience he will tell the “bigots”`); nil otherwise.
    func reportingSubject(over m: Mention) -> Mention? {
        guard m.kind == .pronoun else { return nil }
        let key = view.items[m.first].key
        // A capitalised `He` opens its own sentence, whatever the splitter says (`… U.S. He says`).
        // A relative clause is its own clause (`which he called “…”` keeps `he`).
        guard key == Self.he || key == Self.she, view.isLowercaseWord(m.first),
              m.first == 0 || !Self.relatives.contains(view.items[m.first - 1].key),
              m.first < 2 || !Self.coordinators.contains(view.items[m.first - 1].key) || parser.isWord(m.first - 2),
              let outer = subject(ofSentenceAt: m.first),
              outer.last < m.first, outer.kind == .name || (outer.kind == .description && parser.hasSpeakerHead(outer)) else { return nil }
        var i = outer.last + 1
        while i < m.first {
            if view.quote[i] < 0, let form = parser.isCue(i), form == .verb || form == .participle { return outer }
            i += 1
        }
        return nil
    }

    private static let genericPersons = KeySet(["anybody", "anyone", "everybody", "everyone",
                                                "nobody", "whoever", "those"].map { WordKey($0) })

    /// Whether `m` is `who` after a generic pronoun (`anyone who says`): nobody in particular.
    func isGenericRelative(_ m: Mention) -> Bool {
        guard m.kind == .pronoun, m.first == m.last, m.first > 0, view.items[m.first].key == MentionParser.who else { return false }
        return Self.genericPersons.contains(view.items[m.first - 1].key)
    }

    /// Forms of `be` that make a participle after them passive.
    private static let beForms = KeySet(["is", "are", "was", "were", "be", "been", "being"].map { WordKey($0) })

    /// Passive cues whose subject is still the speaker (`Braynard is quoted as saying`).
    private static let passiveSpeakerCues = KeySet(["quoted", "reported", "heard", "overheard", "recorded", "caught",
                                                    "seen", "filmed", "cited"].map { WordKey($0) })

    /// Irregular past participles among the cues (regular ones end in `ed`).
    private static let irregularParticiples = KeySet(["told", "written", "asked", "called", "spoken", "sworn", "shown",
                                                      "known"].map { WordKey($0) })

    /// Whether verb cue `c` is passive, so its subject was addressed or named rather than
    /// speaking (`Rubio was asked`, `it was labeled “Mostly True”`); `is quoted as saying`
    /// still names the speaker.
    func isPassiveCue(_ c: Int, floor: Int) -> Bool {
        guard isPastParticiple(c), !Self.passiveSpeakerCues.contains(view.items[c].key) else { return false }
        var j = c - 1
        var skipped = 0
        while j >= floor && skipped < 4 && parser.isAuxiliary(j) {
            if Self.beForms.contains(view.items[j].key) { return true }
            j -= 1
            skipped += 1
        }
        return false
    }

    /// Whether the cue word is spelled as a past participle (`asked`, `told`).
    private func isPastParticiple(_ i: Int) -> Bool {
        let it = view.items[i]
        let e = Int(it.end)
        if e - Int(it.start) > 3, view.bytes[e - 1] == 0x64, view.bytes[e - 2] == 0x65 { return true }
        return Self.irregularParticiples.contains(it.key)
    }

    /// Whether the word ends in `ing` (`Following the talks, …`).
    func isParticiple(_ i: Int) -> Bool {
        let it = view.items[i]
        let e = Int(it.end)
        return e - Int(it.start) > 4 && view.bytes[e - 1] == 0x67 && view.bytes[e - 2] == 0x6E && view.bytes[e - 3] == 0x69
    }

    static let embedding = KeySet(["that", "what"].map { WordKey($0) })

    /// Whether a pronoun subject sits in a clause embedded under another (`said he`,
    /// `that he`, `what he calls`).
    func isEmbedded(_ m: Mention) -> Bool {
        let p = m.first - 1
        guard p >= 0, parser.isWord(p) else { return false }
        return Self.embedding.contains(view.items[p].key) || parser.cues.form(view.items[p].key) != nil
    }

    /// The reporting verb right before a phrase that is the subject of the clause it
    /// reports (`said Americans believe`, `said that Americans`).
    func reportingCue(of m: Mention) -> Int? {
        var p = m.first - 1
        guard parser.isWord(p), view.items[p].key == MentionParser.that else { return parser.isCue(p) == .verb ? p : nil }
        p -= 1
        if parser.isCue(p) == .verb { return p }
        // `Trump said during a rally in Michigan that Clinton described …`: a verb cue a few
        // words back, with only words between it and `that` (no punctuation, no other clause).
        let floor = max(0, p - 8)
        while p > floor, parser.isWord(p), view.items[p].key != MentionParser.that {
            p -= 1
            if parser.isCue(p) == .verb { return p }
        }
        return nil
    }

    /// Whether item `i` ends a clause: punctuation, a quote, or the end of the paragraph.
    func endsClause(_ i: Int) -> Bool {
        guard i < view.count, view.paragraph[i] == view.paragraph[i - 1] else { return true }
        let kind = view.items[i].kind
        return kind == .comma || kind == .stop || kind == .colon || kind == .dash || view.quote[i] >= 0
    }

    /// Whether the phrase ending at `j` follows a preposition (so is not a subject).
    func isPrepositionalObject(_ j: Int, floor: Int) -> Bool {
        guard let m = parser.backward(j, floor: floor), m.first - 1 >= floor, parser.isWord(m.first - 1) else { return false }
        return Self.prepositions.contains(view.items[m.first - 1].key)
    }

    /// The item after a dateline opening a sentence (`WASHINGTON — After …`): capital-only
    /// words, commas and a parenthesised agency up to a dash; `s` itself when there is none.
    func skipDateline(_ s: Int, ceiling: Int) -> Int {
        var j = s
        var sawComma = false
        guard s < view.count, isAllCapitals(s) else { return s }
        while j < min(ceiling, s + 10) {
            let it = view.items[j]
            if it.kind == .dash { return j > s ? j + 1 : s }
            if it.kind == .comma { sawComma = true }
            // After the place, a date may follow: `LOS ANGELES, Sept. 28 (UPI) —`.
            let datePart = sawComma && (it.kind == .number || parser.isAbbreviationPeriod(j) || (it.kind == .word && it.capitalized))
            guard it.kind == .comma || it.kind == .openParen || it.kind == .closeParen || datePart
                    || (it.kind == .word && isAllCapitals(j)) else { return s }
            j += 1
        }
        return s
    }

    private func isAllCapitals(_ i: Int) -> Bool {
        let it = view.items[i]
        var k = Int(it.start)
        guard Int(it.end) - k >= 2 else { return false }
        while k < Int(it.end) {
            let b = view.bytes[k]
            if b >= 0x61 && b <= 0x7A { return false }
            k += 1
        }
        return true
    }

    /// The subject of the sentence holding item `i`, read before `i`.
    func subject(ofSentenceAt i: Int) -> Mention? {
        subject(from: sentenceFirst(i), ceiling: i)
    }

    /// The subject of the sentence starting at item `s`: its first phrase, after a
    /// leading quote, conjunctions, and an introductory phrase closed by a comma
    /// (`On Tuesday, South Korean President Lee Jae Myung pledged`).
    func subject(from s: Int, ceiling: Int) -> Mention? {
        var j = skipDateline(s, ceiling: ceiling)
        var steps = 0
        while j < ceiling && steps < 6 {
            steps += 1
            let owner = Int(view.quote[j])
            if owner >= 0 && openItem[owner] == j {
                j = afterItem[owner]
                while j < ceiling && (view.items[j].kind == .comma || view.items[j].kind == .dash) { j += 1 }
                continue
            }
            // An introductory adverb too: `Ironically, Byrd's strategy`.
            if parser.isWord(j) && (parser.isFunction(j) || isParticiple(j) || (view.sentenceStart[j] && view.items[j].capitalized && parser.isNonNameOpener(j)))
                && !parser.isPronoun(j)
                && !WordClasses.shared.determiners.contains(view.items[j].key) {
                var k = j + 1
                while k < min(ceiling, j + 25) && view.items[k].kind != .comma { k += 1 }
                j = k < ceiling && view.items[k].kind == .comma ? k + 1 : j + 1
                continue
            }
            break
        }
        guard j < ceiling, let m = parser.forward(j, ceiling: ceiling) else { return nil }
        return afterIntroduction(m, ceiling: ceiling) ?? m
    }

    static let listWords = KeySet(["and", "or", "nor", "who", "which", "that", "whose"].map { WordKey($0) })

    /// The real subject when the first phrase opens an introductory phrase closed by a
    /// comma (`Specifically, he thought`, `Eight years ago, he said`, `Outside the
    /// arena, protesters chanted`, `…in Salem, New Hampshire, Trump went`): the phrase
    /// after the comma, when a verb follows it. Appositives (`Flynn, a surrogate, said`)
    /// and lists (`Clinton, Sanders and Trump`) keep the first phrase.
    private func afterIntroduction(_ m: Mention, ceiling: Int) -> Mention? {
        guard m.kind != .pronoun else { return nil }
        var c = m.last + 1
        while c < min(ceiling, m.last + 10) && view.items[c].kind != .comma {
            guard parser.isWord(c) || view.items[c].kind == .number, parser.isCue(c) == nil,
                  !parser.isAuxiliary(c) else { return nil }
            c += 1
        }
        guard c + 1 < ceiling, view.items[c].kind == .comma, let next = parser.forward(c + 1, ceiling: ceiling),
              next.kind != .description || c > m.last + 1 else { return nil }
        var v = next.last + 1
        var skipped = 0
        while v < ceiling && skipped < 4 && parser.isAuxiliary(v) { v += 1; skipped += 1 }
        guard v < ceiling, parser.isWord(v), view.isLowercaseWord(v), !Self.listWords.contains(view.items[v].key) else { return nil }
        return next
    }
}
