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
    private var byKey: [String: Int] = [:]

    private static let organizationWords: Set<String> = [
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
                let m = parser.nameMention(first: first, last: j)
                if m.kind == .name { register(m, view: view) }
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

    static let a = WordKey("a")
    static let an = WordKey("an")
    static func isIndefinite(_ key: WordKey) -> Bool { key == a || key == an }

    /// Case-folded name words of items `first...last`: split at spaces and hyphens,
    /// possessive endings and periods removed.
    static func nameTokens(_ view: WordView, _ first: Int, _ last: Int) -> [String] {
        var out: [String] = []
        var i = first
        while i <= last {
            let it = view.items[i]
            if it.kind == .word {
                var word: [UInt8] = []
                var s = Int(it.start)
                let e = Int(it.end)
                var end = e
                if view.isPossessive(i) {
                    end = view.bytes[e - 1] == 0x27 ? e - 1 : (view.bytes[e - 1] == 0x99 ? e - 3 : (view.bytes[e - 2] == 0x27 ? e - 2 : e - 4))
                }
                while s < end {
                    let b = view.bytes[s]
                    if b == 0x2D || b == 0x2E {
                        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll() }
                    } else {
                        word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    }
                    s += 1
                }
                if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
            }
            i += 1
        }
        return out
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
        var heads = Set<WordKey>()
        var person = false
        var t = m.first
        while t < m.nameFirst {
            if view.items[t].kind == .word {
                heads.insert(view.items[t].key)
                if classes.personTitles.contains(view.items[t].key) { person = true }
            }
            t += 1
        }
        let position = Int(view.items[m.first].start)
        let key = tokens.joined()
        if let e = byKey[key] {
            entities[e].heads.formUnion(heads)
            entities[e].positions.append(position)
            if person { entities[e].kind = .person }
            return
        }
        if tokens.count == 1, let e = link(single: tokens[0], before: Int.max) {
            entities[e].heads.formUnion(heads)
            entities[e].positions.append(position)
            if person { entities[e].kind = .person }
            return
        }
        if tokens.count == 1 && heads.isEmpty { return }  // a lone capitalised word: not a name yet
        var kind: Entity.Kind = person ? .person : (tokens.count >= 2 ? .person : .unknown)
        if tokens.contains(where: { Self.organizationWords.contains($0) }) || view.isPossessive(m.nameFirst) { kind = .organization }
        let canonical = Self.text(view, m.nameFirst, m.last)
        byKey[key] = entities.count
        entities.append(Entity(canonical: canonical, tokens: tokens, kind: kind, heads: heads, positions: [position],
                               isDescription: false))
    }

    private mutating func registerDescription(_ m: Mention, view: WordView) {
        let head = view.items[m.head].key
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        entities.append(Entity(canonical: Self.text(view, m.first, m.last), tokens: [], kind: kind, heads: [head],
                               positions: [Int(view.items[m.first].start)], isDescription: true))
    }

    /// Whether a name (case-folded words) names a person: a registered person, or an
    /// unregistered name of two or more words without organisation words.
    func isPerson(_ tokens: [String]) -> Bool {
        guard !tokens.isEmpty else { return false }
        if let e = byKey[tokens.joined()] { return entities[e].kind == .person }
        if tokens.count == 1 {
            guard let e = link(single: tokens[0], before: Int.max) else { return false }
            return entities[e].kind == .person
        }
        return !tokens.contains(where: { Self.organizationWords.contains($0) })
    }

    /// The registered multi-word name a lone word refers to: last word first, then
    /// first word; the one mentioned most recently before `before` wins.
    func link(single token: String, before: Int) -> Int? {
        var best: Int?
        var bestPosition = Int.min
        var bestRank = 3
        for (e, entity) in entities.enumerated() where !entity.isDescription {
            let rank: Int
            if entity.tokens.count >= 2 && entity.tokens.last == token { rank = 0 }
            else if entity.tokens.count >= 2 && entity.tokens.first == token { rank = 1 }
            else if entity.tokens == [token] { rank = 0 }
            else { continue }
            let position = entity.positions.last(where: { $0 < before }) ?? entity.positions.first ?? 0
            if rank < bestRank || (rank == bestRank && position > bestPosition) {
                best = e; bestRank = rank; bestPosition = position
            }
        }
        return best
    }

    /// A registered entity whose word is one edit away from `token` (spelling variant).
    func variant(of token: String) -> Int? {
        let t = Array(token.utf8)
        guard t.count >= 7 else { return nil }
        for (e, entity) in entities.enumerated() where !entity.isDescription {
            for w in entity.tokens where Self.oneEditApart(Array(w.utf8), t) { return e }
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
    mutating func entity(named tokens: [String], canonical: String, position: Int) -> Int? {
        guard !tokens.isEmpty else { return nil }
        if let e = byKey[tokens.joined()] { return e }
        if tokens.count == 1 {
            if let e = link(single: tokens[0], before: position) { return e }
            if let e = variant(of: tokens[0]) { return e }
        }
        byKey[tokens.joined()] = entities.count
        let kind: Entity.Kind = tokens.contains(where: { Self.organizationWords.contains($0) }) ? .organization
            : (tokens.count >= 2 ? .person : .unknown)
        entities.append(Entity(canonical: canonical, tokens: tokens, kind: kind, heads: [], positions: [position],
                               isDescription: false))
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
        if let head { entities[e].heads.insert(head) }
        if let last = entities[e].positions.last, last >= position { return }
        entities[e].positions.append(position)
    }

    /// Registers a description entity (used when a definite description matches nothing).
    mutating func addDescription(_ canonical: String, head: WordKey, position: Int) -> Int {
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        entities.append(Entity(canonical: canonical, tokens: [], kind: kind, heads: [head], positions: [position],
                               isDescription: true))
        return entities.count - 1
    }
}
