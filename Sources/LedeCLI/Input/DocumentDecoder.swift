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

    /// Decodes bytes as UTF-8, replacing invalid sequences (`Document(bytes:)`, which
    /// keeps valid input as it is, without a copy).
    static func document(id: String, bytes: [UInt8], referenceDate: CalendarDate?) -> Document {
        Document(id: id, bytes: bytes, referenceDate: referenceDate)
    }
}
