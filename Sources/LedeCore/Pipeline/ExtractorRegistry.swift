/// Extractor names mapped to factories: how configuration files become pipelines.
///
/// `Lede` provides ``ExtractorRegistry`` with every built-in registered
/// (`ExtractorRegistry.builtIn`). Register your own extractor with one call and it
/// is usable from a configuration file exactly like a built-in:
///
/// ```swift
/// var registry = ExtractorRegistry.builtIn
/// registry.register(ExtractorRegistration(TroopCounter.self, summary: "Counts troops") { options in
///     try TroopCounter(minimum: options.int("minimum") ?? 1000)
/// })
/// let pipeline = try registry.makePipeline(PipelineConfiguration.load(path: "pipeline.yaml"))
/// ```
public struct ExtractorRegistry: Sendable {
    private var entries: [String: ExtractorRegistration] = [:]

    /// An empty registry.
    public init() {}

    /// A registry with only the core `tokens` step.
    public static var core: ExtractorRegistry {
        var registry = ExtractorRegistry()
        registry.register(TextAnalyzer.registration)
        return registry
    }

    /// Adds or replaces a registration.
    public mutating func register(_ registration: ExtractorRegistration) {
        entries[registration.name] = registration
    }

    /// Every registration, sorted by name.
    public var registrations: [ExtractorRegistration] {
        entries.values.sorted { $0.name < $1.name }
    }

    /// The registration for `name`, if any.
    public func registration(named name: String) -> ExtractorRegistration? { entries[name] }

    /// Makes one step, rejecting unknown extractors and keys.
    public func makeStep(_ config: StepConfiguration) throws(ConfigurationError) -> Pipeline.Step {
        guard let entry = entries[config.extractor] else {
            let known = entries.keys.sorted().joined(separator: ", ")
            throw ConfigurationError(.unknownExtractor,
                "unknown extractor '\(config.extractor)'; known extractors: \(known)",
                file: config.file, line: config.line, step: config.name, key: "extractor")
        }
        let allowed = Set(entry.options.map(\.key))
        for member in config.options where !allowed.contains(member.key) {
            let known = entry.options.map(\.key).sorted().joined(separator: ", ")
            throw ConfigurationError(.unknownKey,
                "unknown key '\(member.key)' for extractor '\(entry.name)'; "
                    + (known.isEmpty ? "it takes no options" : "known keys: \(known)"),
                file: config.file, line: config.lines[member.key] ?? config.line, step: config.name, key: member.key)
        }
        let options = StepOptions(config)
        do {
            return Pipeline.Step(name: config.name, try entry.factory(options))
        } catch {
            throw error.located(file: config.file, step: config.name)
        }
    }

    /// Makes a pipeline from a configuration, checking requirements.
    ///
    /// - Parameters:
    ///   - config: The steps to build, in order.
    ///   - insertingTokens: When `true`, a `tokens` step is put first if a step
    ///     needs tokens, sentences or paragraphs and none provides them (used by
    ///     `extract --pipeline quotes`); configuration files stay strict.
    public func makePipeline(_ config: PipelineConfiguration, insertingTokens: Bool = false) throws(ConfigurationError) -> Pipeline {
        var steps: [Pipeline.Step] = []
        for stepConfig in config.steps {
            steps.append(try makeStep(stepConfig))
        }
        if insertingTokens, !steps.contains(where: { $0.extractor.provides.contains(.tokens) }),
           steps.contains(where: { !$0.extractor.requires.isDisjoint(with: TextAnalyzer.capabilities) }),
           !steps.contains(where: { $0.name == TextAnalyzer.registryName }) {
            steps.insert(Pipeline.Step(TextAnalyzer()), at: 0)
        }
        return try Pipeline(steps: steps, file: config.file)
    }
}
