/// Converts UTF-8 byte offsets of one document to Unicode code-point offsets, the
/// offsets the output contract uses (Python `str` indices).
///
/// Built once per document; ASCII-only documents map offsets unchanged. Otherwise a
/// table gives the code points before each 32-byte block, so a lookup is one table
/// read, at most three popcounts and a scan of at most seven bytes.
public struct OffsetMap: Sendable {
    private let bytes: [UInt8]
    /// Code points before byte `i * 32`; empty for an ASCII document.
    private let before: [Int]
    private let isASCII: Bool

    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Builds the map for a document's bytes.
    ///
    /// A byte starts a code point unless it is a continuation byte (`10xxxxxx`), and
    /// the continuation bytes of a word are one popcount. Every output line needs this
    /// map, so it is on the hot path: an ASCII document costs one OR per word, and
    /// the check stops at the first non-ASCII byte.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let ascii = bytes.withUnsafeBytes { raw -> Bool in
            let n = raw.count
            var any: UInt64 = 0
            var i = 0
            while i + 32 <= n {
                any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                if any & Self.high != 0 { return false }
                i += 32
            }
            while i < n {
                any |= UInt64(raw[i])
                i += 1
            }
            return any & Self.high == 0
        }
        self.isASCII = ascii
        guard !ascii else {
            self.before = []
            return
        }
        let blocks = bytes.count / 32 + 1
        self.before = bytes.withUnsafeBytes { raw in
            [Int](unsafeUninitializedCapacity: blocks) { table, initialized in
                var count = 0
                for k in 0..<(blocks - 1) {
                    table[k] = count
                    var continuation = 0
                    for w in 0..<4 {
                        let x = raw.loadUnaligned(fromByteOffset: k * 32 + w * 8, as: UInt64.self)
                        continuation += (x & Self.high & ~(x << 1)).nonzeroBitCount
                    }
                    count += 32 - continuation
                }
                table[blocks - 1] = count
                initialized = blocks
            }
        }
    }

    /// Builds the map for a document.
    public init(_ document: Document) { self.init(bytes: document.bytes) }

    /// The code-point offset of byte offset `byte` (clamped to the text).
    public func codePoint(_ byte: Int) -> Int {
        let b = Swift.max(0, Swift.min(byte, bytes.count))
        if isASCII { return b }
        let block = b >> 5
        var count = before[block]
        // Add the code points that start in the block before `b`: whole words by
        // popcount, then the last few bytes.
        bytes.withUnsafeBytes { raw in
            var i = block << 5
            while i + 8 <= b {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                count += 8 - (x & Self.high & ~(x << 1)).nonzeroBitCount
                i += 8
            }
            while i < b {
                if raw[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
        }
        return count
    }
}
