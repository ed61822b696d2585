import LedeCore
import Testing

/// A minimal extractor used to check requirements and registry behaviour.
private struct Counter: Extractor {
    static let registryName = "counter"
    let minimum: Int
    var requires: Set<Capability> { [.tokens] }
    var provides: Set<Capability> { ["test.count"] }
    func extract(_ document: inout AnnotatedDocument) throws {
        let n = document.tokens?.count ?? 0
        guard n >= minimum else {
            throw DocumentError(code: "too-few-tokens", message: "step 'counter': \(n) tokens, minimum \(minimum)")
        }
        document.setOutput("count", .int(n))
    }

    static let registration = ExtractorRegistration(
        Counter.self, summary: "Counts tokens",
        options: [OptionSpec("minimum", "int", default: "0", "fewest tokens a document may have")],
        requires: [.tokens], provides: ["test.count"]
    ) { options throws(ConfigurationError) in
        let minimum = try options.int("minimum") ?? 0
        guard minimum >= 0 else { throw options.error("minimum", "must be 0 or more, got \(minimum)") }
        return Counter(minimum: minimum)
    }
}

private func registry() -> ExtractorRegistry {
    var r = ExtractorRegistry.core
    r.register(Counter.registration)
    return r
}

private func configError(_ yaml: String, file: String = "pipeline.yaml") -> ConfigurationError? {
    do {
        _ = try registry().makePipeline(PipelineConfiguration.parse(yaml, file: file))
        return nil
    } catch {
        return error
    }
}

@Suite struct ConfigurationTests {
    @Test func yamlPipelineBuildsAndRuns() throws {
        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: tokens
              - extractor: counter
                name: count-them
                minimum: 2
            """, file: "p.yaml")
        #expect(config.steps.map(\.name) == ["tokens", "count-them"])
        #expect(config.steps[1].line == 3)
        let pipeline = try registry().makePipeline(config)
        let result = try pipeline.run(Document(id: "a", text: "Three little words"))
        #expect(result.output.first?.key == "count")
        #expect(result.output.first?.value == .int(3))
    }

    @Test func jsonPipelineUsesTheSameSchema() throws {
        let config = try PipelineConfiguration.parse("""
            {"pipeline": [{"extractor": "tokens"}, {"extractor": "counter", "minimum": 1}]}
            """, file: "p.json")
        let pipeline = try registry().makePipeline(config)
        #expect(pipeline.steps.map(\.name) == ["tokens", "counter"])
    }

    @Test func unknownExtractorListsKnownOnes() throws {
        let error = try #require(configError("pipeline:\n  - extractor: tokens\n  - extractor: qoutes\n"))
        #expect(error.code == .unknownExtractor)
        #expect(error.file == "pipeline.yaml")
        #expect(error.line == 3)
        #expect(error.message.contains("'qoutes'"))
        #expect(error.message.contains("counter, tokens"))
        #expect(error.description.hasPrefix("pipeline.yaml:3: step 'qoutes', key 'extractor': unknown extractor"))
    }

    @Test func unknownKeyIsAnErrorNamingStepAndKey() throws {
        let error = try #require(configError("""
            pipeline:
              - extractor: tokens
              - extractor: counter
                minimun: 3
            """))
        #expect(error.code == .unknownKey)
        #expect(error.step == "counter")
        #expect(error.key == "minimun")
        #expect(error.line == 4)
        #expect(error.message.contains("known keys: minimum"))
    }

    @Test func unknownTopLevelKeyIsAnError() throws {
        let error = try #require(configError("pipeline: []\nsteps: []\n"))
        #expect(error.code == .unknownKey)
        #expect(error.key == "steps")
    }

    @Test func missingRequirementNamesBothSteps() throws {
        let error = try #require(configError("pipeline:\n  - extractor: counter\n  - extractor: tokens\n"))
        #expect(error.code == .missingRequirement)
        #expect(error.step == "counter")
        #expect(error.message.contains("requires 'tokens'"))
        #expect(error.message.contains("move step 'tokens' before it"))
    }

    @Test func missingRequirementWithNoProviderSuggestsOne() throws {
        let error = try #require(configError("pipeline:\n  - extractor: counter\n"))
        #expect(error.code == .missingRequirement)
        #expect(error.message.contains("add a step that provides it"))
    }

    @Test func insertingTokensForShortcutPipelines() throws {
        let pipeline = try registry().makePipeline(PipelineConfiguration(extractorNames: ["counter"]), insertingTokens: true)
        #expect(pipeline.steps.map(\.name) == ["tokens", "counter"])
    }

    @Test func duplicateStepNamesAreRejected() throws {
        let error = try #require(configError("pipeline:\n  - extractor: tokens\n  - extractor: tokens\n"))
        #expect(error.code == .duplicateStep)
    }

    @Test func wrongValueTypeNamesTheKey() throws {
        let error = try #require(configError("pipeline:\n  - extractor: tokens\n  - extractor: counter\n    minimum: lots\n"))
        #expect(error.code == .invalidValue)
        #expect(error.key == "minimum")
        #expect(error.line == 4)
        #expect(error.message.contains("'lots'"))
    }

    @Test func factoryValidationErrorsAreLocated() throws {
        let error = try #require(configError("pipeline:\n  - extractor: tokens\n  - extractor: counter\n    minimum: -1\n"))
        #expect(error.file == "pipeline.yaml")
        #expect(error.step == "counter")
        #expect(error.message == "must be 0 or more, got -1")
    }

    @Test func syntaxErrorsAreReported() throws {
        let error = try #require(configError("pipeline: [\n"))
        #expect(error.code == .syntax)
        let notMapping = try #require(configError("- just a list\n"))
        #expect(notMapping.code == .syntax)
        let noExtractor = try #require(configError("pipeline:\n  - name: x\n"))
        #expect(noExtractor.code == .missingKey)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ConfigurationError.self) {
            _ = try PipelineConfiguration.load(path: "/nonexistent/lede.yaml")
        }
    }

    @Test func documentErrorsAreReturnedPerDocument() throws {
        let pipeline = try registry().makePipeline(PipelineConfiguration.parse(
            "pipeline:\n  - extractor: tokens\n  - extractor: counter\n    minimum: 3\n"))
        let bad = pipeline.result(for: Document(id: "short", text: "Two words"))
        guard case .failure(let error) = bad else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == "too-few-tokens")
        let good = pipeline.result(for: Document(id: "long", text: "Now four words here"))
        #expect((try? good.get()) != nil)
    }

    @Test func scalarTypesResolveLikeYAML() throws {
        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: x
                a: true
                b: 12
                c: 1.5
                d: '12'
                e: [x, y]
                f: {k: v}
                g: ~
            """)
        let options = config.steps[0].options
        #expect(options.map(\.value) == [.bool(true), .int(12), .double(1.5), .string("12"),
                                         .array([.string("x"), .string("y")]),
                                         .object([JSONValue.Member("k", .string("v"))]), .null])
    }
}
