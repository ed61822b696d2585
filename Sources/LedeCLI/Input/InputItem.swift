import LedeCore

/// One input unit in input order, as read: raw bytes still to be decoded (on a
/// worker, so decoding runs in parallel) or an input that already failed. Every item
/// gets exactly one output line.
enum InputItem: Sendable {
    /// A whole text file or standard input: decoded as UTF-8 with replacement.
    case text(id: String, bytes: [UInt8])
    /// One JSONL line; `id` (`FILE:LINE`) names it when the line has no usable `id`.
    case jsonlLine(id: String, line: [UInt8])
    /// An input that failed before it could become a document.
    case failure(id: String, DocumentError)

    /// The id of the item's output line when it fails before decoding.
    var id: String {
        switch self {
        case .text(let id, _), .jsonlLine(let id, _), .failure(let id, _): id
        }
    }

    /// Input bytes held in memory by this item, for the in-flight window.
    var byteCount: Int {
        switch self {
        case .text(_, let bytes): bytes.count
        case .jsonlLine(_, let line): line.count
        case .failure: 0
        }
    }
}
