/// A named, documented pattern of the built-in library (``PatternLibrary``).
public struct LibraryPattern: Sendable, Hashable {
    /// The name used in `library:` and reported as a match's `pattern`.
    public let name: String
    /// The PCRE2 pattern.
    public let pattern: String
    /// Options it needs (`dupnames` where alternatives share group names).
    public let options: RegexOptions
    /// What it matches and its named groups, for `extract list` and the docs.
    public let summary: String

    /// Creates a library entry.
    public init(name: String, pattern: String, options: RegexOptions = [], summary: String) {
        self.name = name
        self.pattern = pattern
        self.options = options
        self.summary = summary
    }
}
