/// A 64-bit key of a word's case-folded bytes, so lexicon look-ups compare integers
/// instead of allocating strings. ASCII letters fold to lower case and the curly
/// apostrophe `’` folds to `'`; other bytes are kept.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of `bytes[start..<end]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var h = Self.offset
        var i = start
        while i < end {
            var b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                b = 0x27
                i += 2
            } else if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            }
            h = (h ^ UInt64(b)) &* Self.prime
            i += 1
        }
        value = h
    }

    /// The key of a string (for building lexicons).
    init(_ text: String) {
        var utf8 = Array(text.utf8)
        let count = utf8.count
        value = utf8.withUnsafeMutableBufferPointer { buf in
            WordKey(UnsafeBufferPointer(buf), 0, count).value
        }
    }

    private init(value: UInt64) { self.value = value }

    /// A key from a precomputed value (combined keys of several words).
    init(raw: UInt64) { self.value = raw }

    /// A key that no word has (the empty word).
    static let none = WordKey(value: offset)
}
