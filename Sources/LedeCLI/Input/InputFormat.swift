import ArgumentParser

/// How an input file or stream is read (`--input-format`).
public enum InputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// The whole file (or stream) is one document.
    case text
    /// One JSON object per line: `id`, `text`, optional `published` (YYYY-MM-DD).
    case jsonl
}
