/// One tokenizing pass over a byte buffer: the state machine behind ``Tokenizer``.
///
/// Reads ASCII through ``ByteClass/table`` and decodes a scalar only at bytes
/// 0x80 and above. Every position it reads past the end reads as a space, so
/// lookahead needs no separate bounds test. Invalid UTF-8 bytes become one-byte
/// symbol tokens, so every non-space byte is covered whatever the input.
struct TokenScanner {
    private let p: UnsafePointer<UInt8>
    private let n: Int
    private let cls: UnsafePointer<UInt8>
    var sink: TokenSink
    /// Opening single quotes not yet closed on this line: decides whether a `’`
    /// after a word ending in `s` closes a quote or is a plural possessive.
    private var openSingles = 0
    /// Whether a straight `"` opened on this line and has not closed (tie-breaker only).
    private var inDouble = false

    private static let invalid = UTF8Scalar.invalid
    private static let dot = UInt8(ascii: "."), minus = UInt8(ascii: "-"), tick = UInt8(ascii: "'")

    /// Where the character before a position stands, for context-dependent marks.
    private enum Left { case space, open, dash, word, other }
    /// Where the character at a position stands.
    private enum Right { case space, closing, dash, word, other }
    /// The three single quotation marks: `'`, `’` and `‘`.
    private enum SingleMark { case straight, right, left }

    init(p: UnsafePointer<UInt8>, n: Int, cls: UnsafePointer<UInt8>) {
        self.p = p
        self.n = n
        self.cls = cls
        self.sink = TokenSink(output: TokenBuffer())
    }

    // MARK: - Byte helpers

