import Lede

extension TroopCounter {
    /// How configuration files and `troop-extract` make this extractor:
    ///
    /// ```yaml
    /// pipeline:
    ///   - extractor: troops
    ///     minimum: 500
    /// ```
    public static let registration = ExtractorRegistration(
        TroopCounter.self,
        summary: "Troop counts (\"about 28,500 American troops\") and named units (\"82nd Airborne Division\")",
        options: [OptionSpec("minimum", "int", default: "100", "smallest count reported")],
        provides: [.troops]
    ) { options throws(ConfigurationError) in
        let minimum = try options.int("minimum") ?? 100
        guard minimum > 0 else { throw options.error("minimum", "must be positive, got \(minimum)") }
        do {
            return try TroopCounter(minimum: minimum)
        } catch {
            throw options.error(nil, "cannot build the troop patterns: \(error)")
        }
    }

    /// A registry with every built-in extractor and `troops`.
    public static var registry: ExtractorRegistry {
        var registry = ExtractorRegistry.builtIn
        registry.register(registration)
        return registry
    }
}
