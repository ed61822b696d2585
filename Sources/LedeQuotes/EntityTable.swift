import LedeCore

/// The people and organisations of one document, built from name mentions with their
/// titles and roles, so short and variant forms resolve to one canonical name.
///
/// - `South Korean President Lee Jae Myung` registers `Lee Jae Myung` described by
///   `president`; `Lee`, `President Lee` and `Lee Jae-myung` link to it (names compare
///   case-folded with hyphens and spaces removed; a lone word matches a registered
///   name's last word, then its first word, as in Korean order).
/// - A long lone word one edit away from a registered word is a spelling variant
///   (`Chosinilbo` → `Chosunilbo`).
/// - Indefinite descriptions (`a senior US defense official`) are entities of their own.
struct EntityTable {
    private(set) var entities: [Entity] = []
    private var byKey = KeyMap<Int>()
    /// Multi-word entities by their last word and by their first word.
    private var byLast = KeyMap<[Int]>()
    private var byFirst = KeyMap<[Int]>()

    private static let organizationWords = KeySet(organizationNames.map { WordKey($0) })
    private static let organizationNames: [String] = [
        "ministry", "department", "post", "times", "news", "agency", "committee", "party", "campaign",
        "university", "institute", "council", "office", "association", "commission", "network", "press",
        "journal", "company", "group", "foundation", "service", "court", "congress", "house", "senate",
        "pentagon", "administration", "government", "reuters", "yonhap", "bureau", "center", "corp", "inc",
        "tribune", "herald", "daily", "magazine", "fund", "bank", "union", "board", "council", "army", "navy",
        "police", "fbi", "cia", "gop", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "bbc", "afp", "ap",
        "politifact", "wikileaks", "breitbart", "guardian", "street", "hedge", "shimbun",
    ]

    /// Registers every name and indefinite description of the document.
    init(view: WordView, parser: MentionParser) {
        let classes = WordClasses.shared
        var i = 0
        let n = view.count
        while i < n {
            if view.quote[i] >= 0 { i += 1; continue }
            if parser.isNameWord(i) {
                var j = i
                while j + 1 < n {
                    if parser.isNameWord(j + 1) || parser.isAbbreviationPeriod(j + 1) { j += 1; continue }
                    if view.items[j + 1].key == MentionParser.of && parser.isNameWord(j + 2) { j += 2; continue }
                    break
                }
                while j > i && view.items[j].kind == .stop { j -= 1 }
                var first = i
                if i > 0, parser.isWord(i - 1), !view.items[i - 1].capitalized,
                   classes.titles.contains(view.items[i - 1].key) { first = i - 1 }
                // A lone capitalised word with no title only links to a known name:
                // skip the phrase analysis unless some entity could take it.
                if j > i || first < i || parser.isTitle(i) || view.isPossessive(i) || mayLink(view.items[i].key) {
                    let m = parser.nameMention(first: first, last: j)
                    if m.kind == .name { register(m, view: view) }
                }
                i = j + 1
                continue
            }
            if parser.isWord(i), !view.items[i].capitalized,
               classes.personHeads.contains(view.items[i].key) || classes.organizationHeads.contains(view.items[i].key) {
                if let m = parser.backward(i, floor: max(0, i - 6)), m.kind == .description,
                   parser.isWord(m.first), Self.isIndefinite(view.items[m.first].key) {
                    registerDescription(m, view: view)
                }
            }
            i += 1
        }
    }

    /// Whether a lone word (its key) could link to a registered entity.
    private func mayLink(_ key: WordKey) -> Bool {
        byKey[Self.combined([key])] != nil || byLast[key] != nil || byFirst[key] != nil
    }

    static let a = WordKey("a")
    static let an = WordKey("an")
    static func isIndefinite(_ key: WordKey) -> Bool { key == a || key == an }

