import LedeCore

/// The document as the attributor reads it: words and punctuation derived from the
/// pipeline's ``TokenBuffer``, with sentence starts, paragraph numbers and which quote
/// (if any) each item belongs to.
///
/// Tokens are normalised so the attributor works with any tokenizer honouring the
/// documented API: quote marks and dashes glued to a word are split off, and words
/// joined by a touching hyphen or apostrophe (`Jae`,`-`,`myung`) are merged.
struct WordView {
    private(set) var items: [WordItem] = []
    /// Whether item `i` starts a sentence.
    private(set) var sentenceStart: [Bool] = []
    /// Paragraph index of each item.
    private(set) var paragraph: [Int32] = []
    /// Index into the found quotes of the quote covering each item (marks included), or -1.
    private(set) var quote: [Int32] = []

    let bytes: UnsafeBufferPointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer, paragraphs: [Span], quotes: [FoundQuote]) {
        self.bytes = bytes
        items.reserveCapacity(tokens.count + 16)
        for t in tokens.indices {
            let s = Int(tokens.starts[t]), e = Int(tokens.ends[t])
            guard s < e, e <= bytes.count else { continue }
            switch tokens.kinds[t] {
            case .word, .number, .hashtag, .mention:
                appendSplitting(s, e, number: tokens.kinds[t] == .number)
            case .url, .email:
                items.append(WordItem(start: Int32(s), end: Int32(e), kind: .other, capitalized: false, key: .none))
            default:
                appendPunctuation(s, e)
            }
        }
        mergeJoined()
        assignQuotes(quotes)
        markSentences(paragraphs, quotes)
    }

    var count: Int { items.count }

    /// Index of the first item starting at or after `byte`.
    func firstIndex(atOrAfter byte: Int) -> Int {
        var lo = 0, hi = items.count
        let b = Int32(truncatingIfNeeded: byte)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if items[mid].start < b { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether the word at `i` is lower case (starts with a lower-case ASCII letter).
    func isLowercaseWord(_ i: Int) -> Bool {
        guard i >= 0, i < items.count, items[i].kind == .word else { return false }
        let b = bytes[Int(items[i].start)]
        return b >= 0x61 && b <= 0x7A
    }

    /// Whether the word at `i` ends in a possessive `'s`, `’s` or `s'`.
    func isPossessive(_ i: Int) -> Bool {
        let it = items[i]
        let s = Int(it.start), e = Int(it.end)
        guard it.kind == .word, e - s >= 3 else { return false }
        if bytes[e - 1] == 0x73 || bytes[e - 1] == 0x53 {
            if bytes[e - 2] == 0x27 { return true }
            if e - s >= 5, bytes[e - 2] == 0x99, bytes[e - 3] == 0x80, bytes[e - 4] == 0xE2 { return true }
        }
        if bytes[e - 1] == 0x27 { return true }
        if bytes[e - 1] == 0x99, bytes[e - 2] == 0x80, bytes[e - 3] == 0xE2 { return true }
        return false
    }

    /// The first byte of item `i`.
    func firstByte(_ i: Int) -> UInt8 { bytes[Int(items[i].start)] }

    // MARK: building

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
        if e - s >= 2, bytes[e - 1] == 0x2E, !bytes[s..<(e - 1)].contains(0x2E), !number {
            appendWord(s, e - 1, number: false)
            items.append(WordItem(start: Int32(e - 1), end: Int32(e), kind: .stop, capitalized: false, key: .none))
            return
        }
        let b = bytes[s]
        let kind: WordItem.Kind = number || Self.isDigit(b) ? .number : .word
        items.append(WordItem(start: Int32(s), end: Int32(e), kind: kind, capitalized: b >= 0x41 && b <= 0x5A,
                              key: WordKey(bytes, s, e)))
    }

    private mutating func appendPunctuation(_ s: Int, _ e: Int) {
        let b = bytes[s]
        var kind: WordItem.Kind = .other
        switch b {
        case 0x2C: kind = .comma
        case 0x2E, 0x21, 0x3F: kind = .stop
        case 0x3A: kind = .colon
        case 0x3B: kind = .semicolon
        case 0x2D: kind = .dash
        case 0x28, 0x5B: kind = .openParen
        case 0x29, 0x5D: kind = .closeParen
        case 0x22, 0x27, 0x60: kind = .mark
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
        items.append(WordItem(start: Int32(s), end: Int32(e), kind: kind, capitalized: false, key: .none))
    }

    /// Merges `word`,`-`/`'`,`word` written without spaces into one word, and
    /// single-letter abbreviations (`U`,`.`,`S`,`.`) into `U.S.`.
    private mutating func mergeJoined() {
        // In place: merged items only shrink the list, so the write index never passes the read index.
        var written = 0
        var i = 0
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
                    if cur.kind == .number, !Self.isDigit(bytes[Int(cur.start)]) { cur.kind = .word }
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
        items.removeLast(items.count - written)
    }

    private mutating func markSentences(_ paragraphs: [Span], _ quotes: [FoundQuote]) {
        let classes = WordClasses.shared
        sentenceStart = [Bool](repeating: false, count: items.count)
        paragraph = [Int32](repeating: 0, count: items.count)
        var p = 0
        var lastStop = -1  // index of the last sentence-ending stop, or -1
        for i in items.indices {
            let it = items[i]
            var newParagraph = i == 0
            while p + 1 < paragraphs.count && Int(it.start) >= paragraphs[p + 1].start {
                p += 1
                newParagraph = true
            }
            paragraph[i] = Int32(p)
            if newParagraph {
                sentenceStart[i] = true
                lastStop = -1
                continue
            }
            let opensQuote = quote[i] >= 0 && Int(it.start) == quotes[Int(quote[i])].outer.start
            if it.kind == .mark && lastStop == i - 1 && !opensQuote {
                lastStop = i  // `.”` : the sentence ends after the mark
                continue
            }
            if lastStop >= 0 && lastStop == i - 1 {
                let lower = isLowercaseWord(i) || it.kind == .comma || it.kind == .stop || it.kind == .closeParen
                if !lower { sentenceStart[i] = true }
            }
            lastStop = -1
            if it.kind == .stop {
                let b = bytes[Int(it.start)]
                var ends = true
                if b == 0x2E, i > 0, items[i - 1].end == it.start, items[i - 1].kind == .word {
                    let prev = items[i - 1]
                    let len = prev.end - prev.start
                    if classes.abbreviations.contains(prev.key) || (len == 1 && prev.capitalized) { ends = false }
                }
                if ends { lastStop = i }
            }
        }
    }

    private mutating func assignQuotes(_ quotes: [FoundQuote]) {
        quote = [Int32](repeating: -1, count: items.count)
        for (q, found) in quotes.enumerated() {
            var i = firstIndex(atOrAfter: found.outer.start)
            while i < items.count && Int(items[i].start) < found.outer.end {
                quote[i] = Int32(q)
                i += 1
            }
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
    @inline(__always) static func isAlnumOrHigh(_ b: UInt8) -> Bool { isAlnum(b) || b >= 0x80 }
}
