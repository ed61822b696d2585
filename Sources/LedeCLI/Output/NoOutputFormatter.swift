import LedeCore

/// `--format none`: writes nothing (a run for `--stats` or for timing); failures go to stderr.
struct NoOutputFormatter: DocumentFormatter {
    var showsFailures: Bool { false }

    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] { [] }
}
