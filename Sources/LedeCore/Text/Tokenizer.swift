/// Splits UTF-8 text into tokens in one pass.
///
/// INTERIM implementation: whitespace/punctuation split; replaced by the full
/// class-table tokenizer (issue 2).
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `bytes`, appending to `tokens`.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1; continue }
            let start = i
            if b < 0x80 && !(b >= 0x30 && b <= 0x39) && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                i += 1
                tokens.append(b == 0x22 ? .openQuote : .punctuation, start: start, end: i)
                continue
            }
            while i < n {
                let c = bytes[i]
                if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { break }
                if c < 0x80 && !(c >= 0x30 && c <= 0x39) && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) { break }
                i += 1
            }
            tokens.append(.word, start: start, end: i)
        }
    }

    /// Tokenizes a whole document.
    public func tokenize(_ document: Document) -> TokenBuffer {
        var tokens = TokenBuffer(capacity: document.bytes.count / 5)
        document.bytes.withUnsafeBufferPointer { tokenize($0, into: &tokens) }
        return tokens
    }
}
