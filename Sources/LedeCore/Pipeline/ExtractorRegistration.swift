/// How to make one kind of extractor from a configuration step.
public struct ExtractorRegistration: Sendable {
    /// Builds an extractor from a step's options; throws ``ConfigurationError`` for bad values.
    public typealias Factory = @Sendable (StepOptions) throws(ConfigurationError) -> any Extractor

    /// The name used in `extractor:`.
    public var name: String
    /// One line on what the extractor does.
    public var summary: String
    /// The keys a step of this extractor accepts (besides `extractor` and `name`).
    public var options: [OptionSpec]
    /// What the extractor requires, for `extract list`.
    public var requires: Set<Capability>
    /// What the extractor provides, for `extract list`.
    public var provides: Set<Capability>
    /// Makes the extractor.
    public var factory: Factory

    /// Creates a registration for extractor type `type`.
    public init<E: Extractor>(_ type: E.Type, summary: String, options: [OptionSpec] = [],
                              requires: Set<Capability> = [], provides: Set<Capability> = [],
                              factory: @escaping Factory) {
        self.name = E.registryName
        self.summary = summary
        self.options = options
        self.requires = requires
        self.provides = provides
        self.factory = factory
    }
}