    /// Keys of the case-folded name words of items `first...last`: split at hyphens and
    /// periods, possessive endings removed (`Jae-myung` → `jae`, `myung`).
    static func nameTokens(_ view: WordView, _ first: Int, _ last: Int) -> [WordKey] {
        var out: [WordKey] = []
        forEachNameWord(view, first, last) { s, e in out.append(WordKey(view.bytes, s, e)) }
        return out
    }

    /// The name words of items `first...last` as lower-case text.
    static func nameWords(_ view: WordView, _ first: Int, _ last: Int) -> [String] {
        var out: [String] = []
        forEachNameWord(view, first, last) { s, e in
            out.append(String(decoding: UnsafeBufferPointer(rebasing: view.bytes[s..<e]), as: UTF8.self).lowercased())
        }
        return out
    }

    private static func forEachNameWord(_ view: WordView, _ first: Int, _ last: Int, _ body: (Int, Int) -> Void) {
        var i = first
        while i <= last {
            let it = view.items[i]
            if it.kind == .word {
                var s = Int(it.start)
                let e = Int(it.end)
                var end = e
                if view.isPossessive(i) {
                    end = view.bytes[e - 1] == 0x27 ? e - 1 : (view.bytes[e - 1] == 0x99 ? e - 3 : (view.bytes[e - 2] == 0x27 ? e - 2 : e - 4))
                }
                var wordStart = s
                while s <= end {
                    if s == end || view.bytes[s] == 0x2D || view.bytes[s] == 0x2E {
                        if s > wordStart { body(wordStart, s) }
                        wordStart = s + 1
                    }
                    s += 1
                }
            }
            i += 1
        }
    }

    /// One key for a whole name (its words in order).
    static func combined(_ tokens: [WordKey]) -> WordKey {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for t in tokens { h = (h ^ t.value) &* 0x0000_0100_0000_01b3 }
        return WordKey(raw: h)
    }

    /// The text of items `first...last` as written.
    static func text(_ view: WordView, _ first: Int, _ last: Int) -> String {
        let s = Int(view.items[first].start), e = Int(view.items[last].end)
        return String(decoding: UnsafeBufferPointer(rebasing: view.bytes[s..<e]), as: UTF8.self)
    }

    private mutating func register(_ m: Mention, view: WordView) {
        let tokens = Self.nameTokens(view, m.nameFirst, m.head)
        guard !tokens.isEmpty else { return }
        let classes = WordClasses.shared
        var heads: [WordKey] = []
        var person = false
        var t = m.first
        while t < m.nameFirst {
            if view.items[t].kind == .word {
                heads.append(view.items[t].key)
                if classes.personTitles.contains(view.items[t].key) { person = true }
            }
            t += 1
        }
        let position = Int(view.items[m.first].start)
        let key = Self.combined(tokens)
        if let e = byKey[key] {
            entities[e].addHeads(heads)
            entities[e].positions.append(position)
            if person { entities[e].kind = .person }
            return
        }
        if tokens.count == 1, let e = link(single: tokens[0], before: Int.max) {
            entities[e].addHeads(heads)
            entities[e].positions.append(position)
            if person { entities[e].kind = .person }
            return
        }
        if tokens.count == 1 && heads.isEmpty { return }  // a lone capitalised word: not a name yet
        var kind: Entity.Kind = person ? .person : (tokens.count >= 2 ? .person : .unknown)
        if tokens.contains(where: { Self.organizationWords.contains($0) }) || view.isPossessive(m.nameFirst) { kind = .organization }
        let canonical = Self.text(view, m.nameFirst, m.last)
        add(Entity(canonical: canonical, tokens: tokens, words: Self.nameWords(view, m.nameFirst, m.head), kind: kind,
                   heads: heads, positions: [position], isDescription: false))
    }

    private mutating func registerDescription(_ m: Mention, view: WordView) {
        let head = view.items[m.head].key
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        entities.append(Entity(canonical: Self.text(view, m.first, m.last), tokens: [], words: [], kind: kind, heads: [head],
                               positions: [Int(view.items[m.first].start)], isDescription: true))
    }

