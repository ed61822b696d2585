import ArgumentParser
import Foundation
import Lede

/// `--config` / `--pipeline`: which pipeline runs.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pipeline file (YAML or JSON).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp(
        "Comma-separated steps with default options, e.g. tokens,dateline (a tokens step is added when needed).",
        valueName: "steps"))
    var pipeline: String?

    /// Reads a pipeline file, with a plain message when it cannot be read.
    static func load(_ path: String) throws(ConfigurationError) -> PipelineConfiguration {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ConfigurationError(.unreadableFile, "cannot read configuration file (missing or not readable)", file: path)
        }
        return try PipelineConfiguration.load(path: path)
    }

    /// Builds the pipeline; without options, every built-in extractor with its defaults.
    func makePipeline(_ registry: ExtractorRegistry) throws(ConfigurationError) -> Pipeline {
        if config != nil && pipeline != nil {
            throw ConfigurationError(.invalidValue, "give --config or --pipeline, not both", key: "pipeline")
        }
        if let config {
            return try registry.makePipeline(Self.load(config))
        }
        if let pipeline {
            let names = pipeline.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
                throw ConfigurationError(.invalidValue, "--pipeline needs step names separated by commas, got '\(pipeline)'",
                                         key: "pipeline")
            }
            return try registry.makePipeline(PipelineConfiguration(extractorNames: names), insertingTokens: true)
        }
        // The built-ins only: an embedding program's extra extractors run when named.
        return try registry.makePipeline(BuiltIns.defaultConfiguration)
    }
}

extension ConfigurationError {
    /// Prints the error the way every `extract` configuration failure is shown and
    /// returns the usage exit code (64): nothing was processed.
    func report() -> ExitCode {
        StandardError.print("extract: error: \(description)")
        return ExitCode(64)
    }
}
