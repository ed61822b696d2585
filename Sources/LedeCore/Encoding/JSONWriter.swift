/// Appends compact JSON to a byte buffer: no intermediate strings, no reflection.
/// Used for every output line, so it sits on the hot path.
///
/// The buffer is an array kept longer than what has been written (`storage.count` is
/// its usable capacity, `used` the bytes written): each write checks the room once and
/// stores through a pointer, instead of paying `Array.append`'s checks per piece.
public struct JSONWriter: Sendable {
    private var storage: [UInt8]
    private var used = 0
    /// Whether the next key or value follows a member of its container (needs a comma).
    private var needsComma = false
    /// Open objects and arrays: only top-level values go without commas.
    private var depth = 0

    /// The JSON written so far (UTF-8).
    public var bytes: [UInt8] {
        get { used == storage.count ? storage : Array(storage[0..<used]) }
        set {
            storage = newValue
            used = newValue.count
        }
    }

    /// Creates an empty writer.
    public init(capacity: Int = 1024) {
        storage = [UInt8](repeating: 0, count: Swift.max(capacity, 64))
    }

    /// The bytes written, with `terminator` appended, consuming the writer's buffer.
    mutating func take(appending terminator: UInt8) -> [UInt8] {
        put(terminator)
        storage.removeSubrange(used...)
        let result = storage
        storage = []
        used = 0
        return result
    }

    // MARK: Raw output

