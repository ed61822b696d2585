import LedeCore

/// Builds a ``WordView``'s items from a ``TokenBuffer`` in one pass: marks glued to
/// words are split off, an abbreviation's period is split from its word, and each
/// word gets its ``WordKey``. Items are written straight into the array's storage (no
/// uniqueness check per item, no copy); only non-ASCII tokens are scanned for marks.
struct WordViewBuilder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var buffer: UnsafeMutablePointer<WordItem>
    private var capacity: Int
    /// Whether `buffer` is ours to grow (else it is an array's fixed storage).
    private let growable: Bool
    private var count = 0
    /// Whether some word is glued to a joiner glued to another word, so ``mergeJoined(_:_:)`` has work.
    private var mayMerge = false
    /// The first item of the first such run: no merge starts before it.
    private var mergeFrom = 0

    /// The items of `tokens` over `bytes`, merged where words are joined.
    static func items(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer) -> [WordItem] {
        // Most tokens give one item: build into an array of that size plus slack, and
        // only when a document needs more (many marks glued to words) build again into
        // a growable buffer and copy.
        let estimate = tokens.count + tokens.count >> 3 + 16
        var mayMerge = false
        var mergeFrom = 0
        var fits = true
        var items = [WordItem](unsafeUninitializedCapacity: estimate) { storage, initialized in
            initialized = 0
            guard let base = storage.baseAddress else { fits = false; return }
            var builder = WordViewBuilder(bytes: bytes, buffer: base, capacity: storage.count, growable: false)
            fits = builder.run(tokens)
            initialized = builder.count
            mayMerge = builder.mayMerge
            mergeFrom = builder.mergeFrom
        }
        if !fits {
            let grown = UnsafeMutablePointer<WordItem>.allocate(capacity: estimate * 2)
            var builder = WordViewBuilder(bytes: bytes, buffer: grown, capacity: estimate * 2, growable: true)
            defer { builder.buffer.deallocate() }
            _ = builder.run(tokens)
            let built = builder.count, source = builder.buffer
            items = [WordItem](unsafeUninitializedCapacity: built) { storage, initialized in
                storage.baseAddress?.initialize(from: source, count: built)
                initialized = storage.baseAddress == nil ? 0 : built
            }
            mayMerge = builder.mayMerge
            mergeFrom = builder.mergeFrom
        }
        if mayMerge { mergeJoined(&items, bytes, from: mergeFrom) }
        return items
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutablePointer<WordItem>, capacity: Int, growable: Bool) {
        self.bytes = bytes
        self.buffer = buffer
        self.capacity = capacity
        self.growable = growable
    }

    /// Appends the items of every token; false when a fixed buffer ran out of room.
    private mutating func run(_ tokens: TokenBuffer) -> Bool {
        tokens.kinds.withUnsafeBufferPointer { kinds in
            tokens.starts.withUnsafeBufferPointer { starts in
                tokens.ends.withUnsafeBufferPointer { ends in
                    // Room for one item per token is kept ahead (`capacity - count >= tokens left`),
                    // so the common token, one item, needs no capacity check.
                    let n = kinds.count
                    guard capacity >= n else { return false }
                    for t in 0..<n {
                        let s = Int(starts[t]), e = Int(ends[t])
                        guard s < e, e <= bytes.count else { continue }
                        let kind = kinds[t]
                        let wordLike = kind == .word || kind == .number || kind == .hashtag || kind == .mention
                        // The common case: an ASCII word not ending in a period is one item.
                        if wordLike, bytes[e - 1] != 0x2E, let key = WordKey.ascii(bytes, s, e) {
                            appendWord(s, e, number: kind == .number, key: key)
                            continue
                        }
                        // A one-byte ASCII punctuation token is one item (room for it is kept ahead).
                        if e - s == 1, !wordLike, kind != .url, kind != .email, bytes[s] < 0x80, !Self.isAlnum(bytes[s]) {
                            append(WordItem(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: e),
                                            kind: Self.asciiPunctuationKind(bytes[s]), capitalized: false, key: .none))
                            continue
                        }
                        // A token yields at most one item per byte, plus a split-off period.
                        guard reserve(e - s + 2 + (n - t)) else { return false }
                        switch kind {
                        case .word, .number, .hashtag, .mention:
                            appendToken(s, e, number: kind == .number)
                        case .url, .email:
                            append(WordItem(start: Int32(s), end: Int32(e), kind: .other, capitalized: false, key: .none))
                        default:
                            appendPunctuation(s, e)
                        }
                    }
                    return true
                }
            }
        }
    }

    /// Makes room for `n` more items; false when the buffer is fixed and too small.
    @inline(__always) private mutating func reserve(_ n: Int) -> Bool {
        guard count + n > capacity else { return true }
        guard growable else { return false }
        let bigger = max(capacity * 2, count + n)
        let new = UnsafeMutablePointer<WordItem>.allocate(capacity: bigger)
        new.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = new
        capacity = bigger
        return true
    }

    /// Appends an item; room was reserved for the whole token.
    @inline(__always) private mutating func append(_ item: WordItem) {
        (buffer + count).initialize(to: item)
        count += 1
    }

    /// A word-like token that is not an ASCII word without a final period. Only a
    /// non-ASCII token can hold a mark to split off (`“`, `’`, `«`).
    private mutating func appendToken(_ s: Int, _ e: Int, number: Bool) {
        if WordKey.isASCII(bytes, s, e) {
            appendWord(s, e, number: number)
        } else {
            appendSplitting(s, e, number: number)
        }
    }

    private mutating func appendSplitting(_ s: Int, _ e: Int, number: Bool) {
        var wordStart = s
        var i = s
        while i < e {
            let b = bytes[i]
            var markLength = 0
            if b == 0xE2, i + 3 <= e, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x9C || c == 0x9D || c == 0x98 || c == 0x93 || c == 0x94 || c == 0x95 || c == 0xA6 || c == 0x9E {
                    markLength = 3
                } else if c == 0x99 {
                    let inner = i > s && i + 3 < e && Self.isAlnum(bytes[i - 1]) && Self.isAlnumOrHigh(bytes[i + 3])
                    let plural = i > s && i + 3 == e && (bytes[i - 1] == 0x73)  // workers’
                    let elision = i == s && i + 3 < e && Self.isAlnum(bytes[i + 3]) && Self.isDigit(bytes[i + 3])  // ’90s
                    if !(inner || plural || elision) { markLength = 3 }
                }
            } else if b == 0xC2, i + 1 < e, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB || bytes[i + 1] == 0xA0 {
                markLength = 2
            }
            if markLength > 0 {
                if wordStart < i { appendWord(wordStart, i, number: number) }
                if !(b == 0xC2 && bytes[i + 1] == 0xA0) { appendPunctuation(i, i + markLength) }
                i += markLength
                wordStart = i
            } else {
                i += 1
            }
        }
        if wordStart < e { appendWord(wordStart, e, number: number) }
    }

    private mutating func appendWord(_ s: Int, _ e: Int, number: Bool) {
        // A tokenizer that keeps an abbreviation's period (`Sen.`) gets it split off
        // here, so titles and abbreviations read the same with any tokenizer; an
        // initialism with inner periods (`U.S.`) stays whole.
        if e - s >= 2, bytes[e - 1] == 0x2E, !number, !Self.containsPeriod(bytes, s, e - 1) {
            appendWord(s, e - 1, number: false)
            append(WordItem(start: Int32(e - 1), end: Int32(e), kind: .stop, capitalized: false, key: .none))
            return
        }
        appendWord(s, e, number: number, key: WordKey(bytes, s, e))
    }

    /// Appends a word or number item with its key.
    @inline(__always) private mutating func appendWord(_ s: Int, _ e: Int, number: Bool, key: WordKey) {
        let b = bytes[s]
        let kind: WordItem.Kind = number || Self.isDigit(b) ? .number : .word
        if count >= 2, !mayMerge {
            // `word`,joiner,`word` all touching: a candidate for `mergeJoined`.
            let joiner = buffer[count - 1], before = buffer[count - 2]
            if joiner.end == Int32(truncatingIfNeeded: s), before.end == joiner.start,
               before.kind == .word || before.kind == .number {
                let jb = bytes[Int(joiner.start)]
                if jb == 0x2D || jb == 0x27 || jb == 0x2E || jb == 0xE2 {
                    mayMerge = true
                    mergeFrom = count - 2
                }
            }
        }
        append(WordItem(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: e), kind: kind,
                        capitalized: b >= 0x41 && b <= 0x5A, key: key))
    }

    private static func containsPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e {
            if bytes[i] == 0x2E { return true }
            i += 1
        }
        return false
    }

    /// The item kind of an ASCII punctuation byte.
    @inline(__always) private static func asciiPunctuationKind(_ b: UInt8) -> WordItem.Kind {
        switch b {
        case 0x2C: .comma
        case 0x2E, 0x21, 0x3F: .stop
        case 0x3A: .colon
        case 0x3B: .semicolon
        case 0x2D: .dash
        case 0x28, 0x5B: .openParen
        case 0x29, 0x5D: .closeParen
        case 0x22, 0x27, 0x60: .mark
        default: .other
        }
    }

    private mutating func appendPunctuation(_ s: Int, _ e: Int) {
        let b = bytes[s]
        var kind: WordItem.Kind = .other
        switch b {
        case 0x00..<0x80: kind = Self.asciiPunctuationKind(b)
        case 0xC2: kind = .mark
        case 0xE2:
            if e - s >= 3 {
                switch bytes[s + 2] {
                case 0x93, 0x94, 0x95: kind = .dash
                case 0xA6: kind = .stop
                default: kind = .mark
                }
            }
        default: kind = .other
        }
        if kind == .other, Self.isAlnum(b) {
            appendWord(s, e, number: false)
            return
        }
        append(WordItem(start: Int32(s), end: Int32(e), kind: kind, capitalized: false, key: .none))
    }

    /// Merges `word`,`-`/`'`,`word` written without spaces into one word, and
    /// single-letter abbreviations (`U`,`.`,`S`,`.`) into `U.S.`, from item `start` on
    /// (the builder saw no touching word, joiner and word before it).
    private static func mergeJoined(_ items: inout [WordItem], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        // In place: merged items only shrink the list, so the write index never passes the read index.
        let first = max(0, min(start, items.count))
        let written = items.withUnsafeMutableBufferPointer { items in mergeJoined(items, bytes, first) }
        items.removeLast(items.count - written)
    }

    /// ``mergeJoined(_:_:from:)`` over the items' storage; returns how many items are kept.
    private static func mergeJoined(_ items: UnsafeMutableBufferPointer<WordItem>, _ bytes: UnsafeBufferPointer<UInt8>,
                                    _ first: Int) -> Int {
        var written = first
        var i = first
        while i < items.count {
            var cur = items[i]
            if cur.kind == .word || cur.kind == .number {
                var j = i + 1
                while j + 1 < items.count {
                    let joiner = items[j], next = items[j + 1]
                    guard joiner.start == cur.end, next.start == joiner.end,
                          next.kind == .word || next.kind == .number else { break }
                    let jb = bytes[Int(joiner.start)]
                    let isHyphen = joiner.kind == .dash && jb == 0x2D
                    let isApostrophe = jb == 0x27 || (joiner.kind == .mark && jb == 0xE2 && bytes[Int(joiner.start) + 2] == 0x99)
                    let isInitial = jb == 0x2E && cur.end - cur.start <= 3 && next.end - next.start == 1
                    guard isHyphen || isApostrophe || isInitial else { break }
                    cur.end = next.end
                    j += 2
                }
                // `U.S.`: keep the final period of an initialism.
                if j < items.count, j > i + 1, items[j].start == cur.end, bytes[Int(items[j].start)] == 0x2E,
                   bytes[Int(cur.start) + 1] == 0x2E {
                    cur.end = items[j].end
                    j += 1
                }
                if cur.end != items[i].end {
                    cur.key = WordKey(bytes, Int(cur.start), Int(cur.end))
                    if cur.kind == .number, !WordView.isDigit(bytes[Int(cur.start)]) { cur.kind = .word }
                }
                items[written] = cur
                written += 1
                i = j
            } else {
                items[written] = cur
                written += 1
                i += 1
            }
        }
        return written
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
    @inline(__always) static func isAlnumOrHigh(_ b: UInt8) -> Bool { isAlnum(b) || b >= 0x80 }
}
