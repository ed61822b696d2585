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

    @inline(never)  // one symbol in profiles (Docs/Performance.md measures this stage)
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer, paragraphs: [Span], quotes: [FoundQuote]) {
        self.bytes = bytes
        items = WordViewBuilder.items(bytes, tokens)
        assignQuotes(quotes)
        markSentences(paragraphs, quotes)
    }

    var count: Int { items.count }

    /// ``firstIndex(atOrAfter:)`` when every item before `lower` starts before `byte`:
    /// gallops forward from `lower`, so walking sorted offsets costs little per step.
    func firstIndex(atOrAfter byte: Int, from lower: Int) -> Int {
        let b = Int32(truncatingIfNeeded: byte)
        var lo = min(max(lower, 0), items.count)
        var step = 1
        var hi = lo
        while hi < items.count && items[hi].start < b {
            lo = hi + 1
            hi += step
            step <<= 1
        }
        hi = min(hi, items.count)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if items[mid].start < b { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

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
    @inline(__always) func isPossessive(_ i: Int) -> Bool {
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

    /// Paragraph of each item and sentence starts: a paragraph's first item starts a
    /// sentence, and so does an item after a sentence-ending stop (or a stop and a
    /// closing mark) unless it is lower case or punctuation. Paragraphs are filled as
    /// item ranges (binary search for their ends); the sentence scan looks only at stops.
    private mutating func markSentences(_ paragraphs: [Span], _ quotes: [FoundQuote]) {
        let abbreviations = WordClasses.shared.abbreviations
        let n = items.count
        var starts = [Bool](repeating: false, count: n)
        var paragraphOf = [Int32](repeating: 0, count: n)
        items.withUnsafeBufferPointer { items in
            quote.withUnsafeBufferPointer { quote in
                starts.withUnsafeMutableBufferPointer { sentenceStart in
                    paragraphOf.withUnsafeMutableBufferPointer { paragraph in
                        var p = 0
                        var a = 0
                        while a < n {
                            // The paragraph of item `a`, then the items before the next paragraph's start.
                            while p + 1 < paragraphs.count && Int(items[a].start) >= paragraphs[p + 1].start { p += 1 }
                            var b = n
                            if p + 1 < paragraphs.count {
                                let limit = Int32(truncatingIfNeeded: paragraphs[p + 1].start)
                                var lo = a + 1
                                b = n
                                while lo < b {
                                    let mid = (lo + b) >> 1
                                    if items[mid].start < limit { lo = mid + 1 } else { b = mid }
                                }
                            }
                            for i in a..<b { paragraph[i] = Int32(truncatingIfNeeded: p) }
                            sentenceStart[a] = true
                            var lastStop = -1  // index of the last sentence-ending stop
                            var i = a + 1
                            while i < b {
                                let it = items[i]
                                if lastStop == i - 1 {
                                    let opensQuote = quote[i] >= 0 && Int(it.start) == quotes[Int(quote[i])].outer.start
                                    if it.kind == .mark && !opensQuote {
                                        lastStop = i  // `.”` : the sentence ends after the mark
                                        i += 1
                                        continue
                                    }
                                    let lower = it.kind == .comma || it.kind == .stop || it.kind == .closeParen
                                        || (it.kind == .word && bytes[Int(it.start)] >= 0x61 && bytes[Int(it.start)] <= 0x7A)
                                    if !lower { sentenceStart[i] = true }
                                }
                                if it.kind == .stop {
                                    var ends = true
                                    if bytes[Int(it.start)] == 0x2E, items[i - 1].end == it.start, items[i - 1].kind == .word {
                                        let prev = items[i - 1]
                                        if abbreviations.contains(prev.key) || (prev.end - prev.start == 1 && prev.capitalized) { ends = false }
                                    }
                                    lastStop = ends ? i : -1
                                }
                                i += 1
                            }
                            a = b
                        }
                    }
                }
            }
        }
        sentenceStart = starts
        paragraph = paragraphOf
    }

    private mutating func assignQuotes(_ quotes: [FoundQuote]) {
        var owner = [Int32](repeating: -1, count: items.count)
        items.withUnsafeBufferPointer { items in
            owner.withUnsafeMutableBufferPointer { owner in
                var first = 0  // quotes are sorted by start, so their first items ascend
                for (q, found) in quotes.enumerated() {
                    first = firstIndex(atOrAfter: found.outer.start, from: first)
                    var i = first
                    while i < items.count && Int(items[i].start) < found.outer.end {
                        owner[i] = Int32(q)
                        i += 1
                    }
                }
            }
        }
        quote = owner
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
