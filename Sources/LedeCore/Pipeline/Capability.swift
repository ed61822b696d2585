/// Something a step provides and later steps may require. The pipeline checks,
/// when it is built, that every requirement is provided by an earlier step.
public struct Capability: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible, Comparable {
    /// The capability's name.
    public let name: String

    /// Creates a capability; third parties should prefix names (`myorg.units`).
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }

    public var description: String { name }
    public static func < (a: Capability, b: Capability) -> Bool { a.name < b.name }

    /// ``AnnotatedDocument/tokens``.
    public static let tokens: Capability = "tokens"
    /// ``AnnotatedDocument/sentences``.
    public static let sentences: Capability = "sentences"
    /// ``AnnotatedDocument/paragraphs``.
    public static let paragraphs: Capability = "paragraphs"
    /// ``AnnotatedDocument/dateline``.
    public static let dateline: Capability = "dateline"
    /// ``AnnotatedDocument/published``.
    public static let published: Capability = "published"
    /// ``AnnotatedDocument/quotes``.
    public static let quotes: Capability = "quotes"
    /// ``AnnotatedDocument/matches``.
    public static let matches: Capability = "matches"
}
