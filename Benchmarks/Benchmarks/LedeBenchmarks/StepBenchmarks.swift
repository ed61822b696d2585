import Benchmark
import Lede

/// Each step of the default pipeline on its own, over 1 MB of generated articles that
/// already carry everything the earlier steps provide.
enum StepBenchmarks {
    static func register() {
        Benchmark("Step.tokens.1MB-articles", configuration: Suite.throughput()) { _, state in
            state.run()
        } setup: {
            try PreparedStep.make(extractor: TextAnalyzer.registryName)
        }

        var missing: [String] = []
        let regexSteps = BuiltIns.defaultConfiguration.steps.filter { $0.extractor == "regex" }
        if regexSteps.isEmpty {
            missing.append("Step.regex (the default pipeline has no regex step)")
        }
        for step in regexSteps {
            let name = step.name == "regex" ? "Step.regex.1MB-articles" : "Step.regex.\(Suite.safe(step.name)).1MB-articles"
            Benchmark(name, configuration: Suite.throughput()) { _, state in
                state.run()
            } setup: {
                try PreparedStep.make(stepNamed: step.name)
            }
        }

        // One benchmark per pattern of the default set, so a slow pattern shows by name.
        for pattern in PatternLibrary.defaultNames {
            Benchmark("Regex.\(Suite.safe(pattern)).1MB-articles", configuration: Suite.throughput()) { _, state in
                state.run()
            } setup: {
                try PreparedStep.make(configuration: "pipeline:\n  - extractor: tokens\n  - extractor: regex\n    library: [\(pattern)]\n")
            }
        }

        for extractor in ["dateline", "quotes"] {
            guard ExtractorRegistry.builtIn.registration(named: extractor) != nil else {
                missing.append("Step.\(extractor) (extractor '\(extractor)' is not registered)")
                continue
            }
            Benchmark("Step.\(extractor).1MB-articles", configuration: Suite.throughput()) { _, state in
                state.run()
            } setup: {
                try PreparedStep.make(extractor: extractor)
            }
        }
        Suite.skip(missing)
    }
}

/// One step and its inputs: documents already annotated by every step before it.
final class PreparedStep {
    let step: Pipeline.Step
    let inputs: [AnnotatedDocument]

    private init(step: Pipeline.Step, before: Pipeline, documents: [Document]) {
        self.step = step
        inputs = documents.map { document in
            (try? before.run(document)) ?? AnnotatedDocument(document)
        }
    }

    /// The default pipeline's step named `name`, fed by the steps before it.
    static func make(stepNamed name: String) throws -> PreparedStep {
        let pipeline = try Pipeline.makeDefault()
        guard let index = pipeline.steps.firstIndex(where: { $0.name == name }) else {
            throw BenchmarkSetupError("the default pipeline has no step named '\(name)'")
        }
        let before = try Pipeline(steps: Array(pipeline.steps[..<index]))
        return PreparedStep(step: pipeline.steps[index], before: before, documents: Corpus.articles(totalBytes: Suite.mega))
    }

    /// The first default-pipeline step of `extractor`; if the default pipeline has none, the
    /// extractor with default options after a `tokens` step.
    static func make(extractor: String) throws -> PreparedStep {
        if let step = try Pipeline.makeDefault().steps.first(where: { type(of: $0.extractor).registryName == extractor }) {
            return try make(stepNamed: step.name)
        }
        let names = extractor == TextAnalyzer.registryName ? [extractor] : [TextAnalyzer.registryName, extractor]
        return try make(lastOf: ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration(extractorNames: names)))
    }

    /// The last step of a pipeline file's `yaml`, fed by the steps before it.
    static func make(configuration yaml: String) throws -> PreparedStep {
        try make(lastOf: ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml)))
    }

    private static func make(lastOf pipeline: Pipeline) throws -> PreparedStep {
        guard let last = pipeline.steps.last else { throw BenchmarkSetupError("empty pipeline") }
        let before = try Pipeline(steps: Array(pipeline.steps.dropLast()))
        return PreparedStep(step: last, before: before, documents: Corpus.articles(totalBytes: Suite.mega))
    }

    /// Runs the step over every input; a document the step rejects counts as processed.
    func run() {
        var failures = 0
        for input in inputs {
            var annotated = input
            do {
                try step.extractor.extract(&annotated)
            } catch {
                failures += 1
            }
            blackHole(annotated)
        }
        blackHole(failures)
    }
}

/// A benchmark that cannot be set up in this build (its step is missing).
struct BenchmarkSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
