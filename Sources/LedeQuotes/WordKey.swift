/// A 64-bit key of a word's case-folded bytes, so lexicon look-ups compare integers
/// instead of allocating strings. ASCII letters fold to lower case and the curly
/// apostrophe `’` folds to `'`; other bytes are kept.
///
/// The folded bytes are hashed eight at a time (little-endian words, the last one
/// zero-padded, then the length): an ASCII word of up to eight bytes costs one load,
/// one case fold of all eight bytes at once and two multiplications.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    // Computed, not stored: a stored `static let` is read through a lazy-initialisation check.
    @inline(__always) private static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always) private static var multiplier: UInt64 { 0x9E37_79B9_7F4A_7C15 }
    @inline(__always) private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The key of `bytes[start..<end]`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        value = Self.hash(bytes, start, end)
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

    /// A key that no word has (the empty word). Computed (folded to a constant), not a
    /// stored `static let`, which is read through a lazy-initialisation check.
    @inline(__always) static var none: WordKey { WordKey(value: finish(seed, length: 0)) }

    @inline(__always) private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* multiplier
        return x ^ (x >> 29)
    }

    @inline(__always) private static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var x = (h ^ UInt64(truncatingIfNeeded: length)) &* multiplier
        x ^= x >> 32
        x = x &* 0xD6E8_FEB8_6659_FD93
        return x ^ (x >> 29)
    }

    /// Lower-cases the ASCII capitals of eight bytes that are all below 0x80.
    @inline(__always) private static func foldASCII(_ x: UInt64) -> UInt64 {
        let atLeastA = x &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where byte >= 0x41
        let pastZ = x &+ 0x2525_2525_2525_2525     // high bit set where byte >= 0x5B
        let upper = atLeastA & ~pastZ & highBits
        return x | (upper >> 2)
    }

    /// Whether the bytes `start..<end` are all ASCII (below 0x80).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = start
        while i + 8 <= end {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & highBits != 0 { return false }
            i += 8
        }
        while i < end {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        if let h = asciiHash(bytes, start, end) { return h }
        guard let base = bytes.baseAddress else { return finish(seed, length: 0) }
        return slowHash(base, start, end)
    }

    /// The key of `bytes[start..<end]` when those bytes are all ASCII, else nil.
    @inline(__always)
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordKey? {
        asciiHash(bytes, start, end).map { WordKey(value: $0) }
    }

    @inline(__always)
    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        guard let base = bytes.baseAddress, start < end else { return finish(seed, length: 0) }
        var h = seed
        var i = start
        var any: UInt64 = 0
        // Whole 8-byte loads while they stay inside the buffer.
        while i + 8 <= end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            any |= x
            h = mix(h, foldASCII(x & ~highBits))
            i += 8
        }
        if i < end {
            let n = end - i
            var x: UInt64 = 0
            if i + 8 <= bytes.count {
                x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & (UInt64.max &>> UInt64(64 - 8 * n))
            } else {
                var k = n - 1
                while k >= 0 { x = (x << 8) | UInt64(base[i + k]); k -= 1 }
            }
            any |= x
            h = mix(h, foldASCII(x & ~highBits))
        }
        return any & highBits == 0 ? finish(h, length: end - start) : nil
    }

    /// Any bytes: folds byte by byte (`’` → `'`), packing the folded bytes eight at a
    /// time exactly as the ASCII path does, so both give the same key for the same word.
    private static func slowHash(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        var chunk: UInt64 = 0
        var filled: UInt64 = 0
        var length = 0
        var i = start
        while i < end {
            var b = base[i]
            if b == 0xE2, i + 2 < end, base[i + 1] == 0x80, base[i + 2] == 0x99 {
                b = 0x27
                i += 2
            } else if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            }
            chunk |= UInt64(b) << (8 * filled)
            filled += 1
            length += 1
            if filled == 8 {
                h = mix(h, chunk)
                chunk = 0
                filled = 0
            }
            i += 1
        }
        if filled > 0 { h = mix(h, chunk) }
        return finish(h, length: length)
    }
}
