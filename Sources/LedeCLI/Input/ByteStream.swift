import Foundation

/// Buffered reading from a file descriptor, by lines or whole, with a size cap so
/// that an oversized document or line is skipped without being held in memory.
///
/// Reads wait with `poll` in short slices, so a stop request (SIGINT) is noticed
/// even while standard input is idle.
final class ByteStream {
    /// What one read produced.
    enum Chunk {
        /// Bytes, without the line's newline.
        case bytes([UInt8])
        /// More than the cap: the bytes were skipped; `size` is how many.
        case tooLarge(size: Int)
    }

    private let fd: Int32
    private let ownsDescriptor: Bool
    private let shouldStop: @Sendable () -> Bool
    /// Pipes and terminals can block: wait for them with `poll`; regular files cannot.
    private let mayBlock: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// A stop request cut reading short: what was read is incomplete and is dropped.
    private(set) var interrupted = false
    /// The first read error, reported by the caller as an error line.
    private(set) var readError: String?

    init(fd: Int32, ownsDescriptor: Bool, shouldStop: @escaping @Sendable () -> Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.shouldStop = shouldStop
        var info = stat()
        mayBlock = fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Whether a complete line is buffered (the next ``nextLine(maxBytes:)`` does not read).
    var hasBufferedLine: Bool {
        start < end && buffer[start..<end].contains(0x0A)
    }

    /// The next line (without `\n`), `nil` at end of input or on a stop request.
    func nextLine(maxBytes: Int) -> Chunk? {
        var line: [UInt8] = []
        var skipped = 0
        while true {
            if start < end {
                let newline = buffer.withUnsafeBufferPointer { buf -> Int? in
                    guard let base = buf.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else { return nil }
                    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                let stop = newline ?? end
                let count = stop - start
                if skipped == 0, line.count + count <= maxBytes {
                    buffer.withUnsafeBufferPointer { line.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<stop])) }
                } else {
                    skipped += line.count + count
                    line = []
                }
                start = stop
                if newline != nil {
                    start += 1
                    return skipped > 0 ? .tooLarge(size: skipped) : .bytes(line)
                }
            }
            if !fill() {
                if interrupted { return nil }
                if skipped > 0 { return .tooLarge(size: skipped) }
                return line.isEmpty ? nil : .bytes(line)
            }
        }
    }

    /// Everything up to end of input, or `.tooLarge` (after draining) past `maxBytes`;
    /// `nil` when a stop request cut it short.
    func readAll(maxBytes: Int) -> Chunk? {
        var all: [UInt8] = []
        // A regular file's size is known: one allocation instead of doubling copies.
        var info = stat()
        if !mayBlock, fstat(fd, &info) == 0, info.st_size > 0 {
            all.reserveCapacity(min(Int(info.st_size), maxBytes) + 1)
        }
        var size = 0
        repeat {
            size += end - start
            if size <= maxBytes {
                buffer.withUnsafeBufferPointer { all.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
            } else {
                all = []
            }
            start = end
        } while fill()
        if interrupted { return nil }
        return size > maxBytes ? .tooLarge(size: size) : .bytes(all)
    }

    /// Refills the buffer; `false` at end of input, on error or on a stop request.
    private func fill() -> Bool {
        start = 0
        end = 0
        while !atEnd {
            if shouldStop() {
                interrupted = true
                return false
            }
            if mayBlock {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&pfd, 1, 200)
                if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                end = n
                return true
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = String(cString: strerror(errno)) }
            atEnd = true
        }
        return false
    }
}
