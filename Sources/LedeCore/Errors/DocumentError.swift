/// A problem with one document. The document gets an `error` line in the output
/// and the run goes on with the others.
public struct DocumentError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A stable, machine-readable code (`regex-limit`, `empty`); an open set.
    public var code: String
    /// What happened, naming the step, pattern or limit involved.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    /// The input could not be read (missing path, permission).
    public static func unreadable(_ message: String) -> DocumentError { .init(code: "unreadable", message: message) }
    /// The input holds no text.
    public static func empty(_ message: String) -> DocumentError { .init(code: "empty", message: message) }
    /// The input looks like a binary file, not text.
    public static func binary(_ message: String) -> DocumentError { .init(code: "binary", message: message) }
    /// A JSONL line is not a JSON object with a string `text`.
    public static func malformedInput(_ message: String) -> DocumentError { .init(code: "malformed-input", message: message) }
    /// The document is larger than the configured maximum.
    public static func tooLarge(_ message: String) -> DocumentError { .init(code: "too-large", message: message) }
}
