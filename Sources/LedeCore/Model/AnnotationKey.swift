/// A typed key for values an extractor leaves on an ``AnnotatedDocument`` for later
/// steps (an entity table, say) beyond the built-in fields.
///
/// ```swift
/// extension AnnotationKey where Value == [String] {
///     static let units = AnnotationKey("myorg.units")
/// }
/// annotated[.units] = ["2nd Infantry Division"]
/// ```
public struct AnnotationKey<Value: Sendable>: Hashable, Sendable {
    /// A unique name; prefix it with your organisation to avoid clashes.
    public let name: String

    /// Creates a key.
    public init(_ name: String) { self.name = name }
}
