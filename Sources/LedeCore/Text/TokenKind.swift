/// What a token is. One byte, so token kinds pack densely in a ``TokenBuffer``.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters of any script, with inner hyphens and apostrophes (`Jae-myung`, `Korea’s`,
    /// `don't`), a plural possessive apostrophe (`workers'`), elisions (`’n’`, `’til`), and
    /// the period of an abbreviation, dotted acronym or initial (`Gen.`, `U.S.`, `J.`).
    case word
    /// Digits with separators and suffixes (`28,500`, `3.5`, `1950s`, `2025-11-05`, `10:05`, `’90s`).
    case number
    /// Sentence and clause punctuation (`. , ; : ! ? ( ) [ ]` …).
    case punctuation
    /// An opening quotation mark (`“`, `«`, `‘`, a straight `"` or `'` opening by context).
    case openQuote
    /// A closing quotation mark (`”`, `»`, a `’` that is no apostrophe, a straight `"` or `'`
    /// closing by context).
    case closeQuote
    /// A dash used as a separator (`–`, `—`, `―`, `--`, a spaced `-`).
    case dash
    /// Any other symbol (`$`, `%`, `&`, `+`, `©` …).
    case symbol
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// A hashtag (`#OPCON`).
    case hashtag
    /// An @-mention (`@Reuters`).
    case mention

    /// The kind's name as it appears in output.
    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .openQuote: "open_quote"
        case .closeQuote: "close_quote"
        case .dash: "dash"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        }
    }
}
