import LedeCore

/// One input unit in input order: a document to run the pipeline over, or an input
/// that failed before it could become a document (it still gets its output line).
enum InputItem: Sendable {
    case document(Document)
    case failure(id: String, DocumentError)

    /// The id the output line carries.
    var id: String {
        switch self {
        case .document(let document): document.id
        case .failure(let id, _): id
        }
    }
}
