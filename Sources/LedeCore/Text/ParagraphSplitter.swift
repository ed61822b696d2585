/// Splits text into paragraphs: blocks separated by line breaks, trimmed of
/// surrounding white space; lines holding only white space (including no-break
/// spaces) are not paragraphs.
public struct ParagraphSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Paragraph byte spans in text order.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var out: [Span] = []
        var lineStart = 0
        let n = bytes.count
        var i = 0
        while i <= n {
            if i == n || bytes[i] == 0x0A {
                if let s = trimmed(bytes, lineStart, i) { out.append(s) }
                lineStart = i + 1
            }
            i += 1
        }
        return out
    }

    private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Span? {
        var a = lo, b = hi
        while a < b {
            if let w = Self.spaceWidth(bytes, a) { a += w } else { break }
        }
        while b > a {
            if bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
            else if b - a >= 2 && bytes[b - 2] == 0xC2 && bytes[b - 1] == 0xA0 { b -= 2 }
            else { break }
        }
        return a < b ? Span(start: a, end: b) : nil
    }

    /// Width of a white-space character at `i` (space, tab, CR, NBSP), or nil.
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0D { return 1 }
        if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { return 2 }
        return nil
    }
}
