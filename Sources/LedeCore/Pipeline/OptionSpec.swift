/// One configuration key an extractor accepts, for validation and for `extract list`.
public struct OptionSpec: Sendable, Hashable {
    /// The key as written in a step.
    public var key: String
    /// The kind of value (`string`, `int`, `bool`, `map`, `list of strings`).
    public var type: String
    /// The default, as written, when the key is absent.
    public var defaultValue: String?
    /// What the key does.
    public var summary: String

    /// Creates a spec.
    public init(_ key: String, _ type: String, default defaultValue: String? = nil, _ summary: String) {
        self.key = key
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
