import LedeCore

/// Renders one document's result as bytes of the output format. Runs on worker
/// threads, so formatting is parallel; the writer only concatenates in order.
protocol DocumentFormatter: Sendable {
    /// Written before the first document.
    var prefix: [UInt8] { get }
    /// Written between two documents' outputs.
    var separator: [UInt8] { get }
    /// Written after the last document.
    var suffix: [UInt8] { get }
    /// Whether failures appear in the output itself; if not, they go to stderr.
    var showsFailures: Bool { get }

    /// The bytes for one document (a result or a failure).
    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8]
}

extension DocumentFormatter {
    var prefix: [UInt8] { [] }
    var separator: [UInt8] { [] }
    var suffix: [UInt8] { [] }
    var showsFailures: Bool { true }
}
