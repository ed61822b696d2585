/// One step of a pipeline file: which extractor, under what name, with what options.
public struct StepConfiguration: Sendable {
    /// The registry name (`extractor:`).
    public var extractor: String
    /// The step's unique name (`name:`, defaulting to the extractor name).
    public var name: String
    /// Every other key of the step, in file order.
    public var options: [JSONValue.Member]
    /// The file the step came from.
    public var file: String?
    /// The 1-based line of the step in ``file``.
    public var line: Int?
    /// The line of each option key, for error messages.
    public var lines: [String: Int]

    /// Creates a step configuration.
    public init(extractor: String, name: String? = nil, options: [JSONValue.Member] = [], file: String? = nil,
                line: Int? = nil, lines: [String: Int] = [:]) {
        self.extractor = extractor
        self.name = name ?? extractor
        self.options = options
        self.file = file
        self.line = line
        self.lines = lines
    }
}
