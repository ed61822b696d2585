/// Capitalised words that commonly start an English sentence: pronouns,
/// determiners, conjunctions, prepositions and sentence adverbs. After an
/// abbreviation that can end a sentence (`U.S.`, `Inc.`, `J.`), the sentence ends
/// only if one of these follows; a name (`U.S. President`, `J. Smith`) does not split.
enum SentenceStarters {
    static let words: [String] = """
        The A An This That These Those It Its It's He She They We I You His Her Their Our My \
        There Here But And Or So Yet Nor However Meanwhile Moreover Furthermore Nevertheless \
        Also Still Then Now Thus Hence Instead Indeed Earlier Later Today Yesterday Tomorrow \
        Last Next In On At For From With Without By After Before During When Whenever While If \
        As Although Though Since Because Unless Until Once What Who Whom Whose Why How Where \
        Which Some Many Most Much More Few Several Other Others All Both Each Every Either \
        Neither No Not None One Two Three Four Five Another Such According Asked Under Over \
        Despite Among Between Analysts Officials Mr Mrs Ms Mr. Mrs. Ms.
        """.split(separator: " ").map(String.init)

    /// FNV-1a hashes of ``words``, with an all-capital form of each.
    private static let hashes: Set<UInt64> = {
        var set = Set<UInt64>()
        for w in words {
            for form in [w, w.uppercased()] {
                Array(form.utf8).withUnsafeBufferPointer { b in
                    if let base = b.baseAddress { set.insert(hash(base, 0, b.count)) }
                }
            }
        }
        return set
    }()

    private static func hash(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in start..<end { h = (h ^ UInt64(p[i])) &* 0x100_0000_01B3 }
        return h
    }

    /// Whether `p[start..<end]` is a listed starter.
    static func contains(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start <= 16 && hashes.contains(hash(p, start, end))
    }
}
