import Foundation

/// Buffered writes to a file descriptor with `write(2)`: no Foundation exceptions on a
/// closed pipe (SIGPIPE is ignored, EPIPE becomes ``OutputClosed``).
final class OutputSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    init(fd: Int32, capacity: Int = 1 << 16) {
        self.fd = fd
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends bytes, writing out when the buffer is full.
    func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out everything buffered.
    func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n >= 0 {
                offset += n
            } else if errno == EINTR || errno == EAGAIN {
                continue
            } else if errno == EPIPE {
                throw OutputClosed()
            } else {
                throw OutputWriteError(reason: String(cString: strerror(errno)))
            }
        }
    }
}
