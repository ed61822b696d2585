/// Converts UTF-8 byte offsets of one document to Unicode code-point offsets, the
/// offsets the output contract uses (Python `str` indices).
///
/// Built once per document; ASCII-only documents map offsets unchanged. Otherwise a
/// checkpoint every 64 bytes bounds each lookup to a short scan.
public struct OffsetMap: Sendable {
    private let bytes: [UInt8]
    private let checkpoints: [Int]   // code points before byte i*64
    private let isASCII: Bool

    /// Builds the map for a document's bytes.
    ///
    /// Counts eight bytes at a time: a byte starts a code point unless it is a
    /// continuation byte (`10xxxxxx`), and the continuation bytes of a word are one
    /// popcount. Every output line needs this map, so it is on the hot path.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let high: UInt64 = 0x8080_8080_8080_8080
        var anyHigh: UInt64 = 0
        var points: [Int] = []
        points.reserveCapacity(bytes.count / 64 + 2)
        var count = 0
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 64 <= n {
                points.append(count)
                var continuation = 0
                for k in 0..<8 {
                    let w = raw.loadUnaligned(fromByteOffset: i + k * 8, as: UInt64.self)
                    anyHigh |= w
                    continuation += (w & high & ~(w << 1)).nonzeroBitCount
                }
                count += 64 - continuation
                i += 64
            }
            if i < n { points.append(count) }
            while i < n {
                let b = raw[i]
                anyHigh |= UInt64(b)
                if b & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
        }
        points.append(count)
        let ascii = anyHigh & high == 0
        self.isASCII = ascii
        self.checkpoints = ascii ? [] : points
    }

    /// Builds the map for a document.
    public init(_ document: Document) { self.init(bytes: document.bytes) }

    /// The code-point offset of byte offset `byte` (clamped to the text).
    public func codePoint(_ byte: Int) -> Int {
        let b = Swift.max(0, Swift.min(byte, bytes.count))
        if isASCII { return b }
        let block = b >> 6
        var i = block << 6
        var count = checkpoints[block] + (b - i)
        // Subtract the continuation bytes (10xxxxxx) before `b`, eight bytes at a time.
        bytes.withUnsafeBytes { raw in
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= b {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                count -= (w & high & ~(w << 1)).nonzeroBitCount
                i += 8
            }
            while i < b {
                if raw[i] & 0xC0 == 0x80 { count -= 1 }
                i += 1
            }
        }
        return count
    }
}
