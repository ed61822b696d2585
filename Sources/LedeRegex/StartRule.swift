#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a built-in pattern can start, as a cheap byte test: the regex step's shortcut
/// past PCRE2's own start-of-match search for the default patterns.
///
/// PCRE2's JIT searches for a possible first character with a byte-by-byte bitmap
/// loop (about 8 instructions per byte even for `[0-9]`), once per pattern, and then
/// runs the pattern's leading lookbehinds at every candidate. For the built-in
/// patterns the step instead finds all their candidate starts in one shared pass
/// (``StartCandidates``), drops those that the pattern's first bytes or leading
/// lookbehind rule out, and runs the pattern compiled with `PCRE2_ANCHORED` only at
/// the rest. The results are the same as the unanchored search: an unanchored search
/// from offset `o` returns the match of the anchored pattern at the first position
/// `p ≥ o` where it matches, and every test here is a necessary condition for a
/// match at `p`, read off the pattern's text. A rule is only used for exactly the
/// pattern text and options it was written for (``rule(for:options:)``).
///
/// Tests only reject on ASCII bytes; whenever the deciding character is non-ASCII (a
/// Unicode letter before a digit, a no-break space after a number) the candidate is
/// kept and PCRE2 decides.
enum StartRule: Sendable {
    case acronym, quantity, money, percent, date, time, url, email, hashtag, mention, wireID

    /// The rule for `pattern` compiled with `options`, if it is a library pattern with one.
    static func rule(for pattern: String, options: RegexOptions) -> StartRule? {
        guard let entry = byPattern[pattern], entry.options == options else { return nil }
        return entry.rule
    }

    private static let byPattern: [String: (rule: StartRule, options: RegexOptions)] = {
        let rules: [String: StartRule] = [
            "acronym": .acronym, "quantity": .quantity, "money": .money, "percent": .percent, "date": .date,
            "time": .time, "url": .url, "email": .email, "hashtag": .hashtag, "mention": .mention, "wire_id": .wireID,
        ]
        var table: [String: (rule: StartRule, options: RegexOptions)] = [:]
        for library in PatternLibrary.all {
            if let rule = rules[library.name] { table[library.pattern] = (rule, library.options) }
        }
        return table
    }()

    /// The ``StartCandidates`` kinds this rule's candidates carry (`url` and `email` have
    /// none: they search for their literals themselves, see ``forEachStart(in:from:_:)``).
    var kinds: CandidateKinds {
        switch self {
        case .acronym: .acronym
        case .quantity: .quantity
        case .money: [.moneySymbol, .moneyAmount]
        case .percent: .percent
        case .date: .date
        case .time: .time
        case .url, .email: []
        case .hashtag: .hashtag
        case .mention: .mention
        case .wireID: .wireID
        }
    }

