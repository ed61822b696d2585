import Foundation
import LedeCore

/// Reads input sources one item at a time, in order, holding at most one document
/// (and one buffer) in memory: the streaming half of `extract`.
///
/// Every source yields at least one item; nothing is skipped silently.
final class DocumentReader {
    private var sources: IndexingIterator<[InputSource]>
    private let limits: InputLimits
    private let referenceDate: CalendarDate?
    private let shouldStop: @Sendable () -> Bool
    /// The JSONL stream being read and its id prefix (`FILE`, `-`) and line number.
    private var lines: LineSource?

    init(sources: [InputSource], limits: InputLimits, referenceDate: CalendarDate?,
         shouldStop: @escaping @Sendable () -> Bool) {
        self.sources = sources.makeIterator()
        self.limits = limits
        self.referenceDate = referenceDate
        self.shouldStop = shouldStop
    }

    /// The next item, `nil` when every source is read or a stop was requested.
    func next() -> InputItem? {
        while !shouldStop() {
            if let item = nextLineItem() { return item }
            guard let source = sources.next() else { return nil }
            switch source {
            case .missing(let path, let reason):
                return .failure(id: path, .unreadable(reason))
            case .standardInput(.text):
                let stream = ByteStream(fd: STDIN_FILENO, ownsDescriptor: false, shouldStop: shouldStop)
                return textDocument(id: "-", stream.readAll(maxBytes: limits.maxDocumentBytes), stream)
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
                    return textDocument(id: path, stream.readAll(maxBytes: limits.maxDocumentBytes), stream)
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
                switch JSONLRecord.document(from: line, fallbackId: id, referenceDate: referenceDate) {
                case .success(let document): return .document(document)
                case .failure(let error): return .failure(id: id, error)
                }
            }
        }
        lines = nil
        return current.stream.readError.map {
            .failure(id: "\(current.id):\(current.lineNumber + 1)", .unreadable("read error: \($0)"))
        }
    }

    private func textDocument(id: String, _ chunk: ByteStream.Chunk, _ stream: ByteStream) -> InputItem {
        if let error = stream.readError {
            return .failure(id: id, .unreadable("cannot read \(id): \(error)"))
        }
        switch chunk {
        case .tooLarge(let size):
            return .failure(id: id, tooLarge(id, size))
        case .bytes(let bytes):
            if bytes.isEmpty { return .failure(id: id, .empty("\(id) is empty")) }
            if bytes.prefix(limits.binaryProbeBytes).contains(0) {
                return .failure(id: id, .binary("\(id) looks binary (NUL byte in the first \(limits.binaryProbeBytes) bytes)"))
            }
            return .document(Self.document(id: id, bytes: bytes, referenceDate: referenceDate))
        }
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences as `Document(bytes:)` does.
    /// Valid input (nearly all of it) is checked with one `memcmp` here, many times faster
    /// than `Document(bytes:)`'s generic element-by-element comparison.
    static func document(id: String, bytes: [UInt8], referenceDate: CalendarDate?) -> Document {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            bytes.withUnsafeBufferPointer { raw in
                guard decoded.count == raw.count, let a = decoded.baseAddress, let b = raw.baseAddress else {
                    return decoded.count == raw.count
                }
                return memcmp(a, b, raw.count) == 0
            }
        }
        if unchanged {
            return Document(id: id, text: text, referenceDate: referenceDate)
        }
        return Document(id: id, bytes: bytes, referenceDate: referenceDate)
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
