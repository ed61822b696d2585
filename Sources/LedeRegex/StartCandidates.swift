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
final class StartCandidates {
    /// Candidate positions and their kinds, `count` of each.
    private(set) var positions: UnsafeMutablePointer<UInt32>
    private(set) var kinds: UnsafeMutablePointer<CandidateKinds>
    private(set) var count = 0
    private var capacity = 0

    init() {
        positions = .allocate(capacity: 0)
        kinds = .allocate(capacity: 0)
    }

    deinit {
        positions.deallocate()
        kinds.deallocate()
    }

    /// Whether ``scan(_:)`` can index `bytes` (positions are 32-bit).
    static func canScan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.count < Int(UInt32.max) }

    /// Room for `extra` more entries.
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(1024, (count + extra) * 2)
        let newPositions = UnsafeMutablePointer<UInt32>.allocate(capacity: newCapacity)
        let newKinds = UnsafeMutablePointer<CandidateKinds>.allocate(capacity: newCapacity)
        newPositions.moveInitialize(from: positions, count: count)
        newKinds.moveInitialize(from: kinds, count: count)
        positions.deallocate()
        kinds.deallocate()
        positions = newPositions
        kinds = newKinds
        capacity = newCapacity
    }

    /// Refills the lists for `bytes` (``canScan(_:)`` must hold), keeping their storage.
    /// Eight bytes at a time, a word-wide test skips those holding no byte that can
    /// begin a candidate (no capital, digit, `#`, `$`, `+`, `-`, `@` or non-ASCII
    /// byte), which is most of them.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = 0
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        Self.tables.withUnsafeBufferPointer { tables in
            let first = tables.baseAddress.unsafelyUnwrapped, after = first + 256
            var index = 0
            while index < n {
                var hits: UInt64
                let wordStart = index
                if index + 8 <= n {
                    hits = Self.interesting(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian)
                    index += 8
                    if hits == 0 { continue }
                } else {
                    hits = 0x80  // the tail, one byte at a time
                    index += 1
                }
                reserve(8)
                while hits != 0 {
                    let at = wordStart + hits.trailingZeroBitCount >> 3
                    hits &= hits - 1
                    var found = first[Int(base[at])]
                    if found.isEmpty { continue }
                    if at > 0 { found.formIntersection(after[Int(base[at - 1])]) }
                    if !found.isEmpty {
                        positions[count] = UInt32(truncatingIfNeeded: at)
                        kinds[count] = found
                        count += 1
                    }
                }
            }
        }
    }

    /// The high bit of each byte of `word` that may begin a candidate: a non-ASCII
    /// byte, `#`, `$`, `+`, `-`, a digit, `@` or a capital. SWAR: the range tests carry
    /// no borrow across bytes and are exact; the equality tests may also mark a byte
    /// next to a hit (never miss one), which the tables then drop.
    @inline(__always) private static func interesting(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
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
        // Every non-ASCII byte is kept (the lead bytes of £ ¥ € ₩ among them): cheaper
        // than testing for the two lead bytes, and the table drops the rest.
        return word & high | between(0x22, 0x25) | equal(0x2B) | equal(0x2D) | between(0x2F, 0x3A) | between(0x3F, 0x5B)
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