    /// Whether a match can start at `p`, a candidate of one of ``kinds`` (its leading
    /// lookbehind already passed on the byte before), judging by the bytes from `p` on.
    func mayStart(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[p]
        switch self {
        case .acronym:
            // `(?:[A-Z]\.){2,4}` or `[A-Z](?:&?[A-Z0-9]){1,5}`: a capital, then `.`, `&`, a capital or a digit.
            guard let second = bytes.at(p + 1) else { return false }
            return second == UInt8(ascii: ".") || second == UInt8(ascii: "&") || second.isASCIIUpper || second.isASCIIDigit
        case .wireID:
            // `[A-Z]{2,12}[0-9]{8,}`: the run of capitals is 2–12 long and a digit follows it.
            let end = bytes.end(of: p) { $0.isASCIIUpper }
            return (2...12).contains(end - p) && bytes.at(end)?.isASCIIDigit == true
        case .quantity:
            return Self.amountThenSpaceOrHyphen(at: p, in: bytes)
        case .money:
            if first.isASCIIDigit { return Self.amountThenSpaceOrHyphen(at: p, in: bytes) }
            // `US\$|A\$|C\$|HK\$|[$£€¥₩]`
            switch first {
            case UInt8(ascii: "$"): return true
            case UInt8(ascii: "A"), UInt8(ascii: "C"): return bytes.at(p + 1) == UInt8(ascii: "$")
            case UInt8(ascii: "U"): return bytes.at(p + 1) == UInt8(ascii: "S") && bytes.at(p + 2) == UInt8(ascii: "$")
            case UInt8(ascii: "H"): return bytes.at(p + 1) == UInt8(ascii: "K") && bytes.at(p + 2) == UInt8(ascii: "$")
            case 0xC2: return bytes.at(p + 1) == 0xA3 || bytes.at(p + 1) == 0xA5  // £ ¥
            case 0xE2: return bytes.at(p + 1) == 0x82 && (bytes.at(p + 2) == 0xAC || bytes.at(p + 2) == 0xA9)  // € ₩
            default: return false
            }
        case .percent:
            return Self.percentMayStart(at: p, in: bytes)
        case .date:
            return Self.dateMayStart(at: p, in: bytes)
        case .time:
            // `[01]?[0-9]|2[0-3]` then `:`, or `1[0-2]|0?[1-9]` then `[.:]MM`, `\s?` and am/pm.
            let end = bytes.end(of: p) { $0.isASCIIDigit }
            guard end - p <= 2, let next = bytes.at(end) else { return false }
            switch next {
            case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "p"), UInt8(ascii: "P"):
                return true
            default:
                if next >= 0x80 { return true }
                guard next.isPCRE2Space, let after = bytes.at(end + 1) else { return false }
                return after == UInt8(ascii: "a") || after == UInt8(ascii: "A") || after == UInt8(ascii: "p") || after == UInt8(ascii: "P")
            }
        case .url, .email, .hashtag, .mention:
            return true
        }
    }

    /// For `url` and `email`, which start at rare literals: calls `attempt` with each
    /// start to try, in text order, from `offset` on; `attempt` returns where the next
    /// start may be (the end of a match, or past the start it was given), `nil` to stop.
    func forEachStart(in bytes: UnsafeBufferPointer<UInt8>, _ attempt: (Int) throws(RegexMatchError) -> Int?) throws(RegexMatchError) {
        var from = 0
        switch self {
        case .email:
            // `[A-Za-z0-9._%+-]+@`: a search from anywhere in the run of such bytes before
            // an `@` finds its match at the run's start (the domain does not depend on
            // where the user part starts), so that is the only start to try per `@`.
            var at = 0
            while let found = bytes.firstIndex(of: UInt8(ascii: "@"), from: at) {
                var start = found
                while start > from, bytes[start - 1].isEmailUserByte { start -= 1 }
                at = found + 1
                guard start < found else { continue }
                guard let next = try attempt(start) else { return }
                from = max(from, next)
                at = max(at, from)
            }
        case .url:
            // `https?://|www\.`: the next `http`, `https` or `www.`, found by their rarer
            // bytes (`:` and `.`), whichever comes first.
            var http = Self.nextHTTP(in: bytes, from: 0), www = Self.nextWWW(in: bytes, from: 0)
            while true {
                let start: Int
                switch (http, www) {
                case (nil, nil): return
                case (let h?, nil): start = h
                case (nil, let w?): start = w
                case (let h?, let w?): start = min(h, w)
                }
                guard let next = try attempt(start) else { return }
                from = max(start + 1, next)
                if let h = http, h < from { http = Self.nextHTTP(in: bytes, from: from) }
                if let w = www, w < from { www = Self.nextWWW(in: bytes, from: from) }
            }
        default:
            return
        }
    }

    /// The first `http://` or `https://` starting at or after `from`.
    private static func nextHTTP(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var at = from + 4
        while let colon = bytes.firstIndex(of: UInt8(ascii: ":"), from: at) {
            at = colon + 1
            guard bytes.hasPrefix("//", at: colon + 1) else { continue }
            if colon - 5 >= from, bytes.hasPrefix("https", at: colon - 5) { return colon - 5 }
            if colon - 4 >= from, bytes.hasPrefix("http", at: colon - 4) { return colon - 4 }
        }
        return nil
    }

    /// The first `www.` starting at or after `from`.
    private static func nextWWW(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var at = from + 3
        while let dot = bytes.firstIndex(of: UInt8(ascii: "."), from: at) {
            at = dot + 1
            if bytes.hasPrefix("www", at: dot - 3) { return dot - 3 }
        }
        return nil
    }

    /// `amount` then `[\s-]`: the amount is a run of `[0-9.,]` and, as what follows it
    /// may not be a digit, `.` or `,` either, it ends where that run ends.
    private static func amountThenSpaceOrHyphen(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.end(of: p) { $0.isASCIIDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        guard let next = bytes.at(end) else { return false }
        return next >= 0x80 || next.isPCRE2Space || next == UInt8(ascii: "-")
    }

    /// `[-+]?[0-9]+(?:\.[0-9]+)?(?:\s?%|[\s-](?:per ?cent|pct)\b)`.
    private static func percentMayStart(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = p
        if !bytes[p].isASCIIDigit {
            digits += 1  // a sign
            guard bytes.at(digits)?.isASCIIDigit == true else { return false }
        }
        let end = bytes.end(of: digits) { $0.isASCIIDigit || $0 == UInt8(ascii: ".") }
        guard let next = bytes.at(end) else { return false }
        if next == UInt8(ascii: "%") || next >= 0x80 { return true }
        guard next.isPCRE2Space || next == UInt8(ascii: "-") else { return false }
        if next != UInt8(ascii: "-"), bytes.at(end + 1) == UInt8(ascii: "%") { return true }
        return bytes.hasPrefix("per", at: end + 1) || bytes.hasPrefix("pct", at: end + 1)
    }

    /// A month name (`Jan`, `June`, …; case-sensitive), a day of one or two digits then
    /// ` ` or an ordinal suffix, or four digits then `-` (ISO dates).
    private static func dateMayStart(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[p]
        if first.isASCIIDigit {
            let end = bytes.end(of: p) { $0.isASCIIDigit }
            guard let next = bytes.at(end) else { return false }
            switch end - p {
            case 1, 2:
                return next == UInt8(ascii: " ") || next == UInt8(ascii: "s") || next == UInt8(ascii: "n")
                    || next == UInt8(ascii: "r") || next == UInt8(ascii: "t")
            case 4: return next == UInt8(ascii: "-")
            default: return false
            }
        }
        guard let second = bytes.at(p + 1) else { return false }
        switch first {
        case UInt8(ascii: "J"): return second == UInt8(ascii: "a") || second == UInt8(ascii: "u")
        case UInt8(ascii: "F"), UInt8(ascii: "S"), UInt8(ascii: "D"): return second == UInt8(ascii: "e")
        case UInt8(ascii: "M"): return second == UInt8(ascii: "a")
        case UInt8(ascii: "A"): return second == UInt8(ascii: "p") || second == UInt8(ascii: "u")
        case UInt8(ascii: "O"): return second == UInt8(ascii: "c")
        case UInt8(ascii: "N"): return second == UInt8(ascii: "o")
        default: return false
        }
    }
}

