/// One document after the pipeline and the formatter: what the writer needs.
struct ProcessedDocument: Sendable {
    /// The document's rendering in the output format.
    var output: [UInt8]
    /// The failure to report on stderr when the format cannot show it.
    var failure: String?
    /// Whether the document failed.
    var failed: Bool
    /// The document's text size in bytes (0 for inputs that never became documents).
    var bytes: Int
    /// Tokens found (0 without a `tokens` step).
    var tokens: Int
    /// The input item's bytes, released from the in-flight window when this is written.
    var heldBytes: Int = 0
}
