import ArgumentParser
import Lede

/// `extract check-config FILE`: validates a pipeline file without reading documents
/// and prints the pipeline it resolves to.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a pipeline file (YAML or JSON) and print the resolved pipeline.",
        usage: "extract check-config <file>",
        discussion: "Exit status: 0 when the file is valid, 64 with the file, line, step and key of the first problem."
    )

    @Argument(help: ArgumentHelp("The pipeline file.", valueName: "file"))
    var file: String

    func run() throws {
        let registry = ExtractEnvironment.current.withLock { $0 }.registry
        let configuration: PipelineConfiguration
        let pipeline: Pipeline
        do {
            configuration = try PipelineOptions.load(file)
            pipeline = try registry.makePipeline(configuration)
        } catch {
            throw error.report()
        }
        print(Self.describe(pipeline, configuration, registry), terminator: "")
    }

    /// Each step with its extractor, what it provides, and every option: as written,
    /// or the extractor's default.
    static func describe(_ pipeline: Pipeline, _ configuration: PipelineConfiguration,
                         _ registry: ExtractorRegistry) -> String {
        var lines = ["\(configuration.file ?? "pipeline"): OK, \(pipeline.steps.count) steps"]
        for (index, step) in pipeline.steps.enumerated() {
            let extractor = type(of: step.extractor).registryName
            let provides = step.extractor.provides.sorted().map(\.name).joined(separator: ", ")
            lines.append("\(index + 1). \(step.name) (extractor: \(extractor)) provides: \(provides.isEmpty ? "-" : provides)")
            let written = configuration.steps.first { $0.name == step.name }?.options ?? []
            for spec in registry.registration(named: extractor)?.options ?? [] {
                if let member = written.first(where: { $0.key == spec.key }) {
                    var writer = JSONWriter()
                    writer.value(member.value)
                    lines.append("     \(spec.key): \(String(decoding: writer.bytes, as: UTF8.self))")
                } else {
                    lines.append("     \(spec.key): \(spec.defaultValue ?? "(unset)") (default)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
