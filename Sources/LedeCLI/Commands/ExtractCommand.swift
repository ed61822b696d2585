import ArgumentParser
import Foundation
import Lede

/// The `extract` command: runs a pipeline over files, folders or JSONL streams and
/// writes one result per document, in input order.
///
/// Reusable: a package with extractors of its own registers them and calls
/// ``ExtractCommand/main(registry:patterns:)`` from its executable's `main.swift`:
///
/// ```swift
/// var registry = ExtractorRegistry.builtIn
/// registry.register(TroopCounter.registration)
/// ExtractCommand.main(registry: registry)
/// ```
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract datelines, timestamps, quotes and speakers, and named patterns from news articles.",
        usage: """
            extract [<options>] [<path> ...]
            extract list
            extract check-config <file>
            """,
        discussion: """
            Every input document gives exactly one result, in input order; a document that \
            cannot be read or processed gives an error result instead. Exit status: 0 when \
            every document succeeded, 1 when some failed (all are still reported), 64 for a \
            usage or configuration error (nothing processed), 128+N when stopped by signal N \
            after writing the finished documents.

            Examples:
              extract article.txt                      readable report (on a terminal)
              extract --format jsonl corpus/ > out.jsonl
              extract --glob '*.story' --jobs 4 -o out.jsonl corpus/
              cat docs.jsonl | extract --input-format jsonl --stats > out.jsonl
              extract --pipeline tokens --format none --stats big.txt
              extract --config pipeline.yaml --format csv corpus/ > quotes.csv
              extract list                             extractors, options, patterns
              extract check-config pipeline.yaml
            """,
        subcommands: [ListCommand.self, CheckConfigCommand.self]
    )

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp(
        "Output format: jsonl, json, csv, text or none. (default: text on a terminal, else jsonl)", valueName: "format"))
    var format: OutputFormat?

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Write to this file (atomically: a temporary file renamed at the end) instead of standard output.",
        valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "Input format: text or jsonl (one {\"id\", \"text\", \"published\"} object per line). (default: jsonl for *.jsonl files, else text)",
        valueName: "format"))
    var inputFormat: InputFormat?

    @Option(name: .long, help: ArgumentHelp(
        "File names to read inside folders. (default: *.txt, or *.jsonl with --input-format jsonl)", valueName: "pattern"))
    var glob: String?

    @Option(name: .long, help: ArgumentHelp(
        "Date (YYYY-MM-DD) that year-less dates resolve against.", valueName: "date"))
    var referenceDate: String?

    @Option(name: .long, help: ArgumentHelp("Extra output: tokens,sentences,paragraphs.", valueName: "fields"))
    var include: String?

    @Option(name: [.customShort("j", allowingJoined: true), .long], help: ArgumentHelp(
        "Documents processed in parallel. (default: the number of cores)", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Largest document processed; larger ones get a too-large error (suffix K, M or G).", valueName: "size"))
    var maxBytes = ByteCount(bytes: InputLimits.defaultMaxDocumentBytes)

    @Flag(name: .long, help: "Print one JSON line of counts and speed on standard error at the end.")
    var stats = false

    @Flag(name: [.short, .long], help: "No progress bar, warnings or per-document error messages on standard error.")
    var quiet = false

    @Flag(name: .long, help: "List the extractors, their options and the built-in patterns, then exit.")
    var list = false

    @Argument(help: ArgumentHelp(
        "Files, folders (read recursively) or - for standard input. (default: standard input)", valueName: "path"))
    var paths: [String] = []

    public init() {}

    /// Runs `extract` with a registry of extractors (the built-ins plus your own):
    /// parses the process's arguments, runs, and exits.
    ///
    /// - Parameters:
    ///   - registry: the extractors pipelines may name.
    ///   - patterns: the regex step's built-in patterns, shown by `extract list`.
    public static func main(registry: ExtractorRegistry,
                            patterns: [PatternDescription] = ExtractEnvironment.builtInPatterns) {
        main(environment: ExtractEnvironment(registry: registry, patterns: patterns))
    }

    /// Runs `extract` in an environment: parses the process's arguments, runs, and exits.
    public static func main(environment: ExtractEnvironment) {
        ExtractEnvironment.current.withLock { $0 = environment }
        let arguments = Array(CommandLine.arguments.dropFirst())
        // argument-parser fills the root's positional paths before it looks for a
        // subcommand, so `extract list` would read a file named "list": route subcommand
        // names first (such a file stays reachable as ./list).
        if let first = arguments.first, let subcommand = subcommand(named: first) {
            subcommand.main(Array(arguments.dropFirst()))
        } else if arguments.first == "help" {
            // `extract help [SUBCOMMAND]`, which the paths would swallow as well.
            let topic = arguments.dropFirst().first.flatMap(subcommand(named:)) ?? ExtractCommand.self
            topic.main(["--help"])
        } else {
            main(arguments)
        }
    }

    private static func subcommand(named name: String) -> (any ParsableCommand.Type)? {
        configuration.subcommands.first { $0.configuration.commandName == name }
    }

    public func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
        }
        if let include, case .failure(let error) = OutputField.parse(include) {
            throw ValidationError(error.message)
        }
    }

    public func run() throws {
        let environment = ExtractEnvironment.current.withLock { $0 }
        if list {
            print(ExtractorCatalog(environment: environment).text, terminator: "")
            return
        }
        let pipeline: Pipeline
        do {
            pipeline = try pipelineOptions.makePipeline(environment.registry)
        } catch {
            throw error.report()
        }
        let fields = include.flatMap { try? OutputField.parse($0).get() } ?? []
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let chosenFormat = format ?? (toTerminal ? .text : .jsonl)
        let colors = toTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let quiet = self.quiet
        let sources = PathExpander(
            inputFormat: inputFormat,
            glob: glob ?? (inputFormat == .jsonl ? "*.jsonl" : "*.txt"),
            warn: { if !quiet { StandardError.print("extract: warning: \($0)") } }
        ).expand(paths)

        let file: AtomicOutputFile?
        do {
            file = try output.map { path throws(OutputFileError) in try AtomicOutputFile(path: path) }
        } catch {
            StandardError.print("extract: error: \(error)")
            throw ExitCode(64)
        }
        let stop = StopRequest()
        let trap = SignalTrap(stop: stop)
        let limits = InputLimits(maxDocumentBytes: maxBytes.bytes)
        let decoder = DocumentDecoder(limits: limits, referenceDate: referenceDate.flatMap { CalendarDate(iso: $0) })
        let runner = ExtractRunner(
            sources: sources,
            limits: limits,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            processor: DocumentProcessor(decoder: decoder, pipeline: pipeline,
                                         formatter: chosenFormat.formatter(include: fields, colors: colors)),
            showProgress: !quiet && StandardError.isTerminal && (sources.knownDocumentCount ?? .max) > 8,
            reportFailures: !quiet
        )
        let outcome: RunOutcome
        do {
            outcome = try runner.run(into: OutputSink(fd: file?.fd ?? STDOUT_FILENO), stop: stop)
            try file?.commit()
        } catch {
            file?.discard()
            StandardError.print("extract: error: \(error)")
            throw ExitCode(1)
        }
        withExtendedLifetime(trap) {}
        try finish(outcome)
    }

    /// Stats, summary and exit status.
    private func finish(_ outcome: RunOutcome) throws {
        let tally = outcome.tally
        if stats { StandardError.print(tally.statsLine(seconds: outcome.seconds)) }
        if let signal = outcome.stoppedBy {
            let name = signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"
            StandardError.print("extract: stopped by \(name) after \(tally.documents) documents "
                + "(\(tally.failed) failed); their results are written")
            throw ExitCode(128 + signal)
        }
        if tally.failed > 0 { throw ExitCode(1) }
    }
}
