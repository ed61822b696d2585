import Foundation
import LedeCore

/// Turns an ``InputItem`` into a ``Document`` or the reason it cannot be one: empty
/// and binary text, invalid UTF-8 (replaced, as Python's `errors="replace"`), malformed
/// JSONL lines. Pure and `Sendable`, so it runs on the workers.
struct DocumentDecoder: Sendable {
    var limits: InputLimits
    var referenceDate: CalendarDate?

    func document(for item: InputItem) -> Result<Document, DocumentError> {
        switch item {
        case .failure(_, let error):
            return .failure(error)
        case .jsonlLine(let id, let line):
            return JSONLRecord.document(from: line, fallbackId: id, referenceDate: referenceDate)
        case .text(let id, let bytes):
            if bytes.isEmpty { return .failure(.empty("\(id) is empty")) }
            if bytes.prefix(limits.binaryProbeBytes).contains(0) {
                return .failure(.binary("\(id) looks binary (NUL byte in the first \(limits.binaryProbeBytes) bytes)"))
            }
            return .success(Self.document(id: id, bytes: bytes, referenceDate: referenceDate))
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
}
