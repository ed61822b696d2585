import Foundation

/// A process-wide "stop reading" request, set by SIGINT/SIGTERM, read by the reader
/// and the writer. Documents already read are still finished and written.
final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var signal: Int32?

    /// The signal that asked to stop, if any.
    var requestedBy: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return signal
    }

    /// Whether a stop was requested.
    var isRequested: Bool { requestedBy != nil }

    /// Records a request; the first signal wins.
    func request(by signal: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if self.signal == nil { self.signal = signal }
    }
}
