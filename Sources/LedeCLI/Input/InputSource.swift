/// Where documents come from, after paths are expanded; listed before any reading so
/// the number of documents is known for progress when every source is a text file.
enum InputSource: Sendable, Equatable {
    /// A file read whole (text) or line by line (JSONL).
    case file(path: String, format: InputFormat)
    /// Standard input (`-` or no path).
    case standardInput(format: InputFormat)
    /// A path that does not exist or cannot be listed: one error line.
    case missing(path: String, reason: String)

    /// The number of documents, when known without reading (one per text file).
    var knownDocumentCount: Int? {
        switch self {
        case .file(_, .text), .missing: 1
        case .file(_, .jsonl), .standardInput: nil
        }
    }
}

extension [InputSource] {
    /// The total number of documents, when every source knows its count without reading.
    var knownDocumentCount: Int? {
        var total = 0
        for source in self {
            guard let count = source.knownDocumentCount else { return nil }
            total += count
        }
        return total
    }
}
