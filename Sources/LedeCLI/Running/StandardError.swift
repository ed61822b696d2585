import Foundation

/// Unbuffered lines on stderr (`write(2)`, so nothing is lost on exit).
enum StandardError {
    static func print(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Whether stderr is a terminal (progress bar).
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