    /// Makes room for `n` more bytes past `used`.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if used + n > storage.count { grow(n) }
    }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let target = Swift.max(storage.count * 2, used + n, 64)
        storage.append(contentsOf: repeatElement(0, count: target - storage.count))
    }

    /// Writes up to `maximum` bytes through `body`, which returns how many it wrote.
    @inline(__always)
    private mutating func write(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        let at = used
        let written = storage.withUnsafeMutableBufferPointer { buf in
            // `reserve` made room, so the base address exists.
            body(buf.baseAddress.unsafelyUnwrapped + at)
        }
        used = at + written
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        write(maximum: 1) { p in
            p[0] = byte
            return 1
        }
    }

    @inline(__always)
    private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
        let n = source.count
        guard n > 0, let from = source.baseAddress else { return }
        write(maximum: n) { p in
            p.update(from: from, count: n)
            return n
        }
    }

    @inline(__always)
    private mutating func put(_ literal: StaticString) {
        literal.withUTF8Buffer { put($0) }
    }

    // MARK: Structure

    @inline(__always)
    private mutating func separate() {
        if needsComma && depth > 0 { put(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Opens an object.
    public mutating func beginObject() {
        separate()
        put(UInt8(ascii: "{"))
        depth += 1
        needsComma = false
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        put(UInt8(ascii: "}"))
        depth -= 1
        needsComma = true
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        put(UInt8(ascii: "["))
        depth += 1
        needsComma = false
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        put(UInt8(ascii: "]"))
        depth -= 1
        needsComma = true
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        put(UInt8(ascii: ":"))
        // The value that follows must not add a comma of its own.
        needsComma = false
    }

    /// Writes a key given as its encoded bytes (`"name":`, see ``EncodedKey``).
    mutating func key(_ encoded: EncodedKey) {
        separate()
        put(encoded.text)
        needsComma = false
    }

    // MARK: Values

    /// Writes `null`.
    public mutating func null() {
        separate()
        put("null")
    }

    /// Writes a Boolean.
    public mutating func bool(_ value: Bool) {
        separate()
        put(value ? "true" : "false")
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        separate()
        appendInt(value)
    }

    @inline(__always)
    private mutating func appendInt(_ value: Int) {
        write(maximum: Self.maxIntBytes) { Self.writeInt(value, to: $0) }
    }

    /// The most bytes an `Int` takes: a sign and 19 digits.
    static let maxIntBytes = 20

    /// Writes the digits of `value` (with a `-` when negative) at `p`, back to front
    /// into their exact room (no string, no temporary array); returns their count.
    @inline(__always)
    static func writeInt(_ value: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10 {
            p[0] = UInt8(truncatingIfNeeded: 0x30 + value)
            return 1
        }
        var v = value.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 19 && v >= bound {  // an Int has at most 19 digits
            digits += 1
            bound &*= 10
        }
        let sign = value < 0 ? 1 : 0
        if sign == 1 { p[0] = UInt8(ascii: "-") }
        var i = digits + sign
        repeat {
            i -= 1
            p[i] = UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
            v /= 10
        } while v > 0
        return digits + sign
    }

    /// Writes a floating-point number (non-finite values as `null`).
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        appendString(value.description, quoted: false)
    }

    /// Writes a string, escaping quotes, backslashes and control characters.
    public mutating func string(_ value: String) {
        separate()
        appendString(value)
    }

    /// Writes a string given as UTF-8 bytes (a slice of a document).
    public mutating func string(utf8 value: ArraySlice<UInt8>) {
        separate()
        value.withUnsafeBufferPointer { appendQuoted($0) }
    }

    /// Writes `value` or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes `value` or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes `"text":"…","start":…,"end":…` (a span's fields): the encoder writes
    /// these for every quote, mention, cue and match, so text needing no escape goes
    /// out in a single write.
    mutating func spanFields(text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        separate()
        let n = text.count
        if let from = text.baseAddress, Self.firstEscape(text) == n {
            write(maximum: n + 25 + 2 * Self.maxIntBytes) { p in
                var k = Self.copy("\"text\":\"", to: p)
                (p + k).update(from: from, count: n)
                k += n
                k += Self.copy("\",\"start\":", to: p + k)
                k += Self.writeInt(start, to: p + k)
                k += Self.copy(",\"end\":", to: p + k)
                return k + Self.writeInt(end, to: p + k)
            }
            return
        }
        put("\"text\":")
        appendQuoted(text)
        write(maximum: 16 + 2 * Self.maxIntBytes) { p in
            var k = Self.copy(",\"start\":", to: p)
            k += Self.writeInt(start, to: p + k)
            k += Self.copy(",\"end\":", to: p + k)
            return k + Self.writeInt(end, to: p + k)
        }
    }

    @inline(__always)
    private static func copy(_ literal: StaticString, to p: UnsafeMutablePointer<UInt8>) -> Int {
        literal.withUTF8Buffer { buf in
            if let from = buf.baseAddress { p.update(from: from, count: buf.count) }
            return buf.count
        }
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
        separate()
        json.withUnsafeBufferPointer { put($0) }
    }

    private mutating func appendString(_ s: String, quoted: Bool = true) {
        var s = s
        s.withUTF8 { buf in
            if quoted { appendQuoted(buf) } else { put(buf) }
        }
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// `"` + `buf` escaped + `"`.
    private mutating func appendQuoted(_ buf: UnsafeBufferPointer<UInt8>) {
        let n = buf.count
        // Most strings need no escape: find the first byte that does, eight at a time.
        var i = Self.firstEscape(buf)
        guard let base = buf.baseAddress, i < n else {
            write(maximum: n + 2) { p in
                p[0] = 0x22
                if let from = buf.baseAddress { (p + 1).update(from: from, count: n) }
                p[n + 1] = 0x22
                return n + 2
            }
            return
        }
        put(UInt8(ascii: "\""))
        var runStart = 0
        while i < n {
            let b = base[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            put(UnsafeBufferPointer(start: base + runStart, count: i - runStart))
            write(maximum: 6) { p in
                p[0] = UInt8(ascii: "\\")
                switch b {
                case 0x22: p[1] = 0x22
                case 0x5C: p[1] = 0x5C
                case 0x0A: p[1] = UInt8(ascii: "n")
                case 0x0D: p[1] = UInt8(ascii: "r")
                case 0x09: p[1] = UInt8(ascii: "t")
                case 0x08: p[1] = UInt8(ascii: "b")
                case 0x0C: p[1] = UInt8(ascii: "f")
                default:
                    p[1] = UInt8(ascii: "u")
                    p[2] = 0x30
                    p[3] = 0x30
                    Self.hex.withUTF8Buffer { hex in
                        p[4] = hex[Int(b >> 4)]
                        p[5] = hex[Int(b & 15)]
                    }
                    return 6
                }
                return 2
            }
            i += 1
            runStart = i
        }
        put(UnsafeBufferPointer(start: base + runStart, count: n - runStart))
        put(UInt8(ascii: "\""))
    }

    /// The index of the first byte of `buf` that JSON must escape (a control
    /// character, `"` or `\\`), or `buf.count` (see ``JSONSpecialBytes``).
    static func firstEscape(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        return JSONSpecialBytes.first(in: base, from: 0, count: buf.count)
    }
}

/// An object key encoded once (`"name":`), for the keys the encoder writes on every line.
struct EncodedKey: Sendable {
    /// `"name":`; the contract's keys need no JSON escape.
    let text: StaticString

    init(_ text: StaticString) { self.text = text }
}
