/// A named regular expression with its options, as written in a `regex` step's
/// `patterns:` or a `*.patterns.yaml` file compiled by the LedePatterns plugin.
public struct NamedPattern: Sendable, Hashable {
    /// The pattern's name; matches report it as `pattern`.
    public var name: String
    /// The PCRE2 pattern source.
    public var pattern: String
    /// Option names (`caseless`, `multiline`, `dotall`, `extended`, `anchored`, `ungreedy`).
    public var options: [String]
    /// Named groups to keep in output; empty keeps every named group.
    public var groups: [String]

    /// Creates a named pattern.
    public init(name: String, pattern: String, options: [String] = [], groups: [String] = []) {
        self.name = name
        self.pattern = pattern
        self.options = options
        self.groups = groups
    }

    /// The configuration of a `regex` step running `patterns`, ready for
    /// ``ExtractorRegistry/makeStep(_:)``.
    public static func regexStep(name: String, patterns: [NamedPattern]) -> StepConfiguration {
        let members = patterns.map { p -> JSONValue.Member in
            var fields = [JSONValue.Member("pattern", .string(p.pattern))]
            if !p.options.isEmpty { fields.append(.init("options", .array(p.options.map { .string($0) }))) }
            if !p.groups.isEmpty { fields.append(.init("groups", .array(p.groups.map { .string($0) }))) }
            return JSONValue.Member(p.name, .object(fields))
        }
        return StepConfiguration(extractor: "regex", name: name, options: [JSONValue.Member("patterns", .object(members))])
    }
}
