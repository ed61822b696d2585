/// One named pattern of a regex step, before compilation.
public struct PatternDefinition: Sendable, Hashable {
    /// The name reported as each match's `pattern`.
    public var name: String
    /// The PCRE2 pattern.
    public var pattern: String
    /// Options for this pattern (the step's options are added to these).
    public var options: RegexOptions
    /// Named groups to report; `nil` reports every named group.
    public var groups: [String]?

    /// Creates a definition.
    public init(name: String, pattern: String, options: RegexOptions = [], groups: [String]? = nil) {
        self.name = name
        self.pattern = pattern
        self.options = options
        self.groups = groups
    }

    /// The definition of a library pattern.
    public init(_ library: LibraryPattern) {
        self.init(name: library.name, pattern: library.pattern, options: library.options)
    }
}
