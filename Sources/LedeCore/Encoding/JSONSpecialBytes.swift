/// Finds the bytes a JSON string cannot hold as they are: control characters (below
/// 0x20), `"` and `\`. Shared by the output writer (where escaping must start) and
/// the JSONL reader (where a plain run of string bytes ends).
public enum JSONSpecialBytes {
    /// The index of the first byte in `from..<count` of `base` that is below 0x20,
    /// `"` or `\`, or `count` if there is none.
    ///
    /// Thirty-two bytes per step with 16-byte vector compares while no such byte is
    /// near, then eight bytes per step to find the exact one: a byte below 0x20, or
    /// equal to 0x22 or 0x5C after XOR, is found by the borrow of subtracting 0x20 or
    /// 0x01 from each byte (a borrow can only mark a byte after a true hit, so the
    /// lowest mark is exact).
    public static func first(in base: UnsafePointer<UInt8>, from start: Int, count n: Int) -> Int {
        var i = start
        let raw = UnsafeRawPointer(base)
        let quote = SIMD16<UInt8>(repeating: 0x22), slash = SIMD16<UInt8>(repeating: 0x5C)
        let space = SIMD16<UInt8>(repeating: 0x20)
        while i &+ 32 <= n {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i &+ 16, as: SIMD16<UInt8>.self)
            if any((a .== quote) .| (a .== slash) .| (a .< space) .| (b .== quote) .| (b .== slash) .| (b .< space)) {
                break
            }
            i &+= 32
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i &+ 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            let q = w ^ (ones &* 0x22), s = w ^ (ones &* 0x5C)
            let hit = ((w &- ones &* 0x20) & ~w | (q &- ones) & ~q | (s &- ones) & ~s) & high
            if hit != 0 { return i &+ hit.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n {
            let b = base[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return i }
            i &+= 1
        }
        return n
    }
}
