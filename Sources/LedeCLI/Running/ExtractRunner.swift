import Foundation
import LedeCore

/// One `extract` run: reads the sources, processes them with `jobs` workers, writes
/// the formatted results in input order, and counts.
struct ExtractRunner {
    var sources: [InputSource]
    var limits: InputLimits
    var jobs: Int
    var processor: DocumentProcessor
    /// Show a progress bar (stderr is a terminal, not `--quiet`, enough documents).
    var showProgress: Bool
    /// Report failures that the format cannot show on stderr.
    var reportFailures: Bool

    /// Documents in flight per worker: enough to keep workers busy past a slow document.
    static let windowPerWorker = 16
    /// Text in flight, beyond one document: keeps memory flat on large inputs.
    static let windowBytes = 64 << 20

    /// Runs to the end of input, a stop request, or a closed output.
    func run(into sink: OutputSink, stop: StopRequest) throws -> RunOutcome {
        let start = Date()
        let formatter = processor.formatter
        let progress = showProgress ? ProgressBar(total: sources.knownDocumentCount, start: start) : nil
        // Reading a stream: flush whenever output catches up with input, so a consumer
        // (`RDD.pipe`, a terminal) sees results as they are done; files fill the buffer.
        let streaming = sources.contains { if case .standardInput = $0 { true } else { false } }
        let reader = DocumentReader(sources: sources, limits: limits, shouldStop: { stop.isRequested })
        var tally = RunTally()
        var outputClosed = false

        func deliver(_ document: ProcessedDocument) throws {
            if tally.documents > 0 { try sink.write(formatter.separator) }
            try sink.write(document.output)
            tally.add(document)
            if let failure = document.failure, reportFailures {
                progress?.finish()
                StandardError.print("extract: \(failure)")
            }
            progress?.update(tally)
        }

        do {
            try sink.write(formatter.prefix)
            if jobs <= 1 {
                while let item = reader.next() {
                    try deliver(processor.process(item))
                    if streaming { try sink.flush() }
                }
            } else {
                let queue = OrderedWorkQueue(workers: jobs, windowCount: jobs * Self.windowPerWorker,
                                             windowBytes: Self.windowBytes)
                try queue.run(reader: reader, processor: processor, deliver: deliver,
                              idle: { if streaming { try sink.flush() } })
            }
            try sink.write(formatter.suffix)
            try sink.flush()
        } catch is OutputClosed {
            outputClosed = true
        }
        progress?.finish()
        return RunOutcome(tally: tally, seconds: Date().timeIntervalSince(start),
                          stoppedBy: stop.requestedBy, outputClosed: outputClosed)
    }
}
