import ArgumentParser
import LedeCore

/// How results are written (`--format`).
public enum OutputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// The contract: one JSON object per document per line.
    case jsonl
    /// One pretty-printed JSON array of the same objects.
    case json
    /// One RFC 4180 row per quote: id, speaker, mention, cue, quote, start, end.
    case csv
    /// A readable report: dateline, published, then `Speaker: “quote”` lines.
    case text
    /// Nothing (use with `--stats`).
    case none

    /// The formatter that renders one document in this format.
    func formatter(include: OutputField, colors: Bool) -> any DocumentFormatter {
        switch self {
        case .jsonl: JSONLFormatter(encoder: ResultEncoder(include: include))
        case .json: JSONArrayFormatter(encoder: ResultEncoder(include: include))
        case .csv: CSVFormatter()
        case .text: TextReportFormatter(style: TextStyle(colors: colors))
        case .none: NoOutputFormatter()
        }
    }
}
