/// Kinds of start a built-in pattern can have (see ``StartRule``): which patterns a
/// byte may begin, and which of them the byte before it still allows.
struct CandidateKinds: OptionSet, Sendable {
    let rawValue: UInt16

    static let acronym = CandidateKinds(rawValue: 1 << 0)
    static let quantity = CandidateKinds(rawValue: 1 << 1)
    /// `money`'s currency-symbol branch (no lookbehind).
    static let moneySymbol = CandidateKinds(rawValue: 1 << 2)
    /// `money`'s amount-first branch, `(?<![\w.,])`.
    static let moneyAmount = CandidateKinds(rawValue: 1 << 3)
    static let percent = CandidateKinds(rawValue: 1 << 4)
    static let date = CandidateKinds(rawValue: 1 << 5)
    static let time = CandidateKinds(rawValue: 1 << 6)
    static let hashtag = CandidateKinds(rawValue: 1 << 8)
    static let mention = CandidateKinds(rawValue: 1 << 9)
    static let wireID = CandidateKinds(rawValue: 1 << 10)
}

/// One pass over a document listing every position where some built-in pattern may
/// start, with the kinds it may start there, in text order. Two 256-entry tables
/// drive it: the kinds a byte can begin (`first`), and the kinds that may still
/// begin right after a byte (`after`, from the patterns' leading lookbehinds: no
/// number starts right after a letter, no acronym after `&`). A byte of a multibyte
/// character allows everything: whether it is a letter is left to PCRE2.
struct StartCandidates {
    private(set) var positions: [Int] = []
    private(set) var kinds: [CandidateKinds] = []

    /// Refills the lists for `bytes`, keeping their storage. Eight bytes at a time, a
    /// word-wide test skips those holding no byte that can begin a candidate (no
    /// capital, digit, `#`, `$`, `+`, `-`, `@` or non-ASCII byte), which is most of them.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        positions.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        Self.tables.withUnsafeBufferPointer { tables in
            @inline(__always) func visit(_ index: Int) {
                let byte = Int(base[index])
                var found = tables[byte]
                if found.isEmpty { return }
                if index > 0 { found.formIntersection(tables[256 + Int(base[index - 1])]) }
                if !found.isEmpty {
                    positions.append(index)
                    kinds.append(found)
                }
            }
            var index = 0
            while index + 8 <= count {
                var hits = Self.interesting(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian)
                while hits != 0 {
                    visit(index + hits.trailingZeroBitCount >> 3)
                    hits &= hits - 1
                }
                index += 8
            }
            while index < count {
                visit(index)
                index += 1
            }
        }
    }

    /// The high bit of each byte of `word` that may begin a candidate: a non-ASCII byte,
    /// `#`, `$`, `+`, `-`, a digit, `@` or a capital (SWAR: no carry crosses a byte, so
    /// the test is exact for every byte).
    @inline(__always) private static func interesting(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let nonASCII = word & high
        let low = word & ~high  // 7-bit bytes
        /// Bytes `b` with `m < b < n` (both ASCII).
        @inline(__always) func between(_ m: UInt64, _ n: UInt64) -> UInt64 {
            (ones &* (127 &+ n) &- low) & ~low & (low &+ ones &* (127 &- m)) & high
        }
        /// Bytes equal to `c`.
        @inline(__always) func equal(_ c: UInt64) -> UInt64 {
            let x = low ^ (ones &* c)
            return (x &- ones) & ~x & high
        }
        return nonASCII | between(0x22, 0x25) | equal(0x2B) | equal(0x2D) | between(0x2F, 0x3A) | between(0x3F, 0x5B)
    }

    /// `first` (256 entries) then `after` (256 entries).
    private static let tables: [CandidateKinds] = {
        var first = [CandidateKinds](repeating: [], count: 256)
        var after = [CandidateKinds](repeating: CandidateKinds(rawValue: 0xFFFF), count: 256)
        func ascii(_ characters: String) -> [Int] { characters.utf8.map(Int.init) }
        let digits = ascii("0123456789"), upper = ascii("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let word = digits + upper + ascii("abcdefghijklmnopqrstuvwxyz_")

        for byte in upper { first[byte].insert([.acronym, .wireID]) }
        for byte in ascii("JFMASOND") { first[byte].insert(.date) }
        for byte in ascii("UACH$") + [0xC2, 0xE2] { first[byte].insert(.moneySymbol) }
        for byte in digits { first[byte].insert([.quantity, .moneyAmount, .percent, .date, .time]) }
        for byte in ascii("-+") { first[byte].insert(.percent) }
        first[Int(UInt8(ascii: "#"))].insert(.hashtag)
        first[Int(UInt8(ascii: "@"))].insert(.mention)

        // The leading lookbehinds: a kind is removed after each ASCII byte it excludes.
        let excluded: [(CandidateKinds, [Int])] = [
            (.acronym, word + ascii("&")),                 // (?<![\w&.]) … | (?<![\w&])
            (.quantity, word + ascii(".,/$-")),            // (?<![\w.,/$£€¥₩-])
            (.moneyAmount, word + ascii(".,")),            // (?<![\w.,])
            (.percent, word + ascii(".,")),                // (?<![\w.,])
            (.date, word + ascii(".")),                    // (?<![\w.])
            (.time, word + ascii(".:")),                   // (?<![\w.:])
            (.hashtag, word + ascii("&#")),                // (?<![\w&#])
            (.mention, word + ascii("@.")),                // (?<![\w@.])
            (.wireID, word),                               // (?<!\w)
        ]
        for (kind, bytes) in excluded {
            for byte in bytes { after[byte].remove(kind) }
        }
        return first + after
    }()
}
