/// A named regex pattern that ships with the regex step, for `extract list`.
public struct PatternDescription: Sendable, Hashable {
    /// The name a pipeline file uses for it.
    public var name: String
    /// The PCRE2 source.
    public var pattern: String
    /// What it finds.
    public var summary: String

    /// Creates a description.
    public init(name: String, pattern: String, summary: String) {
        self.name = name
        self.pattern = pattern
        self.summary = summary
    }
}