    @inline(__always) private func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0x20 }
    @inline(__always) private func cl(_ i: Int) -> UInt8 { cls[Int(byte(i))] }
    @inline(__always) private func isAlnum(_ i: Int) -> Bool { cl(i) &- 1 < 2 }
    @inline(__always) private func isAlpha(_ i: Int) -> Bool { cl(i) == ByteClass.letter }
    @inline(__always) private func isDigit(_ i: Int) -> Bool { cl(i) == ByteClass.digit }

    /// The scalar at `i` and its length (see ``UTF8Scalar/decode(_:_:_:)``).
    @inline(__always) private func decode(_ i: Int) -> (UInt32, Int) { UTF8Scalar.decode(p, i, n) }

    /// The class of the non-ASCII scalar at `i` and its length.
    private func scalarClass(_ i: Int) -> (ScalarClass, Int) {
        let (v, len) = decode(i)
        return v == Self.invalid ? (.symbol, 1) : (ScalarClass.of(v), len)
    }

    /// Whether a word may go on at `i`: an ASCII letter or digit, or a letter, mark
    /// or number in any script.
    private func isWordChar(_ i: Int) -> Bool {
        let c = cl(i)
        if c &- 1 < 2 { return true }
        return c == ByteClass.nonASCII && scalarClass(i).0 == .letter
    }

    /// Whether a letter (any script) is at `i`.
    private func isLetter(_ i: Int) -> Bool {
        let c = cl(i)
        if c == ByteClass.letter { return true }
        return c == ByteClass.nonASCII && scalarClass(i).0 == .letter
    }

    private func left(_ i: Int) -> Left {
        if i == 0 { return .space }
        let b = p[i - 1]
        if b < 0x80 {
            switch cls[Int(b)] {
            case ByteClass.space, ByteClass.newline: return .space
            case ByteClass.letter, ByteClass.digit: return .word
            case ByteClass.hyphen: return .dash
            default: return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") ? .open : .other
            }
        }
        var j = i - 1
        while j > 0 && i - j < 4 && p[j] & 0xC0 == 0x80 { j -= 1 }
        let (c, len) = scalarClass(j)
        guard j + len == i else { return .other }
        switch c {
        case .space, .lineBreak: return .space
        case .letter: return .word
        case .openDouble, .leftSingle: return .open
        case .dash: return .dash
        default: return .other
        }
    }

    private func right(_ i: Int) -> Right {
        if i >= n { return .space }
        let b = p[i]
        if b < 0x80 {
            switch cls[Int(b)] {
            case ByteClass.space, ByteClass.newline: return .space
            case ByteClass.letter, ByteClass.digit: return .word
            case ByteClass.hyphen: return .dash
            case ByteClass.period: return .closing
            case ByteClass.punctuation:
                return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") ? .other : .closing
            default: return .other
            }
        }
        switch scalarClass(i).0 {
        case .space, .lineBreak: return .space
        case .letter: return .word
        case .closeDouble, .rightSingle: return .closing
        case .dash: return .dash
        default: return .other
        }
    }

    // MARK: - Main loop

    mutating func run() {
        let p = self.p, n = self.n, cls = self.cls  // locals stay in registers
        var i = 0
        while i < n {
            let c = cls[Int(p[i])]
            if c == ByteClass.letter {
                // Fast path: an ASCII word ended by white space or plain punctuation.
                let j = Self.alnumRunEnd(p, i &+ 1, n, cls)
                let next = j < n ? p[j] : 0x20
                let nc = cls[Int(next)]
                if nc == ByteClass.space || nc == ByteClass.newline
                    || (nc == ByteClass.punctuation && next != UInt8(ascii: ":")) {
                    sink.emit(.word, i, j)
                    i = next == 0x20 ? j &+ 1 : j  // skip the usual single space at once
                } else {
                    i = word(i, j)
                }
                continue
            }
            switch c {
            case ByteClass.space: i &+= 1
            case ByteClass.newline: newLine(); i += 1
            case ByteClass.digit: i = number(i, i)
            case ByteClass.period: i = period(i)
            case ByteClass.hyphen: i = hyphen(i)
            case ByteClass.apostrophe: i = singleQuote(i, 1, .straight)
            case ByteClass.doubleQuote: i = doubleQuote(i)
            case ByteClass.at: i = at(i)
            case ByteClass.hash: i = hash(i)
            case ByteClass.punctuation: sink.emit(.punctuation, i, i + 1); i += 1
            case ByteClass.nonASCII: i = nonASCII(i)
            default: sink.emit(.symbol, i, i + 1); i += 1
            }
        }
    }

    /// The end of the run of ASCII letters and digits from `i`: eight bytes per step
    /// while they last (an exact per-byte range test, no carry between bytes), then
    /// through the class table.
    @inline(__always)
    private static func alnumRunEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ cls: UnsafePointer<UInt8>) -> Int {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        var j = i
        while j &+ 8 <= n {
            let w = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
            // Bit 7 of each byte `v` (7 bits) that is >= lo: v + (0x80 - lo); > hi: v + (0x7F - hi).
            let folded = (w | ones &* 0x20) & low7  // A-Z onto a-z
            let v = w & low7
            let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
            let digit = (v &+ ones &* (0x80 - 0x30)) & ~(v &+ ones &* (0x7F - 0x39))
            let stop = ~((letter | digit) & ~w) & high
            if stop != 0 { return j &+ stop.trailingZeroBitCount &>> 3 }
            j &+= 8
        }
        while j < n && cls[Int(p[j])] &- 1 < 2 { j &+= 1 }
        return j
    }

    /// Quote state does not carry over a line break.
    private mutating func newLine() {
        openSingles = 0
        inDouble = false
    }

    // MARK: - Words and numbers

    /// A word starting with an ASCII letter at `s`, whose letters and digits run to `from`.
    private mutating func word(_ s: Int, _ from: Int) -> Int {
        let b = p[s] | 0x20
        if b == UInt8(ascii: "h") || b == UInt8(ascii: "w"), let e = urlEnd(s) {
            sink.emit(.url, s, e)
            return e
        }
        return finishWord(s, wordBody(s, from), .word)
    }

    /// The end of the word that starts at `start`, scanning from `from`: letters and
    /// digits of any script, joined by inner hyphens (`Jae-myung`) and apostrophes
    /// (`Korea’s`, `don't`); a dotted acronym or initial keeps its periods (`U.S.`, `a.m.`, `J.`).
    private func wordBody(_ start: Int, _ from: Int) -> Int {
        let p = self.p, n = self.n, cls = self.cls
        var i = from
        while true {
            i = Self.alnumRunEnd(p, i, n, cls)
            if i >= n { return i }
            let b = p[i]
            switch b {
            case Self.minus:
                if isWordChar(i + 1) { i += 1; continue }
                return i
            case Self.tick:
                if isLetter(i + 1) { i += 1; continue }
                return i
            case Self.dot:
                // An acronym or initial: the segment before the period is one letter
                // (`U.S.`, `J.`, `D-W.` in `Sen. Boren (D-W. Va.)`).
                guard i > start, isAlpha(i - 1), i - 1 == start || p[i - 2] == Self.dot || p[i - 2] == Self.minus
                else { return i }
                i += 1
                while isAlpha(i) && byte(i + 1) == Self.dot { i += 2 }
                if isAlpha(i) && !isWordChar(i + 1) { i += 1 }  // `U.S` without its last period
                if byte(i) == Self.minus && isWordChar(i + 1) { i += 1; continue }  // `U.S.-led`
                return i
            default:
                if b < 0x80 { return i }
                let (c, len) = scalarClass(i)
                switch c {
                case .letter: i += len; continue
                case .rightSingle, .leftSingle: if isLetter(i + len) { i += len; continue }
                case .hyphen, .joiner: if isWordChar(i + len) { i += len; continue }
                default: break
                }
                return i
            }
        }
    }

    /// Emits the word or number `s..<e` after deciding what it takes from the
    /// character at `e`: an abbreviation's period, a plural possessive apostrophe
    /// (`workers'`), or the rest of a web or e-mail address.
    private mutating func finishWord(_ s: Int, _ e: Int, _ kind: TokenKind) -> Int {
        let b = byte(e)
        if b == Self.dot {
            if p[e - 1] != Self.dot {
                if Abbreviations.listedKind(p, s, e) != nil {
                    sink.emit(kind, s, e + 1)
                    return e + 1
                }
                if isAlpha(e + 1), let d = domainEnd(s, e) {
                    sink.emit(.url, s, d)
                    return d
                }
            }
        } else if b == UInt8(ascii: "@") {
            if let end = email(s, e) { return end }
        } else if openSingles == 0 && (p[e - 1] | 0x20) == UInt8(ascii: "s") {
            if b == Self.tick && !isWordChar(e + 1) {
                sink.emit(kind, s, e + 1)
                return e + 1
            }
            if b == 0xE2 && byte(e + 1) == 0x80 && byte(e + 2) == 0x99 && !isWordChar(e + 3) {
                sink.emit(kind, s, e + 3)
                return e + 3
            }
        }
        sink.emit(kind, s, e)
        return e
    }

    /// A number starting at `s` whose digits start at `from` (`s` may hold a sign,
    /// a leading period or an eliding apostrophe): `28,500`, `3.5`, `2025-11-05`,
    /// `10:05`, `1986/87`, with a letter suffix (`1950s`, `4th`). A hyphen and
    /// letters after it make the token a word (`24-hour`).
    private mutating func number(_ s: Int, _ from: Int) -> Int {
        let p = self.p, n = self.n, cls = self.cls
        var i = from
        while true {
            while i < n && cls[Int(p[i])] == ByteClass.digit { i &+= 1 }
            let b = byte(i)
            if b == UInt8(ascii: ",") && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !isDigit(i + 4) {
                i += 4
                continue
            }
            if b == Self.dot || b == UInt8(ascii: ":") || b == UInt8(ascii: "/") || b == Self.minus, isDigit(i + 1) {
                i += 2
                continue
            }
            break
        }
        let e = wordBody(s, i)
        var kind = TokenKind.number
        if e > i {
            for j in i..<e where p[j] == Self.minus { kind = .word; break }
        }
        return finishWord(s, e, kind)
    }

    /// A web address starting at `s` with `http://`, `https://` or `www.`.
    private func urlEnd(_ s: Int) -> Int? {
        func has(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard s + count <= n else { return false }
            let q = prefix.utf8Start
            for k in 0..<count where p[s + k] | (q[k] >= 0x61 ? 0x20 : 0) != q[k] { return false }
            return true
        }
        let start: Int
        if has("https://") { start = s + 8 } else if has("http://") { start = s + 7 } else if has("www.") {
            start = s + 4
        } else {
            return nil
        }
        guard isAlnum(start) else { return nil }
        return urlTail(start)
    }

    /// The end of an address's remainder from `j`: up to white space, a quote mark
    /// or non-ASCII, without trailing punctuation or an unbalanced `)`.
    private func urlTail(_ j0: Int) -> Int {
        var j = j0
        var open = 0, close = 0
        while j < n {
            let b = p[j]
            if b <= 0x20 || b >= 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") {
                break
            }
            if b == UInt8(ascii: "(") { open += 1 } else if b == UInt8(ascii: ")") { close += 1 }
            j += 1
        }
        while j > j0 {
            let b = p[j - 1]
            if b == UInt8(ascii: ")") && close > open {
                close -= 1
            } else if !(b == Self.dot || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                        || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == Self.tick || b == UInt8(ascii: "]")) {
                break
            }
            j -= 1
        }
        return j
    }

    /// A bare domain: the word `s..<e` followed by `.label` parts whose last is a
    /// known lower-case top-level domain (`asiatoday.com`, `news.co.kr/x`).
    private func domainEnd(_ s: Int, _ e: Int) -> Int? {
        for k in s..<e where !(isAlnum(k) || p[k] == Self.minus) { return nil }
        var j = e, last = e
        while byte(j) == Self.dot && isAlnum(j + 1) {
            j += 1
            last = j
            while isAlnum(j) || (byte(j) == Self.minus && isAlnum(j + 1)) { j += 1 }
        }
        guard TopLevelDomains.contains(p, last, j), !isWordChar(j) else { return nil }
        return byte(j) == UInt8(ascii: "/") ? urlTail(j) : j
    }

    /// An e-mail address whose `@` is at `e`, right after the word `s..<e`; adjacent
    /// earlier tokens of the local part (`john` `.` in `john.smith@`) are merged in.
    private mutating func email(_ s: Int, _ e: Int) -> Int? {
        var j = e + 1, dots = 0, last = j
        while true {
            let label = j
            while isAlnum(j) || (byte(j) == Self.minus && isAlnum(j + 1)) { j += 1 }
            if j == label { return nil }
            last = label
            if byte(j) == Self.dot && isAlnum(j + 1) { dots += 1; j += 1; continue }
            break
        }
        guard dots > 0, isAlpha(last), isAlpha(last + 1) else { return nil }
        var start = s
        while let t = sink.last, t.end == start {
            let single = t.end - t.start == 1 ? p[t.start] : 0
            guard t.kind == .word || t.kind == .number || single == Self.dot || single == Self.minus
                || single == UInt8(ascii: "_") || single == UInt8(ascii: "+") else { break }
            start = t.start
            sink.removeLast()
        }
        sink.emit(.email, start, j)
        return j
    }

    // MARK: - Punctuation, dashes and quotation marks

    private mutating func period(_ i: Int) -> Int {
        if isDigit(i + 1) {
            let l = left(i)
            if l == .space || l == .open || l == .dash { return number(i, i + 1) }  // `.5`
        }
        var e = i + 1
        while e < n && p[e] == Self.dot { e += 1 }  // `...` is one token
        sink.emit(.punctuation, i, e)
        return e
    }

    private mutating func hyphen(_ i: Int) -> Int {
        var e = i + 1
        while e < n && p[e] == Self.minus { e += 1 }
        if e - i >= 2 {
            sink.emit(.dash, i, e)
            return e
        }
        let l = left(i)
        if isDigit(i + 1) && (l == .space || l == .open) { return number(i, i + 1) }  // `-0.5`
        sink.emit(l == .space && right(e) == .space ? .dash : .punctuation, i, e)
        return e
    }

    /// A straight `"`: opening after white space, an opening bracket or a dash and
    /// before text; closing after text and before white space or punctuation; in
    /// between, the opposite of the last straight mark on the line.
    private mutating func doubleQuote(_ i: Int) -> Int {
        let l = left(i), r = right(i + 1)
        let leftOpen = l == .space || l == .open || l == .dash
        let rightClose = r == .space || r == .closing || r == .dash
        let opens = leftOpen != rightClose ? leftOpen : !inDouble
        inDouble = opens
        sink.emit(opens ? .openQuote : .closeQuote, i, i + 1)
        return i + 1
    }

    /// A curly or angle double mark by its shape, unless the context plainly says
    /// otherwise (sloppy text writes `”Fear` for `“Fear`).
    private func curlyDoubleKind(_ i: Int, _ e: Int, opening: Bool) -> TokenKind {
        let l = left(i), r = right(e)
        if opening {
            return l == .word && (r == .space || r == .closing) ? .closeQuote : .openQuote
        }
        return (l == .space || l == .open) && r == .word ? .openQuote : .closeQuote
    }

    /// A single mark not inside a word: after white space it elides (`’90s`,
    /// `’n’`, `'til`) or opens a quote; after text it closes one.
    private mutating func singleQuote(_ i: Int, _ len: Int, _ mark: SingleMark) -> Int {
        let after = i + len
        let l = left(i)
        if l == .space || l == .open || l == .dash || mark == .left {
            if isDigit(after) && isDigit(after + 1) && !isDigit(after + 2) && l != .word {
                return number(i, after)  // `’90s`
            }
            if mark != .left, l != .word, let e = elisionEnd(after) {
                sink.emit(.word, i, e)
                return e
            }
            openSingles += 1
            sink.emit(.openQuote, i, after)
            return after
        }
        if openSingles > 0 { openSingles -= 1 }
        sink.emit(.closeQuote, i, after)
        return after
    }

    /// The end of a word elided at its start (`’n’`, `'em`, `’til`, `’tis`, `’cause`)
    /// whose letters start at `j`, or `nil`.
    private func elisionEnd(_ j: Int) -> Int? {
        var k = j
        while isAlpha(k) { k += 1 }
        guard k - j >= 1 && k - j <= 5, !isWordChar(k) else { return nil }
        var key: UInt64 = 0
        for m in j..<k { key = key << 8 | UInt64(p[m] | 0x20) }
        switch key {
        case 0x6E:  // n, and its closing apostrophe
            if byte(k) == Self.tick { return k + 1 }
            if byte(k) == 0xE2 && byte(k + 1) == 0x80 && byte(k + 2) == 0x99 { return k + 3 }
            return k
        case 0x656D, 0x74696C, 0x746973, 0x74776173, 0x6361757365, 0x626F7574, 0x6E756666:
            return k  // em til tis twas cause bout nuff
        default: return nil
        }
    }

    /// `@name` mentions; an `@` right after a word is handled with e-mail addresses.
    private mutating func at(_ i: Int) -> Int {
        var e = i + 1
        if left(i) != .word {
            while isAlnum(e) || byte(e) == UInt8(ascii: "_") { e += 1 }
        }
        sink.emit(e > i + 1 ? .mention : .symbol, i, e)
        return e
    }

    /// `#tag` hashtags: `#` before a letter or `_`, not right after a word.
    private mutating func hash(_ i: Int) -> Int {
        guard left(i) != .word, isLetter(i + 1) || byte(i + 1) == UInt8(ascii: "_") else {
            sink.emit(.symbol, i, i + 1)
            return i + 1
        }
        var e = wordBody(i + 1, i + 1)
        while byte(e) == UInt8(ascii: "_") { e = wordBody(e + 1, e + 1) }
        sink.emit(.hashtag, i, e)
        return e
    }

    private mutating func nonASCII(_ i: Int) -> Int {
        let (c, len) = scalarClass(i)
        let e = i + len
        switch c {
        case .space: return e
        case .lineBreak: newLine(); return e
        case .letter: return finishWord(i, wordBody(i, e), .word)
        case .openDouble, .closeDouble:
            sink.emit(curlyDoubleKind(i, e, opening: c == .openDouble), i, e)
        case .leftSingle: return singleQuote(i, len, .left)
        case .rightSingle: return singleQuote(i, len, .right)
        case .dash:
            var end = e
            while end < n && p[end] >= 0x80 {
                let (next, l) = scalarClass(end)
                guard next == .dash else { break }
                end += l
            }
            sink.emit(.dash, i, end)
            return end
        case .hyphen:
            sink.emit(left(i) == .space && right(e) == .space ? .dash : .punctuation, i, e)
        case .punctuation: sink.emit(.punctuation, i, e)
        case .joiner, .symbol:
            let end = symbolEnd(e)
            sink.emit(.symbol, i, end)
            return end
        }
        return e
    }

    /// The end of a symbol whose first scalar ends at `j`: emoji modifiers,
    /// variation selectors, tags, keycaps and zero-width-joined sequences stay with it.
    private func symbolEnd(_ j: Int) -> Int {
        var e = j
        while e < n && p[e] >= 0x80 {
            let (v, len) = decode(e)
            switch v {
            case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3, 0x1F1E6...0x1F1FF:
                e += len
            case 0x200D:
                e += len
                if e < n && p[e] >= 0x80 {
                    let (next, l) = decode(e)
                    if next != Self.invalid && ScalarClass.of(next) == .symbol { e += l }
                }
            default:
                return e
            }
        }
        return e
    }
}
