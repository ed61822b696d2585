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
///
/// Storage is flat so registering a name allocates little: name words are hashed into
/// a reused scratch list, entities sharing a first or last word are chained through
/// `nextByFirst`/`nextByLast`, the name words used for spelling variants are spans
/// in one list (case-folded only when compared), and canonical names are made into
/// strings only when read.
struct EntityTable {
    private(set) var entities: [Entity] = []
    private var byKey: KeyMap<Int>
    /// Multi-word entities by their last word and by their first word: the most
    /// recently added one, then older ones through `nextByLast`/`nextByFirst` (-1 ends).
    private var byLast: KeyMap<Int32>
    private var byFirst: KeyMap<Int32>
    private var nextByLast: [Int32] = []
    private var nextByFirst: [Int32] = []
    /// Name words of all entities as written (spans of the document); each entity's `words` indexes it.
    private var wordSpans: [Span] = []
    /// Whether each of `wordSpans` is ASCII (so its lower-case form has its length).
    private var wordIsASCII: [Bool] = []
    /// The entity each of `wordSpans` names (words are added in entity order).
    private var wordOwner: [Int32] = []
    /// Name-word keys of the mention being registered (reused).
    private var scratch: [WordKey] = []
    /// Mention positions of all entities: values and the next node of the same entity (-1 ends).
    private var positionValue: [Int] = []
    private var positionNext: [Int32] = []
    /// Heads of all entities, linked the same way.
    private var headValue: [WordKey] = []
    private var headNext: [Int32] = []
    private let bytes: UnsafeBufferPointer<UInt8>

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

    /// An empty table over `bytes`.
    init(empty bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        byKey = KeyMap(slots: 0)
        byLast = KeyMap(slots: 0)
        byFirst = KeyMap(slots: 0)
    }