extension UInt8 {
    /// `[A-Za-z0-9._%+-]`, the user part of `email`.
    var isEmailUserByte: Bool { Self.emailUser[Int(self)] }
    private static let emailUser: [Bool] = (0..<256).map { byte in
        let b = UInt8(byte)
        return b.isASCIIDigit || b.isASCIIUpper || (b &- UInt8(ascii: "a")) < 26 || "._%+-".utf8.contains(b)
    }
    var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }
    var isASCIIUpper: Bool { self &- UInt8(ascii: "A") < 26 }
    /// ASCII characters PCRE2's `\s` matches: tab, line feed, vertical tab, form feed,
    /// carriage return and space.
    var isPCRE2Space: Bool { self == 0x20 || (self &- 0x09) < 5 }
}

extension UnsafeBufferPointer<UInt8> {
    /// The byte at `index`, or `nil` past the end.
    @inline(__always) func at(_ index: Int) -> UInt8? {
        index < count ? self[index] : nil
    }

    /// The end of the run of bytes satisfying `predicate` that starts at `start`.
    @inline(__always) func end(of start: Int, where predicate: (UInt8) -> Bool) -> Int {
        var index = start
        while index < count, predicate(self[index]) { index += 1 }
        return index
    }

    /// The first `byte` at or after `start` (`memchr`).
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress,
              let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the ASCII `literal` is at `index`.
    func hasPrefix(_ literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index >= 0, index + length <= count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where self[index + offset] != pointer[offset] { return false }
        return true
    }
}
