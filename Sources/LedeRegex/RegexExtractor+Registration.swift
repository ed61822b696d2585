import LedeCore

extension RegexExtractor {
    /// The registry entry for `regex`. A step looks like:
    ///
    /// ```yaml
    /// - extractor: regex
    ///   name: troops                      # optional step name
    ///   options: [caseless]               # for this step's own patterns
    ///   patterns:
    ///     troops: '(?<count>\d{1,3}(?:,\d{3})+)\s+(?<who>American|US|U\.S\.)\s+troops'
    ///     agency: { pattern: '\b(?<name>Yonhap|MENAFN)\b', options: [multiline], groups: [name] }
    ///   library: [acronym, money]         # or `all`
    ///   match_limit: 1000000
    /// ```
    ///
    /// With neither `patterns:` nor `library:` the step runs ``PatternLibrary/defaultPatternSet``.
    public static let registration = ExtractorRegistration(
        RegexExtractor.self,
        summary: "Named PCRE2 patterns (JIT-compiled) and a built-in pattern library; fills `matches`.",
        options: optionSpecs,
        provides: [.matches]
    ) { options throws(ConfigurationError) in
        try RegexExtractor(options)
    }

    /// The keys a `regex` step takes.
    public static let optionSpecs: [OptionSpec] = [
        OptionSpec("patterns", "map", default: nil,
                   "Pattern name → PCRE2 pattern, or → {pattern, options, groups}. `options` adds to the step's; "
                       + "`groups` lists the named groups to report (default: all). Names must be unique in the step."),
        OptionSpec("library", "list of strings", default: nil,
                   "Built-in patterns to add by name, or `all`: "
                       + PatternLibrary.all.map(\.name).joined(separator: ", ")
                       + ". Without `patterns:` and `library:` the step uses: "
                       + PatternLibrary.defaultNames.joined(separator: ", ") + "."),
        OptionSpec("options", "list of strings", default: "[]",
                   "Options for the step's own patterns (library patterns keep theirs): "
                       + RegexOptions.named.map(\.name).joined(separator: ", ")
                       + ". UTF and Unicode properties (UCP) are always on."),
        OptionSpec("match_limit", "int", default: String(MatchLimits.standard.matchLimit),
                   "Most backtracking steps per search; a document that needs more fails with `regex-limit`."),
        OptionSpec("depth_limit", "int", default: String(MatchLimits.standard.depthLimit),
                   "Deepest backtracking for the interpreter (`jit: false`)."),
        OptionSpec("heap_limit", "int", default: String(MatchLimits.standard.heapLimitKiB),
                   "Most heap, in KiB, the interpreter may use per search (`jit: false`)."),
        OptionSpec("jit_stack", "int", default: String(MatchLimits.standard.jitStackKiB),
                   "Largest JIT stack per thread, in KiB."),
        OptionSpec("jit", "bool", default: "true",
                   "JIT-compile the patterns; `false` uses PCRE2's interpreter (slower; for diagnosis)."),
    ]

