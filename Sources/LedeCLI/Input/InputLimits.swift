/// Limits that turn an oversized or binary input into an `error` line instead of
/// unbounded memory or garbage output.
struct InputLimits: Sendable {
    /// The largest document, in bytes, that is processed (`--max-bytes`); larger
    /// documents (files, stdin, JSONL lines) get a `too-large` error line.
    var maxDocumentBytes: Int
    /// How many leading bytes are checked for NUL to call a text file binary.
    var binaryProbeBytes: Int = 1024

    /// The documented default maximum: 16 MiB.
    static let defaultMaxDocumentBytes = 16 << 20
}
