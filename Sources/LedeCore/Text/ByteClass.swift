/// The class of an ASCII byte in the tokenizer's 256-entry table. Bytes 0x80 and
/// above are all ``nonASCII``: the tokenizer decodes the scalar and asks Unicode.
@usableFromInline
enum ByteClass {
    static let space: UInt8 = 0
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    static let period: UInt8 = 3
    static let hyphen: UInt8 = 4
    static let apostrophe: UInt8 = 5
    static let doubleQuote: UInt8 = 6
    static let at: UInt8 = 7
    static let hash: UInt8 = 8
    static let punctuation: UInt8 = 9
    static let symbol: UInt8 = 10
    static let nonASCII: UInt8 = 11
    static let newline: UInt8 = 12

    /// One class per byte value.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: symbol, count: 256)  // C0 controls and DEL are symbols
        for b in 0x80...0xFF { t[b] = nonASCII }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = letter }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = letter }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = digit }
        for b: UInt8 in [0x20, 0x09, 0x0B, 0x0C, 0x0D] { t[Int(b)] = space }
        t[0x0A] = newline
        t[Int(UInt8(ascii: "."))] = period
        t[Int(UInt8(ascii: "-"))] = hyphen
        t[Int(UInt8(ascii: "'"))] = apostrophe
        t[Int(UInt8(ascii: "\""))] = doubleQuote
        t[Int(UInt8(ascii: "@"))] = at
        t[Int(UInt8(ascii: "#"))] = hash
        for b in ",;:!?()[]{}/".utf8 { t[Int(b)] = punctuation }
        return t
    }()
}