    /// Whether a name (case-folded words) names a person: a registered person, or an
    /// unregistered name of two or more words without organisation words.
    func isPerson(_ tokens: [WordKey]) -> Bool {
        guard !tokens.isEmpty else { return false }
        if let e = byKey[Self.combined(tokens)] { return entities[e].kind == .person }
        if tokens.count == 1 {
            guard let e = link(single: tokens[0], before: Int.max) else { return false }
            return entities[e].kind == .person
        }
        return !tokens.contains(where: { Self.organizationWords.contains($0) })
    }

    private mutating func add(_ entity: Entity) {
        let e = entities.count
        byKey[Self.combined(entity.tokens)] = e
        if entity.tokens.count >= 2, let last = entity.tokens.last, let first = entity.tokens.first {
            byLast[last] = (byLast[last] ?? []) + [e]
            byFirst[first] = (byFirst[first] ?? []) + [e]
        }
        entities.append(entity)
    }

    /// The registered name a lone word refers to: the same lone name, else a
    /// multi-word name ending in it, else one starting with it (Korean order); among
    /// several, the one mentioned most recently before `before`.
    func link(single token: WordKey, before: Int) -> Int? {
        if let e = byKey[Self.combined([token])], !entities[e].isDescription { return e }
        for candidates in [byLast[token], byFirst[token]] {
            guard let candidates else { continue }
            var best: Int?
            var bestPosition = Int.min
            for e in candidates {
                let position = entities[e].positions.last(where: { $0 < before }) ?? entities[e].positions.first ?? 0
                if position > bestPosition { best = e; bestPosition = position }
            }
            if let best { return best }
        }
        return nil
    }

    /// A registered entity whose word is one edit away from `word` (spelling variant).
    func variant(of word: String) -> Int? {
        let t = Array(word.utf8)
        guard t.count >= 7 else { return nil }
        for (e, entity) in entities.enumerated() where !entity.isDescription {
            for w in entity.words where Self.oneEditApart(Array(w.utf8), t) { return e }
        }
        return nil
    }

    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if abs(a.count - b.count) > 1 || a == b { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// The entity named by tokens `tokens`, registering a new one if needed.
    mutating func entity(named m: Mention, view: WordView, position: Int) -> Int? {
        let tokens = Self.nameTokens(view, m.nameFirst, m.head)
        guard !tokens.isEmpty else { return nil }
        if let e = byKey[Self.combined(tokens)] { return e }
        if tokens.count == 1, let e = link(single: tokens[0], before: position) { return e }
        let words = Self.nameWords(view, m.nameFirst, m.head)
        if words.count == 1, let e = variant(of: words[0]) { return e }
        let kind: Entity.Kind = tokens.contains(where: { Self.organizationWords.contains($0) }) ? .organization
            : (tokens.count >= 2 ? .person : .unknown)
        add(Entity(canonical: Self.text(view, m.nameFirst, m.last), tokens: tokens, words: words, kind: kind, heads: [],
                   positions: [position], isDescription: false))
        return entities.count - 1
    }

    /// The most recent entity described by `head` mentioned before `position`.
    func described(by head: WordKey, before position: Int) -> Int? {
        var best: Int?
        var bestPosition = Int.min
        for (e, entity) in entities.enumerated() where entity.heads.contains(head) {
            if let p = entity.positions.last(where: { $0 < position }), p > bestPosition {
                best = e; bestPosition = p
            }
        }
        return best
    }

    /// Records that entity `e` is described by `head` and mentioned at `position`.
    mutating func note(_ e: Int, head: WordKey?, position: Int) {
        if let head { entities[e].addHeads([head]) }
        if let last = entities[e].positions.last, last >= position { return }
        entities[e].positions.append(position)
    }

    /// Registers a description entity (used when a definite description matches nothing).
    mutating func addDescription(_ canonical: String, head: WordKey, position: Int) -> Int {
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        entities.append(Entity(canonical: canonical, tokens: [], words: [], kind: kind, heads: [head], positions: [position],
                               isDescription: true))
        return entities.count - 1
    }
}
