/// Byte-level reading of one line of a document's head: scalars, spaces, dashes,
/// words and numbers. Every position is a UTF-8 byte offset into ``bytes``; nothing
/// is read at or past ``limit`` (the end of the line).
struct HeadText {
    /// The document's bytes (valid UTF-8).
    let bytes: [UInt8]
    /// One past the last byte that may be read.
    let limit: Int

    /// The byte at `i`, or `nil` at or past the limit.
    @inline(__always)
    func byte(_ i: Int) -> UInt8? { i < limit && i >= 0 ? bytes[i] : nil }

    /// Whether bytes starting at `i` spell `literal`.
    func matches(_ literal: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + literal.count <= limit else { return false }
        for k in 0..<literal.count where bytes[i + k] != literal[k] { return false }
        return true
    }

    /// The scalar starting at `i` and its length in bytes.
    func scalar(at i: Int) -> (value: UInt32, length: Int)? {
        guard let b0 = byte(i) else { return nil }
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard i + length <= limit, length > 1 else { return (UInt32(b0), 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (value, length)
    }

    /// Length of the space-like scalar at `i` (space, tab, no-break, thin and narrow
    /// no-break spaces, byte-order mark), or 0.
    func spaceLength(at i: Int) -> Int {
        guard let b = byte(i) else { return 0 }
        if b == 0x20 || b == 0x09 { return 1 }
        guard b >= 0xC2, let s = scalar(at: i) else { return 0 }
        switch s.value {
        case 0xA0, 0x2002...0x200A, 0x202F, 0xFEFF: return s.length
        default: return 0
        }
    }

    /// The first position at or after `i` that is not a space.
    func skipSpaces(_ i: Int) -> Int {
        var p = i
        while case let n = spaceLength(at: p), n > 0 { p += n }
        return p
    }

    /// Length of the dash at `i` and whether it is a strong one (anything but a
    /// lone hyphen): `-`, `--`, U+2012...U+2015, U+0097 (Windows-1252 em dash read as
    /// Latin-1), U+FFFD (the same byte decoded as invalid UTF-8), or the mojibake
    /// `â€”`/`â€“`. Returns `nil` when there is no dash.
    func dash(at i: Int) -> (length: Int, strong: Bool, replacement: Bool)? {
        guard let b = byte(i) else { return nil }
        if b == UInt8(ascii: "-") {
            var p = i
            while byte(p) == UInt8(ascii: "-") { p += 1 }
            return p - i > 3 ? nil : (p - i, p - i > 1, false)
        }
        guard b >= 0xC2, let s = scalar(at: i) else { return nil }
        switch s.value {
        case 0x97, 0x2012...0x2015: return (s.length, true, false)
        case 0xFFFD: return (s.length, true, true)
        case 0xE2:  // "â" followed by "€" and a curly quote: a UTF-8 dash read as Windows-1252
            if matches(HeadText.mojibakeEmDash, at: i) || matches(HeadText.mojibakeEnDash, at: i) {
                return (HeadText.mojibakeEmDash.count, true, false)
            }
            return nil
        default: return nil
        }
    }

    static let mojibakeEmDash: [UInt8] = Array("\u{E2}\u{20AC}\u{201D}".utf8)
    static let mojibakeEnDash: [UInt8] = Array("\u{E2}\u{20AC}\u{201C}".utf8)

    /// An unsigned decimal number of `minDigits...maxDigits` digits at `i` that is not
    /// followed by another digit.
    func number(at i: Int, minDigits: Int = 1, maxDigits: Int) -> (value: Int, end: Int)? {
        var p = i
        var value = 0
        while let b = byte(p), b >= 0x30, b <= 0x39 {
            guard p - i < maxDigits else { return nil }
            value = value * 10 + Int(b - 0x30)
            p += 1
        }
        return p - i >= minDigits ? (value, p) : nil
    }

    /// Whether the scalar at `i` is a letter, and its case.
    func letter(at i: Int) -> (length: Int, upper: Bool, lower: Bool)? {
        guard let b = byte(i) else { return nil }
        if b < 0x80 {
            if b >= 0x41 && b <= 0x5A { return (1, true, false) }
            if b >= 0x61 && b <= 0x7A { return (1, false, true) }
            return nil
        }
        guard let s = scalar(at: i), s.value >= 0xC0, let u = Unicode.Scalar(s.value),
              u.properties.isAlphabetic else { return nil }
        return (s.length, u.properties.isUppercase, u.properties.isLowercase)
    }

    /// An ASCII-letter word at `i` packed for table lookup (lower case, at most 12
    /// letters), and where it ends; `nil` when no ASCII letter starts at `i`.
    func asciiWord(at i: Int) -> (key: UInt64, length: Int, end: Int)? {
        var p = i
        var key: UInt64 = 0
        while let b = byte(p), (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A {
            if p - i < 12 { key = key << 5 | UInt64((b | 0x20) - 0x60) }
            p += 1
        }
        guard p > i, p - i <= 12 else { return nil }
        return (key, p - i, p)
    }

    /// Packs a lower-case ASCII word the way ``asciiWord(at:)`` does.
    static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | UInt64(($1 | 0x20) - 0x60) }
    }
}
