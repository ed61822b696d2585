import Foundation

/// Counts for `--stats`, the progress bar and the final summary.
struct RunTally: Sendable {
    var documents = 0
    var failed = 0
    var bytes = 0
    var tokens = 0

    mutating func add(_ document: ProcessedDocument) {
        documents += 1
        if document.failed { failed += 1 }
        bytes += document.bytes
        tokens += document.tokens
    }

    /// The `--stats` line: one JSON object; MB are 10^6 bytes of document text.
    func statsLine(seconds: Double) -> String {
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        return "{\"documents\":\(documents),\"failed\":\(failed),\"bytes\":\(bytes),\"tokens\":\(tokens),"
            + "\"seconds\":\(String(format: "%.3f", seconds)),\"mb_per_s\":\(String(format: "%.2f", rate))}"
    }
}
