/// Splits text into sentences using its tokens.
///
/// Rules, in order:
/// - a paragraph break (see ``ParagraphSplitter``) always ends a sentence, so no
///   sentence crosses one;
/// - a sentence may end after `.`, `!`, `?` or an ellipsis, together with the closing
///   quotation marks and brackets right after it (`…allies.”`); it does not end
///   there when the next token starts in lower case (`…?” he asked`) or is `,` `;` `:`;
///   a comma inside a quotation (`…,” he said.`) is no end at all;
/// - a word with its own period is an abbreviation (``Abbreviations``): titles never
///   end a sentence (`Gen. Xavier Brunson`, `Sen. Jane Smith`); months and number
///   labels do not before a number (`Oct. 28`, `No. 2`); every other abbreviation,
///   dotted acronym and initial (`U.S.`, `a.m.`, `Inc.`, `J.`) ends a sentence only
///   when an opening quotation mark or a common sentence starter follows (`…in the
///   U.S. The next…` splits; `U.S. troops`, `J. Smith`, `10 a.m. Tuesday` do not).
///   The starters are capitalised pronouns, determiners, conjunctions,
///   prepositions and sentence adverbs (`SentenceStarters`): a heuristic that
///   keeps names after initials together at the cost of missing a sentence end
///   before a name.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Sentence byte spans in text order, from the first byte of a sentence's
    /// first token to the last byte of its last token.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer) -> [Span] {
        tokenRanges(bytes, tokens: tokens).map {
            Span(start: Int(tokens.starts[$0.lowerBound]), end: Int(tokens.ends[$0.upperBound - 1]))
        }
    }

    /// Sentences as ranges of indices into `tokens`, in text order, covering every
    /// token once (handy for walking a sentence's tokens, e.g. around a quote).
    public func tokenRanges(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer) -> [Range<Int>] {
        guard let p = bytes.baseAddress, !tokens.isEmpty else { return [] }
        let hardWrapped = ParagraphSplitter.isHardWrapped(bytes)
        return tokens.kinds.withUnsafeBufferPointer { kinds in
            tokens.starts.withUnsafeBufferPointer { starts in
                tokens.ends.withUnsafeBufferPointer { ends in
                    SentenceScan(p: p, n: bytes.count, kinds: kinds, starts: starts, ends: ends,
                                 hardWrapped: hardWrapped).ranges()
                }
            }
        }
    }
}

/// One sentence-splitting pass over a document's tokens.
private struct SentenceScan {
    let p: UnsafePointer<UInt8>
    let n: Int
    let kinds: UnsafeBufferPointer<TokenKind>
    let starts: UnsafeBufferPointer<Int32>
    let ends: UnsafeBufferPointer<Int32>
    let hardWrapped: Bool

    private static let dot = UInt8(ascii: ".")

    func ranges() -> [Range<Int>] {
        let count = kinds.count
        var out: [Range<Int>] = []
        var start = 0
        var k = 0
        while k < count {
            if k > start && isBreak(k - 1, k) {
                out.append(start..<k)
                start = k
            }
            guard let abbreviation = terminal(k) else {
                k += 1
                continue
            }
            var e = k + 1  // take the closing marks right after the terminal
            while e < count && tokenStart(e) == tokenEnd(e - 1) && isCloser(e) { e += 1 }
            if e < count && !isBreak(e - 1, e) && splits(after: abbreviation, closed: e > k + 1, next: e) {
                out.append(start..<e)
                start = e
            }
            k = e
        }
        if start < count { out.append(start..<count) }
        return out
    }

    @inline(__always) private func tokenStart(_ k: Int) -> Int { Int(starts[k]) }
    @inline(__always) private func tokenEnd(_ k: Int) -> Int { Int(ends[k]) }

    /// Whether a paragraph break separates tokens `a` and `b`; most gaps are one
    /// space or none and are settled without a call.
    @inline(__always) private func isBreak(_ a: Int, _ b: Int) -> Bool {
        let from = tokenEnd(a), to = tokenStart(b)
        if to &- from == 0 || (to &- from == 1 && p[from] == 0x20) { return false }
        return ParagraphSplitter.isBreak(p, from: from, to: to, hardWrapped: hardWrapped)
    }

    /// Whether token `k` may end a sentence: `nil` if not; `.some(nil)` for
    /// sentence punctuation; the abbreviation kind for a word with its own period.
    private func terminal(_ k: Int) -> AbbreviationKind?? {
        let s = tokenStart(k), e = tokenEnd(k)
        switch kinds[k] {
        case .punctuation:
            return isSentencePunctuation(s, e) ? .some(nil) : nil
        case .word:
            guard e - s >= 2, p[e - 1] == Self.dot else { return nil }
            return .some(Abbreviations.kind(of: UnsafeBufferPointer(start: p + s, count: e - s)))
        default:
            return nil
        }
    }

    private func isSentencePunctuation(_ s: Int, _ e: Int) -> Bool {
        let b = p[s]
        return b == Self.dot || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
            || (e - s == 3 && b == 0xE2 && p[s + 1] == 0x80 && p[s + 2] == 0xA6)  // …
    }

    /// Closing quotation marks and brackets, and more sentence punctuation (`?!`).
    private func isCloser(_ k: Int) -> Bool {
        switch kinds[k] {
        case .closeQuote: return true
        case .punctuation:
            let b = p[tokenStart(k)]
            return b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}")
                || isSentencePunctuation(tokenStart(k), tokenEnd(k))
        default: return false
        }
    }

    /// Whether a sentence ends before token `next`, after a terminal that is an
    /// abbreviation of kind `abbreviation` (or plain punctuation when `nil`), with
    /// closing marks in between when `closed`.
    private func splits(after abbreviation: AbbreviationKind?, closed: Bool, next: Int) -> Bool {
        let kind = kinds[next]
        if let abbreviation, !closed {
            switch abbreviation {
            case .title: return false
            case .month, .numberPrefix: if kind == .number { return false }
            case .terminal: break
            }
            return kind == .openQuote || SentenceStarters.contains(p, tokenStart(next), tokenEnd(next))
        }
        if kind == .punctuation {
            let b = p[tokenStart(next)]
            return !(b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":"))
        }
        return !startsLowercase(tokenStart(next))
    }

    private func startsLowercase(_ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        let (v, _) = UTF8Scalar.decode(p, i, n)
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }
}
