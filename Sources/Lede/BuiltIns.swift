extension ExtractorRegistry {
    /// A registry holding every built-in extractor: `tokens`, `regex`, `dateline`, `quotes`.
    public static var builtIn: ExtractorRegistry {
        var registry = ExtractorRegistry.core
        for registration in BuiltIns.registrations {
            registry.register(registration)
        }
        return registry
    }
}

/// The built-in extractors and the default pipeline.
public enum BuiltIns {
    /// Registrations of the built-in extractors beyond the core `tokens` step.
    public static var registrations: [ExtractorRegistration] {
        [
            RegexExtractor.registration,
            DatelineExtractor.registration,
            QuoteExtractor.registration,
        ]
    }

    /// The default pipeline's configuration: every built-in extractor with its defaults.
    public static var defaultConfiguration: PipelineConfiguration {
        PipelineConfiguration(extractorNames: ["tokens"] + registrations.map(\.name))
    }
}

extension Pipeline {
    /// The default pipeline: every built-in extractor with default options.
    public static func makeDefault() throws(ConfigurationError) -> Pipeline {
        try ExtractorRegistry.builtIn.makePipeline(BuiltIns.defaultConfiguration)
    }
}
