/// Splits UTF-8 text into tokens in one pass.
///
/// ASCII bytes are classified through a 256-entry table; only bytes of 0x80 and
/// above are decoded, and their Unicode properties decide: letters of any script
/// (Hangul included) make words, Unicode white space (no-break space too) separates,
/// C1 controls and invalid bytes are symbols. Kinds (see ``TokenKind``):
///
/// - words keep inner hyphens and apostrophes (`Jae-myung`, `Korea’s`, `don't`),
///   a plural possessive apostrophe (`workers'`), and the period of a known
///   abbreviation (`Gen.`, `Oct.`, ``Abbreviations``), a dotted acronym (`U.S.`,
///   `a.m.`) or an initial (`J.`); any other period is its own punctuation token;
/// - numbers: `28,500`, `3.5`, `2025-11-05`, `10:05`, `1950s`, `’90s`, `-0.5`;
/// - quotation marks: curly and angle marks by their shape; a straight `"` or `'`
///   by context (opening after white space, a bracket or a dash; closing after text);
///   an apostrophe that elides (`’90s`, `rock ’n’ roll`) is part of its word;
/// - dashes: `–`, `—`, `―`, `--`, and a hyphen with white space on both sides;
/// - web addresses (`https://…`, `www.…`, `name.com/…`), e-mail addresses,
///   `#hashtags`, `@mentions`, symbols, and other punctuation.
///
/// Guarantees: tokens are in text order, never overlap, and cover every byte that
/// is not white space (``isWhiteSpace(_:)``); invalid UTF-8 bytes become one-byte
/// symbol tokens. Tokens go into a ``TokenBuffer`` through a fixed scratch block, so
/// tokenizing allocates nothing per token.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The longest input tokenized: token offsets are stored as `Int32`.
    public static let maximumLength = Int(Int32.max)

    /// Tokenizes `bytes` (up to ``maximumLength`` bytes), appending to `tokens`.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = min(bytes.count, Self.maximumLength)
        ByteClass.table.withUnsafeBufferPointer { table in
            guard let cls = table.baseAddress else { return }
            var scanner = TokenScanner(p: base, n: n, cls: cls)
            swap(&scanner.sink.output, &tokens)  // keep the arrays uniquely referenced
            scanner.sink.output.reserveCapacity(scanner.sink.output.count + n / 4 + 16)
            scanner.run()
            scanner.sink.flush()
            swap(&scanner.sink.output, &tokens)
            scanner.sink.deallocate()
        }
    }

    /// Tokenizes a whole document.
    public func tokenize(_ document: Document) -> TokenBuffer {
        var tokens = TokenBuffer()
        document.bytes.withUnsafeBufferPointer { tokenize($0, into: &tokens) }
        return tokens
    }

    /// Whether the tokenizer treats `scalar` as white space (covered by no token):
    /// ASCII tab, line feed, vertical tab, form feed, carriage return and space, and
    /// Unicode spaces and line separators (U+0085, U+00A0, U+2000–U+200B, U+2028,
    /// U+2029, U+202F, U+205F, U+2060, U+3000, U+FEFF …).
    public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        let c = ScalarClass.of(v)
        return c == .space || c == .lineBreak
    }
}
