/// Decoding one UTF-8 scalar from raw bytes without trusting them.
enum UTF8Scalar {
    /// The value returned for a byte that does not start a well-formed sequence.
    static let invalid: UInt32 = 0xFFFF_FFFF

    /// The scalar starting at `p[i]` (`i < n`) and its length; ``invalid`` and 1 for
    /// a byte that does not start a well-formed sequence (overlong, surrogate,
    /// truncated or out of range).
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        @inline(__always) func cont(_ j: Int) -> UInt32? {
            guard j < n, p[j] & 0xC0 == 0x80 else { return nil }
            return UInt32(p[j] & 0x3F)
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(i + 1) else { break }
            return ((b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = cont(i + 1), let c2 = cont(i + 2) else { break }
            if b0 == 0xE0 && c1 < 0x20 || b0 == 0xED && c1 >= 0x20 { break }
            return ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            guard let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) else { break }
            if b0 == 0xF0 && c1 < 0x10 || b0 == 0xF4 && c1 >= 0x10 { break }
            return ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default: break
        }
        return (invalid, 1)
    }
}
