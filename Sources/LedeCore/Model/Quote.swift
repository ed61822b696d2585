/// A direct quotation and, when it is speech, who said it.
public struct Quote: Sendable, Hashable {
    /// Whether the quote is a sentence or more, or a fragment inside a sentence.
    public enum Kind: String, Sendable, Hashable {
        /// One or more whole sentences.
        case full
        /// A fragment inside a sentence of the narrative.
        case partial
    }

    /// The quoted words without their quote marks, first word to last.
    public var span: Span
    /// Full or partial.
    public var kind: Kind
    /// The speaker's canonical name (`Lee Jae Myung`, `a senior US defense official`), or `nil`.
    public var speaker: String?
    /// The speaker mention nearest the quote (may be `he` or `the official`).
    public var mention: Span?
    /// The reporting words (`said`, `according to`).
    public var cue: Span?
    /// Which attribution rule found the speaker (`adjacent-cue`, `continuation` …), for diagnostics.
    public var rule: String?

    /// Creates a quote.
    public init(span: Span, kind: Kind, speaker: String? = nil, mention: Span? = nil, cue: Span? = nil, rule: String? = nil) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.mention = mention
        self.cue = cue
        self.rule = rule
    }
}
