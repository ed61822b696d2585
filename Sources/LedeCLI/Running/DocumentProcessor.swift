import LedeCore

/// Runs the pipeline over one input item and renders it; pure and `Sendable`, so
/// any number of workers share one.
struct DocumentProcessor: Sendable {
    let decoder: DocumentDecoder
    let pipeline: Pipeline
    let formatter: any DocumentFormatter

    func process(_ item: InputItem) -> ProcessedDocument {
        let result: Result<AnnotatedDocument, DocumentError>
        var bytes = 0
        var id = item.id
        switch decoder.document(for: item) {
        case .success(let document):
            bytes = document.bytes.count
            id = document.id
            result = pipeline.result(for: document)
        case .failure(let error):
            result = .failure(error)
        }
        var failure: String?
        var tokens = 0
        switch result {
        case .success(let annotated):
            tokens = annotated.tokens?.count ?? 0
        case .failure(let error) where !formatter.showsFailures:
            failure = "\(id): \(error.code): \(error.message)"
        case .failure:
            break
        }
        return ProcessedDocument(output: formatter.format(result, id: id), failure: failure,
                                 failed: failure != nil || (try? result.get()) == nil, bytes: bytes, tokens: tokens,
                                 heldBytes: item.byteCount)
    }
}
