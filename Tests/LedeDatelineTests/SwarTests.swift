@testable import LedeDateline
import Testing

/// The eight-byte tests the head scanner uses must agree with byte-by-byte tests for
/// every byte value in every lane, whatever its neighbours.
@Suite struct SwarTests {
    @Test func laneTestsAgreeWithByteTests() {
        for value in 0...255 {
            for lane in 0..<8 {
                for filler: UInt8 in [0x00, 0x20, 0x61, 0x7A, 0x7B, 0x80, 0xFF] {
                    var w: UInt64 = 0
                    for k in 0..<8 { w |= UInt64(k == lane ? UInt8(value) : filler) << (8 * k) }
                    let bit: UInt64 = 0x80 << (8 * lane)
                    let b = UInt8(value)
                    #expect((Swar.equal(w, 0x20) & bit != 0) == (b == 0x20))
                    #expect((Swar.equal(w, UInt8(ascii: "P")) & bit != 0) == (b == UInt8(ascii: "P")))
                    #expect((Swar.inRange(w, 0x61, 0x7A) & bit != 0) == (b >= 0x61 && b <= 0x7A))
                }
            }
        }
    }
}