    /// Registers every name and indefinite description of the document.
    init(view: WordView, parser: MentionParser) {
        bytes = view.bytes
        byKey = KeyMap()
        byLast = KeyMap()
        byFirst = KeyMap()
        scratch.reserveCapacity(16)
        entities.reserveCapacity(64)
        nextByLast.reserveCapacity(64)
        nextByFirst.reserveCapacity(64)
        wordSpans.reserveCapacity(128)
        positionValue.reserveCapacity(128)
        positionNext.reserveCapacity(128)
        headValue.reserveCapacity(64)
        headNext.reserveCapacity(64)
        let classes = WordClasses.shared
        let headFilter = Self.headFilter, of = MentionParser.of  // read once, not per word
        var i = 0
        let n = view.count
        let items = view.items, quote = view.quote
        while i < n {
            // Only words outside quotes can start a name (with a capital: `isNameWord`
            // needs one) or head a description (lower case, passing the head filter).
            // Read through buffer pointers, the common skip costs a few instructions.
            let skip = items.withUnsafeBufferPointer { items in
                quote.withUnsafeBufferPointer { quote in
                    var k = i
                    while k < n {
                        let it = items[k]
                        if it.kind == .word && quote[k] < 0 && (it.capitalized || headFilter.mayContain(it.key)) { break }
                        k += 1
                    }
                    return k
                }
            }
            i = skip
            guard i < n else { break }
            if view.items[i].capitalized && parser.isNameWord(i) {
                var j = i
                while j + 1 < n {
                    if view.sentenceStart[j + 1] { break }  // a name never runs into the next sentence
                    if parser.isNameWord(j + 1) || parser.isAbbreviationPeriod(j + 1) { j += 1; continue }
                    if view.items[j + 1].key == of && parser.isNameWord(j + 2) { j += 2; continue }
                    let particles = parser.particleRun(at: j + 1)
                    if particles > 0 { j += particles; continue }
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
            if !view.items[i].capitalized, headFilter.mayContain(view.items[i].key), parser.isWord(i),
               classes.personHeads.contains(view.items[i].key) || classes.organizationHeads.contains(view.items[i].key) {
                if let m = parser.backward(i, floor: max(0, i - 6)), m.kind == .description,
                   parser.isWord(m.first), Self.isIndefinite(view.items[m.first].key) {
                    registerDescription(m, view: view)
                }
            }
            i += 1
        }
    }

    /// Rules out most words before the two head-noun look-ups.
    private static let headFilter = KeyFilter(WordClasses.personHeads.map { WordKey($0) }
                                              + WordClasses.organizationHeads.map { WordKey($0) })

    /// Whether a lone word (its key) could link to a registered entity.
    private func mayLink(_ key: WordKey) -> Bool {
        byKey[Self.combined(single: key)] != nil || byLast[key] != nil || byFirst[key] != nil
    }

    static let a = WordKey("a")
    static let an = WordKey("an")
    static func isIndefinite(_ key: WordKey) -> Bool { key == a || key == an }

    /// Keys of the case-folded name words of items `first...last`: split at hyphens and
    /// periods, possessive endings removed (`Jae-myung` → `jae`, `myung`).
    static func nameTokens(_ view: WordView, _ first: Int, _ last: Int) -> [WordKey] {
        var out: [WordKey] = []
        var i = first
        while i <= last {
            if !isMiddleInitial(view, i, first, last) {
                forEachNameWord(view, i, i) { s, e in out.append(WordKey(view.bytes, s, e)) }
            }
            i += 1
        }
        return out
    }

    /// A one-letter capital with its period inside a name (`D.` in `Paul D. Ryan`): left
    /// out of the name's key so `Paul Ryan` and `Paul D. Ryan` are one person.
    @inline(__always)
    private static func isMiddleInitial(_ view: WordView, _ i: Int, _ first: Int, _ last: Int) -> Bool {
        let it = view.items[i]
        guard i > first, i + 1 < last, it.end - it.start == 1, it.capitalized else { return false }
        let next = view.items[i + 1]
        return next.kind == .stop && next.start == it.end
    }

    /// Fills `scratch` with the name-word keys of items `first...last`.
    private mutating func fillScratch(_ view: WordView, _ first: Int, _ last: Int) {
        var keys = scratch
        scratch = []
        keys.removeAll(keepingCapacity: true)
        var i = first
        while i <= last {
            let it = view.items[i]
            if it.kind == .word && !Self.isMiddleInitial(view, i, first, last) {
                // A word with no hyphen, period or possessive is one name word: its own key.
                if !Self.hasHyphenOrPeriod(view.bytes, Int(it.start), Int(it.end)) && !view.isPossessive(i) {
                    keys.append(it.key)
                } else {
                    Self.forEachNameWord(view, i, i) { s, e in keys.append(WordKey(view.bytes, s, e)) }
                }
            }
            i += 1
        }
        scratch = keys
    }

    /// Whether `bytes[s..<e]` holds `-` or `.` (eight bytes at a time while they fit).
    @inline(__always)
    private static func hasHyphenOrPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var i = s
        while i < e {
            guard i + 8 <= bytes.count else {
                if base[i] == 0x2D || base[i] == 0x2E { return true }
                i += 1
                continue
            }
            var x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if e - i < 8 { x |= UInt64.max << UInt64(8 * (e - i)) }  // bytes past the word never match
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
            let hyphen = x ^ 0x2D2D_2D2D_2D2D_2D2D, period = x ^ 0x2E2E_2E2E_2E2E_2E2E
            if (((hyphen &- ones) & ~hyphen) | ((period &- ones) & ~period)) & high != 0 { return true }
            i += 8
        }
        return false
    }

    /// Appends the name words of items `first...last` of entity `owner` to `wordSpans`;
    /// returns their indexes.
    private mutating func poolWords(_ view: WordView, _ first: Int, _ last: Int, owner: Int) -> Range<Int32> {
        // Moved out and back so the appends below find the arrays uniquely referenced.
        var spans = wordSpans, ascii = wordIsASCII, owners = wordOwner
        wordSpans = []
        wordIsASCII = []
        wordOwner = []
        let from = Int32(spans.count)
        Self.forEachNameWord(view, first, last) { s, e in
            spans.append(Span(start: s, end: e))
            ascii.append(WordKey.isASCII(view.bytes, s, e))
            owners.append(Int32(truncatingIfNeeded: owner))
        }
        wordSpans = spans
        wordIsASCII = ascii
        wordOwner = owners
        return from..<Int32(wordSpans.count)
    }

    /// Appends `bytes[s..<e]` lower-cased as `String.lowercased()` does: ASCII folded
    /// in place, anything else through `String`.
    private static func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, to out: inout [UInt8]) {
        if WordKey.isASCII(bytes, s, e) {
            let from = out.count
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[s..<e]))
            out.withUnsafeMutableBufferPointer { out in
                for k in from..<out.count where out[k] >= 0x41 && out[k] <= 0x5A { out[k] |= 0x20 }
            }
        } else {
            out.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self).lowercased().utf8)
        }
    }

    @inline(__always)
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

    /// ``combined(_:)`` of a one-word name.
    static func combined(single token: WordKey) -> WordKey {
        WordKey(raw: (0x9E37_79B9_7F4A_7C15 ^ token.value) &* 0x0000_0100_0000_01b3)
    }

    private mutating func register(_ m: Mention, view: WordView) {
        fillScratch(view, m.nameFirst, m.head)
        guard !scratch.isEmpty else { return }
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
        let key = Self.combined(scratch)
        if let e = byKey[key] {
            addHeads(e, heads)
            appendPosition(e, position)
            if person { entities[e].kind = .person }
            return
        }
        if scratch.count == 1, let e = link(single: scratch[0], before: Int.max) {
            addHeads(e, heads)
            appendPosition(e, position)
            if person { entities[e].kind = .person }
            return
        }
        if scratch.count == 1 && heads.isEmpty { return }  // a lone capitalised word: not a name yet
        var kind: Entity.Kind = person ? .person : (scratch.count >= 2 ? .person : .unknown)
        if scratch.contains(where: { Self.organizationWords.contains($0) }) || view.isPossessive(m.nameFirst) { kind = .organization }
        add(key: key, view: view, mention: m, kind: kind, heads: heads, position: position)
    }

    private mutating func registerDescription(_ m: Mention, view: WordView) {
        let head = view.items[m.head].key
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        appendEntity(Entity(source: bytes, span: Self.span(view, m.first, m.last), kind: kind, isDescription: true),
                     heads: [head], position: Int(view.items[m.first].start))
        nextByLast.append(-1)
        nextByFirst.append(-1)
    }

    /// Appends an entity mentioned first at `position`, described by `heads`.
    private mutating func appendEntity(_ entity: Entity, heads: [WordKey], position: Int) {
        let e = entities.count
        entities.append(entity)
        let node = Int32(truncatingIfNeeded: positionValue.count)
        positionValue.append(position)
        positionNext.append(-1)
        entities[e].firstPosition = node
        entities[e].lastPosition = node
        addHeads(e, heads)
    }

    /// Adds a mention position after the entity's last one.
    private mutating func appendPosition(_ e: Int, _ position: Int) {
        let node = Int32(truncatingIfNeeded: positionValue.count)
        positionValue.append(position)
        positionNext.append(-1)
        positionNext[Int(entities[e].lastPosition)] = node
        entities[e].lastPosition = node
    }

    /// Adds title words or description heads the entity does not have yet.
    private mutating func addHeads(_ e: Int, _ new: [WordKey]) {
        for h in new where !hasHead(e, h) {
            let node = Int32(truncatingIfNeeded: headValue.count)
            headValue.append(h)
            headNext.append(-1)
            if entities[e].lastHead >= 0 { headNext[Int(entities[e].lastHead)] = node } else { entities[e].firstHead = node }
            entities[e].lastHead = node
        }
    }

    /// Whether `head` describes entity `e`.
    @inline(__always) private func hasHead(_ e: Int, _ head: WordKey) -> Bool {
        var node = Int(entities[e].firstHead)
        while node >= 0 {
            if headValue[node] == head { return true }
            node = Int(headNext[node])
        }
        return false
    }

    /// The entity's last mention position before `before`, if any.
    private func lastPosition(_ e: Int, before: Int) -> Int? {
        var found: Int?
        var node = Int(entities[e].firstPosition)
        while node >= 0 {
            if positionValue[node] < before { found = positionValue[node] }
            node = Int(positionNext[node])
        }
        return found
    }

    /// Whether entity `e` is mentioned at `position`.
    func isMentioned(_ e: Int, at position: Int) -> Bool {
        var node = Int(entities[e].firstPosition)
        while node >= 0 {
            if positionValue[node] == position { return true }
            node = Int(positionNext[node])
        }
        return false
    }

    /// The bytes of a canonical name, items `first...last`, without a closing possessive
    /// (`Barack Obama’s` → `Barack Obama`).
    private static func nameSpan(_ view: WordView, _ first: Int, _ last: Int) -> Span {
        var span = Self.span(view, first, last)
        guard view.isPossessive(last) else { return span }
        let e = span.end
        let b = view.bytes
        span.end = b[e - 1] == 0x27 ? e - 1 : (b[e - 1] == 0x99 ? e - 3 : (b[e - 2] == 0x27 ? e - 2 : e - 4))
        return span
    }

    /// The bytes of items `first...last`.
    static func span(_ view: WordView, _ first: Int, _ last: Int) -> Span {
        Span(start: Int(view.items[first].start), end: Int(view.items[last].end))
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

    /// Adds a named entity whose name-word keys are in `scratch`.
    private mutating func add(key: WordKey, view: WordView, mention m: Mention, kind: Entity.Kind, heads: [WordKey],
                              position: Int) {
        let e = entities.count
        var entity = Entity(source: bytes, span: Self.nameSpan(view, m.nameFirst, m.last), kind: kind, isDescription: false)
        entity.words = poolWords(view, m.nameFirst, m.head, owner: e)
        byKey[key] = e
        var last: Int32 = -1, first: Int32 = -1
        if scratch.count >= 2, let lastKey = scratch.last, let firstKey = scratch.first {
            last = byLast[lastKey] ?? -1
            first = byFirst[firstKey] ?? -1
            byLast[lastKey] = Int32(e)
            byFirst[firstKey] = Int32(e)
        }
        nextByLast.append(last)
        nextByFirst.append(first)
        appendEntity(entity, heads: heads, position: position)
    }

    /// The registered name a lone word refers to: the same lone name, else a
    /// multi-word name ending in it, else one starting with it (Korean order); among
    /// several, the one mentioned most recently before `before` (the first added on a tie).
    func link(single token: WordKey, before: Int) -> Int? {
        if let e = byKey[Self.combined(single: token)], !entities[e].isDescription { return e }
        if let newest = byLast[token] { return latest(from: newest, next: nextByLast, before: before) }
        if let newest = byFirst[token] { return latest(from: newest, next: nextByFirst, before: before) }
        return nil
    }

    /// Walks a chain from its newest entity to its oldest; `>=` keeps the oldest on a tie.
    private func latest(from newest: Int32, next: [Int32], before: Int) -> Int? {
        var best: Int?
        var bestPosition = Int.min
        var e = Int(newest)
        while e >= 0 {
            let position = lastPosition(e, before: before) ?? positionValue[Int(entities[e].firstPosition)]
            if position >= bestPosition { best = e; bestPosition = position }
            e = Int(next[e])
        }
        return best
    }

    /// A registered entity whose word is one edit away from `word` (spelling variant).
    func variant(of word: String) -> Int? {
        let t = Array(word.utf8)
        return t.withUnsafeBufferPointer { variant(of: $0) }
    }

    /// ``variant(of:)`` for lower-case UTF-8 bytes. A name word is compared ASCII-folded
    /// when it is ASCII, else lower-cased through `String` as `t` was.
    private func variant(of t: UnsafeBufferPointer<UInt8>) -> Int? {
        guard t.count >= 7 else { return nil }
        var folded: [UInt8] = []
        // Name words are stored in entity order, so the first matching word belongs to
        // the first matching entity (descriptions have no name words).
        return wordSpans.withUnsafeBufferPointer { wordSpans in
            wordIsASCII.withUnsafeBufferPointer { wordIsASCII in
                for w in wordSpans.indices {
                    let span = wordSpans[w]
                    if wordIsASCII[w] {
                        if Self.oneEditApartFolded(bytes, span, t) { return Int(wordOwner[w]) }
                        continue
                    }
                    folded.removeAll(keepingCapacity: true)
                    Self.appendLowercased(bytes, span.start, span.end, to: &folded)
                    if folded.withUnsafeBufferPointer({ Self.oneEditApart($0, t) }) { return Int(wordOwner[w]) }
                }
                return nil
            }
        }
    }

    /// ``oneEditApart(_:_:)`` of the ASCII word `bytes[span]` lower-cased and `b`,
    /// folding as it compares (no copy).
    private static func oneEditApartFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = span.end - span.start
        if abs(count - b.count) > 1 { return false }
        @inline(__always) func a(_ k: Int) -> UInt8 {
            let x = bytes[span.start + k]
            return x >= 0x41 && x <= 0x5A ? x | 0x20 : x
        }
        var i = 0, j = 0, edits = 0
        while i < count && j < b.count {
            if a(i) == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if count > b.count { i += 1 } else if b.count > count { j += 1 } else { i += 1; j += 1 }
        }
        // Equal words (no edit, same length) are not variants.
        let total = edits + (count - i) + (b.count - j)
        return total == 1
    }

    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in oneEditApart(a, b) } }
    }

    static func oneEditApart(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if abs(a.count - b.count) > 1 || a.elementsEqual(b) { return false }
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
        fillScratch(view, m.nameFirst, m.head)
        guard !scratch.isEmpty else { return nil }
        let key = Self.combined(scratch)
        if let e = byKey[key] { return e }
        if scratch.count == 1, let e = link(single: scratch[0], before: position) { return e }
        if scratch.count == 1 {
            var word: [UInt8] = []
            Self.forEachNameWord(view, m.nameFirst, m.head) { s, e in Self.appendLowercased(view.bytes, s, e, to: &word) }
            if let e = word.withUnsafeBufferPointer({ variant(of: $0) }) { return e }
        }
        let kind: Entity.Kind = scratch.contains(where: { Self.organizationWords.contains($0) }) ? .organization
            : (scratch.count >= 2 ? .person : .unknown)
        add(key: key, view: view, mention: m, kind: kind, heads: [], position: position)
        return entities.count - 1
    }

    /// The most recent entity described by `head` mentioned before `position`.
    func described(by head: WordKey, before position: Int) -> Int? {
        var best: Int?
        var bestPosition = Int.min
        for e in entities.indices where hasHead(e, head) {
            if let p = lastPosition(e, before: position), p > bestPosition {
                best = e; bestPosition = p
            }
        }
        return best
    }

    /// Records that entity `e` is described by `head` and mentioned at `position`.
    mutating func note(_ e: Int, head: WordKey?, position: Int) {
        if let head { addHeads(e, [head]) }
        if positionValue[Int(entities[e].lastPosition)] >= position { return }
        appendPosition(e, position)
    }

    /// Registers a description entity named by `span` of the document (used when a
    /// definite description matches nothing).
    mutating func addDescription(_ span: Span, head: WordKey, position: Int) -> Int {
        let kind: Entity.Kind = WordClasses.shared.personHeads.contains(head) ? .person : .organization
        appendEntity(Entity(source: bytes, span: span, kind: kind, isDescription: true), heads: [head], position: position)
        nextByLast.append(-1)
        nextByFirst.append(-1)
        return entities.count - 1
    }
}
