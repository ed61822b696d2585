/// One match of a named pattern from a regex step.
public struct Match: Sendable, Hashable {
    /// A named capture group and its span (`nil` when the group did not take part).
    public struct Group: Sendable, Hashable {
        /// The group's name.
        public var name: String
        /// The group's byte span, or `nil` if unset in this match.
        public var span: Span?

        /// Creates a group.
        public init(name: String, span: Span?) {
            self.name = name
            self.span = span
        }
    }

    /// The pattern's name in its step.
    public var pattern: String
    /// The whole match.
    public var span: Span
    /// Named groups, in the pattern's group order.
    public var groups: [Group]

    /// Creates a match.
    public init(pattern: String, span: Span, groups: [Group] = []) {
        self.pattern = pattern
        self.span = span
        self.groups = groups
    }
}
