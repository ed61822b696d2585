import LedeCore

/// A match kept after the search: the whole span and every numbered group.
public struct RegexMatch: Sendable, Hashable {
    /// The whole match.
    public var span: Span
    /// Group spans by number; index 0 is the whole match, `nil` for groups that did not take part.
    public var groups: [Span?]
    /// The pattern that matched (for group names).
    public let pattern: CompiledPattern

    init(_ view: MatchView, pattern: CompiledPattern) {
        self.span = view.span
        self.groups = (0..<view.count).map { view.group($0) }
        self.pattern = pattern
    }

    /// The span of the group called `name` (the first set one if several share it).
    public func group(named name: String) -> Span? {
        for number in pattern.groupNumbers(named: name) where number < groups.count {
            if let span = groups[number] { return span }
        }
        return nil
    }

    public static func == (a: RegexMatch, b: RegexMatch) -> Bool {
        a.span == b.span && a.groups == b.groups && a.pattern === b.pattern
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(groups)
        hasher.combine(ObjectIdentifier(pattern))
    }
}
