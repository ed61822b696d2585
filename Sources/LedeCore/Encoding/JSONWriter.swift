/// Appends compact JSON to a byte buffer: no intermediate strings, no reflection.
/// Used for every output line, so it sits on the hot path.
public struct JSONWriter: Sendable {
    /// The JSON written so far (UTF-8).
    public var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    private var pendingKey = false

    /// Creates an empty writer.
    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            return
        }
        if let last = needsComma.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
        }
    }

    /// Opens an object.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows must not add a comma of its own.
        pendingKey = true
    }

    /// Writes a key given as its encoded bytes (`"name":`, see ``EncodedKey``).
    mutating func key(_ encoded: EncodedKey) {
        separate()
        bytes.append(contentsOf: encoded.bytes)
        pendingKey = true
    }

    private mutating func valuePrefix() { separate() }

    /// Writes `null`.
    public mutating func null() {
        valuePrefix()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    /// Writes a Boolean.
    public mutating func bool(_ value: Bool) {
        valuePrefix()
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        valuePrefix()
        if value >= 0 && value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + value))
            return
        }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[n] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            while n > 0 {
                n -= 1
                bytes.append(buf[n])
            }
        }
    }

    /// Writes a floating-point number (non-finite values as `null`).
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        valuePrefix()
        bytes.append(contentsOf: Array(value.description.utf8))
    }

    /// Writes a string, escaping quotes, backslashes and control characters.
    public mutating func string(_ value: String) {
        valuePrefix()
        appendString(value)
    }

    /// Writes a string given as UTF-8 bytes (a slice of a document).
    public mutating func string(utf8 value: ArraySlice<UInt8>) {
        valuePrefix()
        appendEscaped(value)
    }

    /// Writes `value` or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes `value` or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes any ``JSONValue``.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for m in members {
                key(m.key)
                self.value(m.value)
            }
            endObject()
        }
    }

    /// Appends raw, already valid JSON text (used to splice in pre-encoded values).
    public mutating func raw(_ json: [UInt8]) {
        valuePrefix()
        bytes.append(contentsOf: json)
    }

    private mutating func appendString(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            bytes.append(UInt8(ascii: "\""))
            appendEscapedBody(buf)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func appendEscaped(_ slice: ArraySlice<UInt8>) {
        slice.withUnsafeBufferPointer { buf in
            bytes.append(UInt8(ascii: "\""))
            appendEscapedBody(buf)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscapedBody(_ buf: UnsafeBufferPointer<UInt8>) {
        let n = buf.count
        // Most strings need no escape: find the first byte that does, eight at a time.
        var i = Self.firstEscape(buf)
        if i == n {
            bytes.append(contentsOf: buf)
            return
        }
        var runStart = 0
        while i < n {
            let b = buf[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
            bytes.append(UInt8(ascii: "\\"))
            switch b {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 15)]])
            }
            i += 1
            runStart = i
        }
        if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
    }

    /// The index of the first byte of `buf` that JSON must escape (a control
    /// character, `"` or `\\`), or `buf.count`. Tests eight bytes at a time: a byte
    /// below 0x20, or equal to 0x22 or 0x5C after XOR, is found by the borrow of
    /// subtracting 0x01 or 0x20 from each byte (the first hit is exact).
    static func firstEscape(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        let n = buf.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let control = (w &- ones &* 0x20) & ~w & high
            let q = w ^ (ones &* 0x22), s = w ^ (ones &* 0x5C)
            let quote = (q &- ones) & ~q & high, slash = (s &- ones) & ~s & high
            if control | quote | slash != 0 { break }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return i }
            i += 1
        }
        return n
    }
}

/// An object key encoded once (`"name":`), for the keys the encoder writes on every line.
struct EncodedKey: Sendable {
    let bytes: [UInt8]

    /// `name` must need no JSON escape (the contract's keys do not).
    init(_ name: String) {
        bytes = [UInt8(ascii: "\"")] + Array(name.utf8) + [UInt8(ascii: "\""), UInt8(ascii: ":")]
    }
}
