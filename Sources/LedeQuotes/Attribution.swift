import LedeCore

/// Who a sieve says spoke a quote: the mention in the attributing clause, the cue,
/// and the sieve's name. A continuation points at the quote it inherits from.
struct Attribution: Sendable {
    var mention: Mention?
    var cue: Span?
    var rule: String
    /// For continuations and echoes: the quote whose speaker this one takes.
    var inheritedFrom: Int?
}
