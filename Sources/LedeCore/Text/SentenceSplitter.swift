/// Splits text into sentences using its tokens.
///
/// INTERIM implementation: splits after `.`, `!`, `?` and at paragraph breaks;
/// replaced by the abbreviation- and quote-aware splitter (issue 2).
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Sentence byte spans in text order.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer) -> [Span] {
        var out: [Span] = []
        var start: Int?
        for i in tokens.indices {
            let t = tokens[i]
            if start == nil { start = t.span.start }
            let b = bytes[t.span.start]
            if t.kind == .punctuation && (b == 0x2E || b == 0x21 || b == 0x3F), let s = start {
                out.append(Span(start: s, end: t.span.end))
                start = nil
            }
        }
        if let s = start, let last = tokens.last { out.append(Span(start: s, end: last.span.end)) }
        return out
    }
}
