import LedeCore

/// A quotation found by ``QuoteFinder``: where its marks and words are.
struct FoundQuote: Sendable, Equatable {
    /// The quoted words, trimmed of space and trailing clause punctuation.
    var inner: Span
    /// From the opening mark to the closing mark (or the paragraph end when unclosed).
    var outer: Span
    /// Whether a closing mark was found (false: recovered at the paragraph end).
    var closed: Bool
    /// Index of the first and last paragraph the quote covers.
    var firstParagraph: Int
    var lastParagraph: Int
}
