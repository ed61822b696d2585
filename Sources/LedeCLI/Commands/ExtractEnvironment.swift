import Lede

/// What a program that runs `extract` supplies: the extractors it can build and the
/// regex step's built-in patterns (listed by `extract list`).
public struct ExtractEnvironment: Sendable {
    /// Extractors available to `--pipeline` and configuration files.
    public var registry: ExtractorRegistry
    /// Built-in patterns to list; empty when the regex module exposes none.
    public var patterns: [PatternDescription]

    /// Creates an environment.
    public init(registry: ExtractorRegistry, patterns: [PatternDescription] = []) {
        self.registry = registry
        self.patterns = patterns
    }

    /// The regex step's pattern library (`library: [acronym, money]`), as `extract list` shows it.
    public static var builtInPatterns: [PatternDescription] {
        PatternLibrary.all.map { PatternDescription(name: $0.name, pattern: $0.pattern, summary: $0.summary) }
    }

    /// The environment the running command uses; set once by ``ExtractCommand/main(environment:)``
    /// before arguments are parsed (argument-parser builds commands itself, so this is process-wide).
    static let current = Locked(ExtractEnvironment(registry: .builtIn, patterns: builtInPatterns))
}
