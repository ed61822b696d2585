/// Re-indents compact JSON bytes. The encoder writes compact JSON only; pretty output
/// is a re-layout of those bytes, so both formats hold exactly the same values.
enum JSONPrettyPrinter {
    /// `json` laid out with two spaces per level, starting at `level`.
    static func indent(_ json: [UInt8], level: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count * 2)
        var depth = level
        var inString = false
        var escaped = false
        var i = 0
        func newline(_ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
        while i < json.count {
            let byte = json[i]
            defer { i += 1 }
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: // "
                inString = true
                out.append(byte)
            case 0x7B, 0x5B: // { [
                out.append(byte)
                let closer: UInt8 = byte == 0x7B ? 0x7D : 0x5D
                if i + 1 < json.count, json[i + 1] == closer {
                    out.append(closer) // {} and [] stay on one line
                    i += 1
                } else {
                    depth += 1
                    newline(depth)
                }
            case 0x7D, 0x5D: // } ]
                depth -= 1
                newline(depth)
                out.append(byte)
            case 0x2C: // ,
                out.append(byte)
                newline(depth)
            case 0x3A: // :
                out.append(byte)
                out.append(0x20)
            default:
                out.append(byte)
            }
        }
        return out
    }
}
