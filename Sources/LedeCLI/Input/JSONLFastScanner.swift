import LedeCore

/// A hand-written reader for the common shape of a JSONL input line: one object whose
/// `id`, `text` and `published` values are strings (or `null`), other keys holding
/// strings, `true`, `false` or `null`.
///
/// `JSONDecoder` took about an eighth of the default pipeline's CPU time on news text,
/// mostly building its value map and unescaping `text`. This scanner reads the line
/// once and unescapes straight into bytes. It answers `nil` for anything outside that
/// shape (a number id, nested values, duplicate keys, escaped keys, lone surrogates,
/// invalid UTF-8, any syntax error), and the caller then uses `JSONDecoder`, so
/// unusual records and every error message behave exactly as before.
struct JSONLFastScanner {
    /// The fields of a record read by the fast path.
    struct Fields {
        var id: String?
        /// The text unescaped but not yet checked as UTF-8 (``Document/init(id:bytes:published:referenceDate:)``
        /// checks it; invalid text goes to the full decoder).
        var text: [UInt8]
        var published: String?
    }

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// The record's fields, or `nil` when the line needs the full decoder.
    static func scan(_ line: [UInt8]) -> Fields? {
        line.withUnsafeBufferPointer { buf in
            var scanner = JSONLFastScanner(buf)
            return scanner.object()
        }
    }

    private enum Key { case id, text, published, other }

    private mutating func object() -> Fields? {
        skipSpace()
        guard take(0x7B) else { return nil }  // {
        var id: String??, text: [UInt8]?, published: String??
        var sawText = false
        skipSpace()
        if take(0x7D) { return nil }  // {} has no text: the decoder words the error
        while true {
            skipSpace()
            guard let key = key() else { return nil }
            skipSpace()
            guard take(0x3A) else { return nil }  // :
            skipSpace()
            switch key {
            case .id:
                guard id == nil, let value = stringOrNull() else { return nil }
                id = .some(value)
            case .published:
                guard published == nil, let value = stringOrNull() else { return nil }
                published = .some(value)
            case .text:
                guard !sawText, let value = stringBytes() else { return nil }
                text = value
                sawText = true
            case .other:
                guard skipSimpleValue() else { return nil }
            }
            skipSpace()
            if take(0x2C) { continue }  // ,
            guard take(0x7D) else { return nil }  // }
            break
        }
        skipSpace()
        guard i == p.count, let text else { return nil }
        return Fields(id: id ?? nil, text: text, published: published ?? nil)
    }

    @inline(__always) private mutating func take(_ b: UInt8) -> Bool {
        guard i < p.count, p[i] == b else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < p.count {
            let b = p[i]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            i += 1
        }
    }

    /// A key without escapes, classified; `nil` for an escaped or malformed key.
    private mutating func key() -> Key? {
        guard take(0x22) else { return nil }
        let start = i
        while i < p.count, p[i] != 0x22 {
            if p[i] == 0x5C || p[i] < 0x20 { return nil }
            i += 1
        }
        guard i < p.count else { return nil }
        let name = UnsafeBufferPointer(rebasing: p[start..<i])
        i += 1
        if name.elementsEqual("id".utf8) { return .id }
        if name.elementsEqual("text".utf8) { return .text }
        if name.elementsEqual("published".utf8) { return .published }
        return .other
    }

    /// `.some(nil)` for `null`, `.some(string)` for a string, `nil` otherwise.
    private mutating func stringOrNull() -> String?? {
        if literal("null") { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }

    private mutating func skipSimpleValue() -> Bool {
        if literal("null") || literal("true") || literal("false") { return true }
        return string() != nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where p[i + k] != w[k] { return false }
        // A literal must end at a delimiter (`nullx` is not JSON).
        if i + n < p.count {
            let b = p[i + n]
            guard b == 0x2C || b == 0x7D || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return false }
        }
        i += n
        return true
    }

    /// A string value, unescaped; `nil` for anything the full decoder should judge.
    private mutating func string() -> String? {
        stringBytes().flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// A string value's bytes, unescaped but not checked as UTF-8; `nil` for anything the
    /// full decoder should judge (`null` among them).
    private mutating func stringBytes() -> [UInt8]? {
        guard take(0x22) else { return nil }
        let start = i
        // Fast path: no escapes, copy the bytes once.
        while i < p.count {
            i = Self.plainRunEnd(p, from: i)
            guard i < p.count else { return nil }
            let b = p[i]
            if b == 0x22 {
                let raw = UnsafeBufferPointer(rebasing: p[start..<i])
                i += 1
                return Array(raw)
            }
            if b == 0x5C { break }
            if b < 0x20 { return nil }
            i += 1
        }
        guard i < p.count else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(p.count - start)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
        while i < p.count {
            let b = p[i]
            if b == 0x22 {
                i += 1
                return out
            }
            if b < 0x20 { return nil }
            if b != 0x5C {
                // Copy the run up to the next quote or backslash.
                let j = Self.plainRunEnd(p, from: i + 1)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                i = j
                continue
            }
            i += 1
            guard i < p.count else { return nil }
            let e = p[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)  // b
            case 0x66: out.append(0x0C)  // f
            case 0x6E: out.append(0x0A)  // n
            case 0x72: out.append(0x0D)  // r
            case 0x74: out.append(0x09)  // t
            case 0x75:  // u
                guard var scalar = hex4() else { return nil }
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard take(0x5C), take(0x75), let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    return nil
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                UTF8.encode(u) { out.append($0) }
            default:
                return nil
            }
        }
        return nil
    }

    /// The index of the first byte at or after `start` that is a quote, a backslash or
    /// a control character (or `p.count`), found with ``JSONSpecialBytes`` since `text`
    /// values are long runs of plain bytes.
    private static func plainRunEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = p.baseAddress else { return start }
        return JSONSpecialBytes.first(in: base, from: start, count: p.count)
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= p.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = p[i]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }
}
