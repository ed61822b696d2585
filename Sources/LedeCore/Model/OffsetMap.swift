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
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var ascii = true
        var points: [Int] = []
        points.reserveCapacity(bytes.count / 64 + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                if i & 63 == 0 { points.append(count) }
                let b = buf[i]
                if b >= 0x80 { ascii = false }
                if b & 0xC0 != 0x80 { count += 1 }
            }
        }
        points.append(count)
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
        var count = checkpoints[block]
        var i = block << 6
        while i < b {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