    /// Makes a step from its configuration.
    init(_ options: StepOptions) throws(ConfigurationError) {
        var definitions: [PatternDefinition] = []
        let stepOptions = try Self.parseOptions(options, key: "options") ?? []
        if let members = try options.object("patterns") {
            for member in members {
                var definition = try Self.parseDefinition(member.key, member.value, options)
                // Step options apply to the step's own patterns only: library patterns are
                // written for their own options (`acronym` must stay case-sensitive).
                definition.options.formUnion(stepOptions)
                definitions.append(definition)
            }
        }
        if let names = try options.strings("library") {
            for name in names {
                if name == "all" {
                    definitions += PatternLibrary.all.map(PatternDefinition.init)
                } else if let pattern = PatternLibrary.named(name) {
                    definitions.append(PatternDefinition(pattern))
                } else {
                    throw options.error("library", "no library pattern named '\(name)'; known: "
                        + PatternLibrary.all.map(\.name).joined(separator: ", ") + ", or `all`")
                }
            }
        }
        if options.value("patterns") == nil, options.value("library") == nil {
            definitions = PatternLibrary.defaultPatternSet.map(PatternDefinition.init)
        }
        guard !definitions.isEmpty else {
            throw options.error("patterns", "the step has no patterns; add `patterns:` or `library:`", code: .missingKey)
        }
        var limits = MatchLimits.standard
        limits.matchLimit = try Self.limit(options, "match_limit") ?? limits.matchLimit
        limits.depthLimit = try Self.limit(options, "depth_limit") ?? limits.depthLimit
        limits.heapLimitKiB = try Self.limit(options, "heap_limit") ?? limits.heapLimitKiB
        limits.jitStackKiB = try Self.limit(options, "jit_stack") ?? limits.jitStackKiB
        do {
            try self.init(patterns: definitions, limits: limits, jit: try options.bool("jit") ?? true, stepName: options.stepName)
        } catch {
            var located = error
            if let key = error.key, key.hasPrefix("patterns") {
                located.line = options.step.lines["patterns"] ?? options.step.lines["library"] ?? options.step.line
            }
            throw located.located(file: options.step.file, step: options.stepName)
        }
    }

    private static func parseDefinition(_ name: String, _ value: JSONValue, _ options: StepOptions) throws(ConfigurationError) -> PatternDefinition {
        let key = "patterns.\(name)"
        switch value {
        case .string(let pattern):
            return PatternDefinition(name: name, pattern: pattern)
        case .object(let members):
            var definition = PatternDefinition(name: name, pattern: "")
            var hasPattern = false
            for member in members {
                switch (member.key, member.value) {
                case ("pattern", .string(let pattern)):
                    definition.pattern = pattern
                    hasPattern = true
                case ("options", let list):
                    definition.options = try parseOptionList(list, options, key: "\(key).options")
                case ("groups", let list):
                    definition.groups = try stringList(list, options, key: "\(key).groups")
                case ("pattern", _):
                    throw options.error(key, "`pattern` must be a string (quote it in YAML)")
                default:
                    throw options.error(key, "unknown key '\(member.key)' in pattern '\(name)'; known keys: pattern, options, groups",
                                        code: .unknownKey)
                }
            }
            guard hasPattern else { throw options.error(key, "pattern '\(name)' has no `pattern:`", code: .missingKey) }
            return definition
        default:
            throw options.error(key, "pattern '\(name)' must be a string or a mapping with `pattern:`")
        }
    }

    private static func parseOptions(_ options: StepOptions, key: String) throws(ConfigurationError) -> RegexOptions? {
        guard let value = options.value(key) else { return nil }
        return try parseOptionList(value, options, key: key)
    }

    private static func parseOptionList(_ value: JSONValue, _ options: StepOptions, key: String) throws(ConfigurationError) -> RegexOptions {
        let names = try stringList(value, options, key: key)
        switch RegexOptions.parse(names) {
        case .success(let parsed): return parsed
        case .failure(let unknown):
            throw options.error(key, "unknown option '\(unknown.name)'; known options: "
                + RegexOptions.named.map(\.name).joined(separator: ", "))
        }
    }

    /// A list of strings, or one string split at commas.
    private static func stringList(_ value: JSONValue, _ options: StepOptions, key: String) throws(ConfigurationError) -> [String] {
        switch value {
        case .null: return []
        case .string(let s): return s.split(separator: ",").map { String($0.filter { $0 != " " }) }
        case .array(let items):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw options.error(key, "expected a list of strings") }
                out.append(s)
            }
            return out
        default: throw options.error(key, "expected a list of strings or a comma-separated string")
        }
    }

    private static func limit(_ options: StepOptions, _ key: String) throws(ConfigurationError) -> UInt32? {
        guard let value = try options.int(key) else { return nil }
        guard value > 0, let limit = UInt32(exactly: value) else {
            throw options.error(key, "must be a whole number from 1 to \(UInt32.max), got \(value)")
        }
        return limit
    }
}
