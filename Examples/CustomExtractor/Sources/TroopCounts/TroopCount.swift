import LedeCore

/// One troop count found in an article: "about 28,500 American troops".
public struct TroopCount: Sendable, Hashable {
    /// The whole phrase, as a byte span of the document.
    public var span: Span
    /// The number of people, when it can be read ("28,500" → 28500, "1.5 million" → 1500000).
    public var count: Int
    /// A hedge before the number ("about", "more than"), lowercased; `nil` when exact.
    public var qualifier: String?
    /// Whose forces ("American", "U.S.", "North Korean"), if named.
    public var force: String?
    /// The noun counted ("troops", "soldiers", "Marines").
    public var noun: String

    /// Creates a count.
    public init(span: Span, count: Int, qualifier: String? = nil, force: String? = nil, noun: String) {
        self.span = span
        self.count = count
        self.qualifier = qualifier
        self.force = force
        self.noun = noun
    }
}

/// A named military unit: "82nd Airborne Division", "7th Fleet".
public struct MilitaryUnit: Sendable, Hashable {
    /// The unit's name, as a byte span of the document.
    public var span: Span
    /// The unit's number ("82nd" → 82, "Eighth" → 8).
    public var number: Int
    /// The kind of unit ("Division", "Fleet").
    public var kind: String

    /// Creates a unit.
    public init(span: Span, number: Int, kind: String) {
        self.span = span
        self.number = number
        self.kind = kind
    }
}
