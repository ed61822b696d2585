import ArgumentParser
import Foundation
import Lede

/// The `extract` command: runs a pipeline over files, folders or JSONL streams.
///
/// Reusable: a package with extractors of its own registers them and calls
/// ``ExtractCommand/main(registry:)``.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract datelines, timestamps, quotes and speakers, and named patterns from news articles."
    )

    @Option(name: .long, help: "Pipeline file (YAML or JSON).")
    var config: String?

    @Option(name: .long, help: "Comma-separated steps with default options, e.g. tokens,dateline.")
    var pipeline: String?

    @Option(name: .long, help: "Output format: jsonl.")
    var format: String = "jsonl"

    @Option(name: .long, help: "Input format: text or jsonl (chosen for *.jsonl files).")
    var inputFormat: String?

    @Option(name: .long, help: "Date (YYYY-MM-DD) that year-less dates resolve against.")
    var referenceDate: String?

    @Option(name: .long, help: "Extra output: tokens,sentences,paragraphs.")
    var include: String?

    @Argument(help: "Files, folders (recursive *.txt) or - for standard input.")
    var paths: [String] = []

    public init() {}

    /// Runs `extract` with a registry of extractors (the built-ins plus your own):
    /// parses the process's arguments, runs, and exits.
    public static func main(registry: ExtractorRegistry) {
        ExtractContext.registry.withLock { $0 = registry }
        main()
    }

    public func run() throws {
        let registry = ExtractContext.registry.withLock { $0 }
        let reference: CalendarDate?
        if let r = referenceDate {
            guard let d = CalendarDate(iso: r) else {
                throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(r)'")
            }
            reference = d
        } else {
            reference = nil
        }
        var fields: OutputField = []
        if let include {
            switch OutputField.parse(include) {
            case .success(let f): fields = f
            case .failure(let e): throw ValidationError(e.description)
            }
        }
        let built: Pipeline
        do {
            if let config {
                built = try registry.makePipeline(PipelineConfiguration.load(path: config))
            } else if let pipeline {
                let names = pipeline.split(separator: ",").map { String($0) }
                built = try registry.makePipeline(PipelineConfiguration(extractorNames: names), insertingTokens: true)
            } else {
                built = try registry.makePipeline(BuiltIns.defaultConfiguration)
            }
        } catch {
            FileHandle.standardError.write(Data("extract: error: \(error)\n".utf8))
            throw ExitCode(64)
        }
        let encoder = ResultEncoder(include: fields)
        var failed = 0
        let out = FileHandle.standardOutput
        for input in InputReader(paths: paths, inputFormat: inputFormat, referenceDate: reference) {
            let line: [UInt8]
            switch input {
            case .document(let doc):
                let result = built.result(for: doc)
                if case .failure = result { failed += 1 }
                line = encoder.line(for: result, id: doc.id)
            case .failure(let id, let error):
                failed += 1
                line = encoder.line(for: .failure(error), id: id)
            }
            out.write(Data(line))
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

enum ExtractContext {
    static let registry = Locked(ExtractorRegistry.builtIn)
}
