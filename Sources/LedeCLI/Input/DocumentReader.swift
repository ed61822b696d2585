import Foundation
import LedeCore

/// Reads input sources one item at a time, in order, holding at most one item (and
/// one buffer) in memory: the streaming half of `extract`. Only reads and splits;
/// decoding is ``DocumentDecoder``'s, on the workers.
///
/// Every source yields at least one item; nothing is skipped silently.
final class DocumentReader {
    private let sources: [InputSource]
    private var nextSource = 0
    private let limits: InputLimits
    private let shouldStop: @Sendable () -> Bool
    /// The JSONL stream being read and its id prefix (`FILE`, `-`) and line number.
    private var lines: LineSource?

    init(sources: [InputSource], limits: InputLimits, shouldStop: @escaping @Sendable () -> Bool) {
        self.sources = sources
        self.limits = limits
        self.shouldStop = shouldStop
    }

    /// Whether ``next()`` can answer without waiting for input: a whole line is
    /// buffered, or the next source is a file. Lets the parallel reader take several
    /// items per lock round without holding back items of a stream that pauses.
    var nextIsReady: Bool {
        if let lines { return lines.stream.hasBufferedLine }
        guard nextSource < sources.count else { return true }
        if case .standardInput = sources[nextSource] { return false }
        return true
    }

    /// The next item, `nil` when every source is read or a stop was requested.
    func next() -> InputItem? {
        while !shouldStop() {
            if let item = nextLineItem() { return item }
            guard nextSource < sources.count else { return nil }
            let source = sources[nextSource]
            nextSource += 1
            switch source {
            case .missing(let path, let reason):
                return .failure(id: path, .unreadable(reason))
            case .standardInput(.text):
                let stream = ByteStream(fd: STDIN_FILENO, ownsDescriptor: false, shouldStop: shouldStop)
                return textItem(id: "-", stream.readAll(maxBytes: limits.maxDocumentBytes), stream)
            case .standardInput(.jsonl):
                lines = LineSource(ByteStream(fd: STDIN_FILENO, ownsDescriptor: false, shouldStop: shouldStop), id: "-")
            case .file(let path, let format):
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else {
                    return .failure(id: path, .unreadable("cannot read \(path): \(String(cString: strerror(errno)))"))
                }
                let stream = ByteStream(fd: fd, ownsDescriptor: true, shouldStop: shouldStop)
                switch format {
                case .text:
                    var info = stat()
                    if fstat(fd, &info) == 0, Int(info.st_size) > limits.maxDocumentBytes {
                        return .failure(id: path, tooLarge(path, Int(info.st_size)))
                    }
                    return textItem(id: path, stream.readAll(maxBytes: limits.maxDocumentBytes), stream)
                case .jsonl:
                    lines = LineSource(stream, id: path)
                }
            }
        }
        return nil
    }

    /// The next line of the current JSONL stream, skipping blank lines.
    private func nextLineItem() -> InputItem? {
        guard let current = lines else { return nil }
        while let chunk = current.stream.nextLine(maxBytes: limits.maxDocumentBytes) {
            current.lineNumber += 1
            let id = "\(current.id):\(current.lineNumber)"
            switch chunk {
            case .tooLarge(let size):
                return .failure(id: id, tooLarge(id, size))
            case .bytes(let line):
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return .jsonlLine(id: id, line: line)
            }
        }
        lines = nil
        return current.stream.readError.map {
            .failure(id: "\(current.id):\(current.lineNumber + 1)", .unreadable("read error: \($0)"))
        }
    }

    private func textItem(id: String, _ chunk: ByteStream.Chunk?, _ stream: ByteStream) -> InputItem? {
        guard let chunk else { return nil } // stopped mid-document: not a document
        if let error = stream.readError {
            return .failure(id: id, .unreadable("cannot read \(id): \(error)"))
        }
        switch chunk {
        case .tooLarge(let size): return .failure(id: id, tooLarge(id, size))
        case .bytes(let bytes): return .text(id: id, bytes: bytes)
        }
    }

    private func tooLarge(_ id: String, _ size: Int) -> DocumentError {
        .tooLarge("\(id) has \(size) bytes, over the limit of \(limits.maxDocumentBytes) (--max-bytes)")
    }
}

/// A JSONL stream being read: its bytes, its id prefix (`FILE`, `-`) and the last line number.
private final class LineSource {
    let stream: ByteStream
    let id: String
    var lineNumber = 0

    init(_ stream: ByteStream, id: String) {
        self.stream = stream
        self.id = id
    }
}
