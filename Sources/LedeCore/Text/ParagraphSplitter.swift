/// Splits text into paragraphs: blocks separated by line breaks, trimmed of
/// surrounding white space; lines holding only white space (no-break spaces
/// included) are not paragraphs.
///
/// Two layouts are told apart (``isHardWrapped(_:)``):
/// - most web text puts each paragraph on one line, so a line break ends a
///   paragraph (the seed articles use single line breaks between paragraphs),
///   except a stray single break inside a sentence: after a letter, digit or
///   comma and before a lower-case letter;
/// - wire copy such as Reuters is hard-wrapped at a fixed width: a single line
///   break is only a wrap, and a paragraph ends at a blank line or before an
///   indented line.
///
/// ``SentenceSplitter`` uses the same rule, so a sentence never crosses a paragraph.
public struct ParagraphSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Paragraph byte spans in text order.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let n = bytes.count
        let wrapped = Self.isHardWrapped(bytes)
        var out: [Span] = []
        var paragraph: Span?  // the open paragraph (wrapped layout)
        var previousLine: Span?  // the line just before, if not blank (one-line layout)
        var lineStart = 0
        while lineStart <= n {
            let lineEnd = Self.lineEnd(p, lineStart, n)
            let line = Self.trimmed(p, lineStart, lineEnd)
            if !wrapped {
                if let line, let last = out.last, let previous = previousLine,
                   Self.continues(p, previous.end - 1, line.start) {
                    out[out.count - 1] = Span(start: last.start, end: line.end)
                } else if let line {
                    out.append(line)
                }
                previousLine = line
            } else if let line {
                if let open = paragraph, line.start == lineStart {  // not indented: a wrapped line
                    paragraph = Span(start: open.start, end: line.end)
                } else {
                    if let open = paragraph { out.append(open) }
                    paragraph = line
                }
            } else if let open = paragraph {  // a blank line ends the paragraph
                out.append(open)
                paragraph = nil
            }
            lineStart = lineEnd + 1
        }
        if let open = paragraph { out.append(open) }
        return out
    }

    /// Non-blank lines read to decide the layout: a document keeps one layout, so
    /// a long input costs no more than an article.
    static let layoutSampleLines = 200

    /// Whether the text looks hard-wrapped at a fixed width, judged on its first
    /// `layoutSampleLines` non-blank lines: at least three of them, none longer
    /// than 100 bytes, and lines that continue the line before them in lower case
    /// (at least two, or one when the text also indents its paragraphs).
    public static func isHardWrapped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        let n = bytes.count
        var lines = 0, continuations = 0, indented = 0
        var previousBlank = true
        var lineStart = 0
        while lineStart < n && lines < Self.layoutSampleLines {
            let lineEnd = Self.lineEnd(p, lineStart, n)
            if lineEnd - lineStart > 100 { return false }
            if let line = trimmed(p, lineStart, lineEnd) {
                lines += 1
                if line.start > lineStart { indented += 1 }
                else if !previousBlank && p[line.start] >= UInt8(ascii: "a") && p[line.start] <= UInt8(ascii: "z") {
                    continuations += 1
                }
                previousBlank = false
            } else {
                previousBlank = true
            }
            lineStart = lineEnd + 1
        }
        return lines >= 3 && (continuations >= 2 || (continuations >= 1 && indented >= 1))
    }

    /// Whether the white space `p[from..<to]` between two tokens holds a paragraph
    /// break in the given layout.
    static func isBreak(_ p: UnsafePointer<UInt8>, from: Int, to: Int, hardWrapped: Bool) -> Bool {
        var newlines = 0
        var indentAfterNewline = false
        var i = from
        while i < to {
            let b = p[i]
            if b == 0x0A {
                newlines += 1
                indentAfterNewline = false
                i += 1
                continue
            }
            if newlines > 0 && b != 0x0D { indentAfterNewline = true }
            i += 1
        }
        if !hardWrapped { return newlines > 1 || (newlines == 1 && !continues(p, from - 1, to)) }
        return newlines >= 2 || (newlines == 1 && indentAfterNewline)
    }

    /// Whether a line whose last byte is `p[last]` runs on into the next line that
    /// starts at `p[first]`, across a single line break in one-line-per-paragraph
    /// text: it ends in a letter, digit or comma and the next starts in lower case
    /// (a stray break inside a sentence, `Donald Trump regularly\nincites`).
    static func continues(_ p: UnsafePointer<UInt8>, _ last: Int, _ first: Int) -> Bool {
        let a = p[last], b = p[first]
        guard b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else { return false }
        return a == UInt8(ascii: ",") || (a | 0x20 >= UInt8(ascii: "a") && a | 0x20 <= UInt8(ascii: "z"))
            || (a >= UInt8(ascii: "0") && a <= UInt8(ascii: "9"))
    }

    /// The end of the line starting at `i`: the next line feed, or `n`. Reads eight
    /// bytes at a time (a carriage return is white space at the end of the line).
    static func lineEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        var e = i
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while e &+ 8 <= n {
            let v = UnsafeRawPointer(p + e).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
            let found = (v &- ones) & ~v & highs
            if found != 0 { return e &+ (found.littleEndian.trailingZeroBitCount >> 3) }
            e &+= 8
        }
        while e < n && p[e] != 0x0A { e &+= 1 }
        return e
    }

    /// The line `p[lo..<hi]` without surrounding white space, or `nil` if nothing is left.
    private static func trimmed(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Span? {
        var a = lo, b = hi
        while a < b, let w = spaceWidth(p, a, hi) { a += w }
        while b > a {
            if p[b - 1] == 0x20 || p[b - 1] == 0x09 || p[b - 1] == 0x0D || p[b - 1] == 0x0B || p[b - 1] == 0x0C {
                b -= 1
                continue
            }
            // A multi-byte space ends the line: step back to its first byte.
            var s = b - 1
            while s > a && b - s < 4 && p[s] & 0xC0 == 0x80 { s -= 1 }
            guard p[s] >= 0x80, spaceWidth(p, s, b) == b - s else { break }
            b = s
        }
        return a < b ? Span(start: a, end: b) : nil
    }

    /// Width of a white-space character at `i` (below `end`), or nil.
    @inline(__always)
    private static func spaceWidth(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = p[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : nil }
        let (v, len) = UTF8Scalar.decode(p, i, end)
        guard v != UTF8Scalar.invalid else { return nil }
        let c = ScalarClass.of(v)
        return c == .space || c == .lineBreak ? len : nil
    }
}
