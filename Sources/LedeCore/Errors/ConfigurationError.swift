/// A pipeline that cannot be built: a bad configuration file, an unknown extractor
/// or key, a broken pattern, a requirement no earlier step provides.
///
/// Raised before any document is read; the CLI exits with code 64. The message
/// says what is wrong and ``location`` says where (file, line, step, key).
public struct ConfigurationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What kind of problem; an open set, so extractors may add their own.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name.
        public let name: String
        /// Creates a code.
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The file could not be read.
        public static let unreadableFile = Code("unreadable-file")
        /// The file is not valid YAML or JSON, or not shaped like a pipeline.
        public static let syntax = Code("syntax")
        /// No extractor is registered under the name.
        public static let unknownExtractor = Code("unknown-extractor")
        /// A step has a key its extractor does not take.
        public static let unknownKey = Code("unknown-key")
        /// A key's value has the wrong type or is out of range.
        public static let invalidValue = Code("invalid-value")
        /// A required key is missing.
        public static let missingKey = Code("missing-key")
        /// Two steps share a name.
        public static let duplicateStep = Code("duplicate-step")
        /// A step requires a capability that no earlier step provides.
        public static let missingRequirement = Code("missing-requirement")
        /// A regular expression does not compile.
        public static let invalidPattern = Code("invalid-pattern")
    }

    /// What kind of problem.
    public var code: Code
    /// What is wrong, in words a user can act on.
    public var message: String
    /// The configuration file, when the pipeline came from one.
    public var file: String?
    /// 1-based line in ``file``, when known.
    public var line: Int?
    /// The step's name.
    public var step: String?
    /// The offending key (`patterns.acronym`, `match_limit`).
    public var key: String?
    /// Extra lines shown under the message (a pattern with a caret under the error).
    public var detail: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, step: String? = nil,
                key: String? = nil, detail: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.step = step
        self.key = key
        self.detail = detail
    }

    /// `file:line: step 'x', key 'y'`, as far as known.
    public var location: String {
        var parts: [String] = []
        if let step { parts.append("step '\(step)'") }
        if let key { parts.append("key '\(key)'") }
        let rest = parts.joined(separator: ", ")
        guard let file else { return rest }
        let place = line.map { "\(file):\($0)" } ?? file
        return rest.isEmpty ? place : "\(place): \(rest)"
    }

    /// `location: message` followed by ``detail``.
    public var description: String {
        let head = location.isEmpty ? message : "\(location): \(message)"
        return detail.map { "\(head)\n\($0)" } ?? head
    }

    /// The same error with missing location parts filled in.
    public func located(file: String? = nil, step: String? = nil) -> ConfigurationError {
        var copy = self
        if copy.file == nil { copy.file = file }
        if copy.step == nil { copy.step = step }
        return copy
    }
}
