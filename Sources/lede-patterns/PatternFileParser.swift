/// Reads a `*.patterns.yaml` or `*.patterns.json` file without a YAML library:
/// the format is a flat mapping, so a small parser keeps the build-time tool quick
/// to build and, unlike a general YAML library, knows the file offset of every byte
/// of every pattern, which is what puts PCRE2's error offset on the right column.
///
/// Supported: `#` comments; block mappings and sequences; flow mappings and
/// sequences (so JSON); plain, single-quoted and double-quoted one-line strings;
/// `|` literal block strings. Anything else (anchors, tags, `>` folding, multi-line
/// plain or quoted strings) is rejected with a located error rather than misread.
struct PatternFileParser {
    private let b: [UInt8]
    private var i = 0

    init(bytes: [UInt8]) { self.b = bytes }

    /// Parses the whole file into its top-level node, or `nil` when it holds no value.
    mutating func parseDocument() throws(Diagnostic) -> Node? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        guard var indent = try nextContentLine() else { return nil }
        if b[i...].starts(with: Array("---".utf8)), atLineEnd(i + 3, allowComment: true) {
            i = lineEnd(i)
            guard let next = try nextContentLine() else { return nil }
            indent = next
        }
        let node: Node
        if peek == UInt8(ascii: "{") || peek == UInt8(ascii: "[") {
            node = try parseFlow()
            skipFlowSpace()
            guard i >= b.count else { throw Diagnostic(i, "unexpected text after the top-level value") }
        } else {
            node = try parseBlockMapping(indent: indent)
            if try nextContentLine() != nil { throw Diagnostic(i, "unexpected indentation") }
        }
        return node
    }

    // MARK: Lines

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    private func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

    /// Offset of the line break (or end of file) ending the line holding `from`.
    private func lineEnd(_ from: Int) -> Int {
        var k = from
        while k < b.count, !isBreak(b[k]) { k += 1 }
        return k
    }

    /// Whether only spaces (and, if allowed, a comment) remain on the line from `k`.
    private func atLineEnd(_ k: Int, allowComment: Bool) -> Bool {
        var k = k
        while k < b.count, isSpace(b[k]) { k += 1 }
        return k >= b.count || isBreak(b[k]) || (allowComment && b[k] == UInt8(ascii: "#"))
    }

    /// Moves to the first character of the next line with content, skipping blank and
    /// comment lines; returns its indentation, or `nil` at the end of the file. Must be
    /// called at a line end or line start.
    private mutating func nextContentLine() throws(Diagnostic) -> Int? {
        while i < b.count {
            // Move to a line start.
            if isBreak(b[i]) { i += 1; continue }
            var k = i
            while k < b.count, b[k] == 0x20 { k += 1 }
            if k < b.count, b[k] == 0x09 { throw Diagnostic(k, "tabs cannot indent YAML; use spaces") }
            if k >= b.count { i = k; return nil }
            if isBreak(b[k]) || b[k] == UInt8(ascii: "#") { i = lineEnd(k); continue }
            let indent = k - lineStart(k)
            i = k
            return indent
        }
        return nil
    }

    private func lineStart(_ k: Int) -> Int {
        var s = k
        while s > 0, b[s - 1] != 0x0A { s -= 1 }
        return s
    }

    /// After a value on a line: only spaces and a comment may follow.
    private mutating func finishLine() throws(Diagnostic) {
        while i < b.count, isSpace(b[i]) { i += 1 }
        if i < b.count, !isBreak(b[i]), b[i] != UInt8(ascii: "#") {
            throw Diagnostic(i, "unexpected text after the value; quote the pattern if it contains ': ' or ' #'")
        }
        i = lineEnd(i)
    }

    // MARK: Block context

    private mutating func parseBlockMapping(indent: Int) throws(Diagnostic) -> Node {
        let start = i
        var members: [(key: Scalar, value: Node)] = []
        while true {
            if b[i] == UInt8(ascii: "-"), i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]) {
                throw Diagnostic(i, "expected `name: value`, found a list item")
            }
            let key = try parseKey()
            i += 1  // the ':'
            let value = try parseBlockValue(parentIndent: indent, key: key)
            members.append((key, value))
            guard let next = try nextContentLine() else { break }
            if next < indent { break }
            if next > indent {
                throw Diagnostic(i, "unexpected indentation (a plain string cannot continue on the next line; quote it or use `|`)")
            }
        }
        return .mapping(members, start: start)
    }

    /// A mapping key up to its `:`; leaves `i` on the colon.
    private mutating func parseKey() throws(Diagnostic) -> Scalar {
        if peek == UInt8(ascii: "'") || peek == UInt8(ascii: "\"") {
            let key = try parseQuoted()
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard peek == UInt8(ascii: ":") else { throw Diagnostic(i, "expected ':' after the key") }
            return key
        }
        var key = Scalar(start: i)
        while i < b.count, !isBreak(b[i]) {
            if b[i] == UInt8(ascii: ":"), i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]) { break }
            if b[i] == UInt8(ascii: "#"), i > key.start, isSpace(b[i - 1]) { break }
            key.append(b[i], from: i)
            i += 1
        }
        guard peek == UInt8(ascii: ":") else { throw Diagnostic(key.start, "expected `name: value`") }
        trimTrailingSpaces(&key)
        key.end = key.origins.last.map { $0 + 1 } ?? key.start
        guard !key.bytes.isEmpty else { throw Diagnostic(key.start, "empty key") }
        return key
    }

    private func trimTrailingSpaces(_ s: inout Scalar) {
        while let last = s.bytes.last, isSpace(last) {
            s.bytes.removeLast()
            s.origins.removeLast()
        }
    }

    /// The value after `key:` on the same line or on the lines below it.
    private mutating func parseBlockValue(parentIndent: Int, key: Scalar) throws(Diagnostic) -> Node {
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard let c = peek, !isBreak(c), c != UInt8(ascii: "#") else {
            // Nothing on this line: a nested block mapping or sequence follows.
            let save = i
            guard let indent = try nextContentLine() else {
                throw Diagnostic(key.start, "'\(key.string)' has no value")
            }
            let isItem = b[i] == UInt8(ascii: "-") && (i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]))
            if indent > parentIndent {
                return isItem ? try parseBlockSequence(indent: indent) : try parseBlockMapping(indent: indent)
            }
            if indent == parentIndent, isItem { return try parseBlockSequence(indent: indent) }
            i = save
            throw Diagnostic(key.start, "'\(key.string)' has no value")
        }
        switch c {
        case UInt8(ascii: "|"):
            return .scalar(try parseLiteralBlock(parentIndent: parentIndent))
        case UInt8(ascii: ">"):
            throw Diagnostic(i, "folded strings (>) are not supported; use `|` or a quoted string")
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
            throw Diagnostic(i, "YAML anchors, aliases and tags are not supported in patterns files")
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = i
            do {
                let node = try parseFlow()
                try finishLine()
                return node
            } catch {
                // `[A-Z]+` reads as a list followed by junk: say what to do instead.
                throw c == UInt8(ascii: "[") ? Diagnostic(start, "a pattern starting with '[' must be quoted; YAML reads '[' as a list") : error
            }
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            let s = try parseQuoted()
            try finishLine()
            return .scalar(s)
        default:
            let s = try parseBlockPlain()
            try finishLine()
            return .scalar(s)
        }
    }

    private mutating func parseBlockSequence(indent: Int) throws(Diagnostic) -> Node {
        let start = i
        var items: [Node] = []
        while true {
            i += 1  // the '-'
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard let c = peek, !isBreak(c), c != UInt8(ascii: "#") else {
                throw Diagnostic(i, "empty list item")
            }
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): items.append(.scalar(try parseQuoted()))
            case UInt8(ascii: "{"), UInt8(ascii: "["): items.append(try parseFlow())
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"):
                throw Diagnostic(i, "list items must be plain or quoted strings")
            default: items.append(.scalar(try parseBlockPlain()))
            }
            try finishLine()
            let save = i
            guard let next = try nextContentLine() else { break }
            let isItem = b[i] == UInt8(ascii: "-") && (i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]))
            if next == indent, isItem { continue }
            if next > indent { throw Diagnostic(i, "unexpected indentation in a list") }
            i = save
            break
        }
        return .sequence(items, start: start)
    }

    /// A plain string in block context: up to ` #` or the line end, trailing spaces trimmed.
    private mutating func parseBlockPlain() throws(Diagnostic) -> Scalar {
        var s = Scalar(start: i)
        if let c = peek, [UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`")].contains(c) {
            throw Diagnostic(i, "a plain string cannot start with '\(Character(Unicode.Scalar(c)))'; quote the pattern")
        }
        while i < b.count, !isBreak(b[i]) {
            if b[i] == UInt8(ascii: "#"), isSpace(b[i - 1]) { break }
            if b[i] == UInt8(ascii: ":"), i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]) {
                throw Diagnostic(i, "': ' inside a plain string starts a mapping in YAML; quote the pattern")
            }
            s.append(b[i], from: i)
            i += 1
        }
        trimTrailingSpaces(&s)
        s.end = s.origins.last.map { $0 + 1 } ?? s.start
        return s
    }

    /// `|`, `|-` or `|+` and the more indented lines below: the text exactly as written.
    private mutating func parseLiteralBlock(parentIndent: Int) throws(Diagnostic) -> Scalar {
        let header = i
        i += 1
        var chomp: UInt8? = nil
        if let c = peek, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { chomp = c; i += 1 }
        if let c = peek, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
            throw Diagnostic(i, "indentation indicators are not supported; indent the block consistently")
        }
        try finishLine()
        // Each line of the block: where its text starts and ends, and the break before it.
        var lines: [(start: Int, end: Int, breakBefore: Int, blank: Bool)] = []
        var contentIndent: Int? = nil
        while i < b.count {
            let breakBefore = i
            let ls = i + (b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1)
            var k = ls
            while k < b.count, b[k] == 0x20 { k += 1 }
            let e = lineEnd(k)
            let textEnd = e > k && b[e - 1] == 0x0D ? e - 1 : e
            if k >= textEnd {
                lines.append((textEnd, textEnd, breakBefore, true))
                i = e
                continue
            }
            let indent = k - ls
            if indent <= parentIndent || indent < (contentIndent ?? 0) { i = breakBefore; break }
            let ci = contentIndent ?? indent
            contentIndent = ci
            lines.append((ls + ci, textEnd, breakBefore, false))
            i = e
        }
        guard let last = lines.lastIndex(where: { !$0.blank }) else { throw Diagnostic(header, "empty block string") }
        var s = Scalar(start: header)
        for (n, line) in lines[...last].enumerated() {
            if n > 0 { s.append(0x0A, from: line.breakBefore) }
            for j in line.start..<line.end { s.append(b[j], from: j) }
        }
        s.end = lines[last].end
        let trailing = lines[(last + 1)...]
        switch chomp {
        case UInt8(ascii: "-"): break
        case UInt8(ascii: "+"):
            s.append(0x0A, from: s.end)
            for line in trailing where line.start < b.count { s.append(0x0A, from: line.breakBefore) }
        default: s.append(0x0A, from: s.end)
        }
        return s
    }

    // MARK: Flow context (and JSON)

    /// Skips spaces, line breaks and comments inside `{ }` / `[ ]`.
    private mutating func skipFlowSpace() {
        while i < b.count {
            if isSpace(b[i]) || isBreak(b[i]) { i += 1; continue }
            if b[i] == UInt8(ascii: "#"), i == 0 || isSpace(b[i - 1]) || isBreak(b[i - 1]) { i = lineEnd(i); continue }
            break
        }
    }

    private mutating func parseFlow() throws(Diagnostic) -> Node {
        let start = i
        let open = b[i]
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        var members: [(key: Scalar, value: Node)] = []
        var items: [Node] = []
        while true {
            skipFlowSpace()
            guard let c = peek else { throw Diagnostic(start, "'\(Character(Unicode.Scalar(open)))' is never closed") }
            if c == close { i += 1; break }
            if open == UInt8(ascii: "{") {
                let key = try parseFlowScalar(isKey: true)
                skipFlowSpace()
                guard peek == UInt8(ascii: ":") else { throw Diagnostic(i, "expected ':' after key '\(key.string)'") }
                i += 1
                skipFlowSpace()
                if peek == UInt8(ascii: ",") || peek == close { throw Diagnostic(key.start, "'\(key.string)' has no value") }
                members.append((key, try parseFlowNode()))
            } else {
                items.append(try parseFlowNode())
            }
            skipFlowSpace()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == close { i += 1; break }
            throw Diagnostic(i, "expected ',' or '\(Character(Unicode.Scalar(close)))'; quote patterns that contain , [ ] { } or ': '")
        }
        return open == UInt8(ascii: "{") ? .mapping(members, start: start) : .sequence(items, start: start)
    }

    private mutating func parseFlowNode() throws(Diagnostic) -> Node {
        switch peek {
        case UInt8(ascii: "{"), UInt8(ascii: "["): try parseFlow()
        default: .scalar(try parseFlowScalar(isKey: false))
        }
    }

    private mutating func parseFlowScalar(isKey: Bool) throws(Diagnostic) -> Scalar {
        guard let c = peek else { throw Diagnostic(i, "unexpected end of file") }
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") { return try parseQuoted() }
        if [UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(c) {
            throw Diagnostic(i, "unexpected '\(Character(Unicode.Scalar(c)))'; quote the string")
        }
        var s = Scalar(start: i)
        let stops: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}")]
        while i < b.count, !isBreak(b[i]), !stops.contains(b[i]) {
            if b[i] == UInt8(ascii: ":"), i + 1 >= b.count || isSpace(b[i + 1]) || isBreak(b[i + 1]) || stops.contains(b[i + 1]) {
                break
            }
            if b[i] == UInt8(ascii: "#"), isSpace(b[i - 1]) { break }
            s.append(b[i], from: i)
            i += 1
        }
        trimTrailingSpaces(&s)
        s.end = s.origins.last.map { $0 + 1 } ?? s.start
        if s.bytes.isEmpty { throw Diagnostic(i, isKey ? "expected a key" : "expected a value") }
        return s
    }

    // MARK: Quoted strings

    private mutating func parseQuoted() throws(Diagnostic) -> Scalar {
        let quote = b[i]
        var s = Scalar(start: i)
        i += 1
        while true {
            guard i < b.count, !isBreak(b[i]) else {
                throw Diagnostic(s.start, "unterminated string; quoted strings must end on the line they start (use `|` for several lines)")
            }
            let c = b[i]
            if quote == UInt8(ascii: "'") {
                if c == quote {
                    if i + 1 < b.count, b[i + 1] == quote { s.append(quote, from: i); i += 2; continue }
                    break
                }
                s.append(c, from: i)
                i += 1
                continue
            }
            if c == quote { break }
            if c == UInt8(ascii: "\\") {
                try parseEscape(into: &s)
                continue
            }
            s.append(c, from: i)
            i += 1
        }
        s.end = i
        i += 1  // the closing quote
        return s
    }

    /// One backslash escape of a double-quoted string (YAML's set, which includes JSON's).
    private mutating func parseEscape(into s: inout Scalar) throws(Diagnostic) {
        let at = i
        guard i + 1 < b.count, !isBreak(b[i + 1]) else {
            throw Diagnostic(at, "a backslash cannot end a line inside a quoted string")
        }
        let e = b[i + 1]
        i += 2
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "0"): 0, UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9, 0x09: 9,
            UInt8(ascii: "n"): 10, UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12, UInt8(ascii: "r"): 13,
            UInt8(ascii: "e"): 27, 0x20: 0x20, UInt8(ascii: "\""): 0x22, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "\\"): 0x5C,
        ]
        if let v = simple[e] { s.append(v, from: at); return }
        let digits: Int
        switch e {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        case UInt8(ascii: "N"): _ = s.append(scalar: 0x85, from: at); return
        case UInt8(ascii: "_"): _ = s.append(scalar: 0xA0, from: at); return
        case UInt8(ascii: "L"): _ = s.append(scalar: 0x2028, from: at); return
        case UInt8(ascii: "P"): _ = s.append(scalar: 0x2029, from: at); return
        default:
            throw Diagnostic(at, "unknown escape '\\\(Character(Unicode.Scalar(e)))' in a double-quoted string; "
                + "regex backslashes must be doubled there (\"\\\\d\"), or use single quotes")
        }
        var value = try hex(digits, at: at)
        // A JSON surrogate pair: \uD83D\uDE00.
        if digits == 4, (0xD800...0xDBFF).contains(value), b[i...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
            i += 2
            let low = try hex(4, at: at)
            guard (0xDC00...0xDFFF).contains(low) else { throw Diagnostic(at, "invalid surrogate pair") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard s.append(scalar: value, from: at) else { throw Diagnostic(at, "escape is not a Unicode scalar value") }
    }

    private mutating func hex(_ count: Int, at: Int) throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard i < b.count, let d = Character(Unicode.Scalar(b[i])).hexDigitValue else {
                throw Diagnostic(at, "expected \(count) hexadecimal digits in escape")
            }
            value = value * 16 + UInt32(d)
            i += 1
        }
        return value
    }
}
