import LedeCore

/// The output contract: one compact JSON object per line, via ``ResultEncoder``.
struct JSONLFormatter: DocumentFormatter {
    let encoder: ResultEncoder

    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] {
        encoder.line(for: result, id: id)
    }
}
