import LedeCore

/// A readable report per document:
///
/// ```
/// == reuters/2024-01-02.txt
/// Dateline: SEOUL (Reuters), 2024-01-02
/// Published: 2024-01-02 12:17 GMT
/// Lee Jae Myung: “We will deepen the partnership.”
/// (no speaker): “deepen”
/// ```
struct TextReportFormatter: DocumentFormatter {
    let style: TextStyle

    var separator: [UInt8] { [0x0A] }

    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] {
        var lines = [style.heading("== \(id)")]
        switch result {
        case .failure(let error):
            lines.append(style.error("error: \(error.code): \(error.message)"))
        case .success(let annotated):
            lines += describe(annotated)
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    private func describe(_ annotated: AnnotatedDocument) -> [String] {
        var lines: [String] = []
        if let dateline = annotated.dateline {
            var text = dateline.location ?? annotated.document.text(of: dateline.span)
            if let source = dateline.source { text += " (\(source))" }
            if let date = dateline.date {
                text += ", \(date)"
            } else if let month = dateline.month, let day = dateline.day {
                text += ", month \(month) day \(day)"
            }
            lines.append("Dateline: \(text)")
        }
        if let published = annotated.published {
            let parts = [published.date.description, published.time, published.timezone].compactMap { $0 }
            lines.append("Published: \(parts.joined(separator: " "))")
        }
        for quote in annotated.quotes {
            let speaker = quote.speaker.map { style.speaker($0) } ?? style.dim("(no speaker)")
            lines.append("\(speaker): “\(annotated.document.text(of: quote.span))”")
        }
        for match in annotated.matches {
            lines.append(style.dim("\(match.pattern): \(annotated.document.text(of: match.span))"))
        }
        if lines.isEmpty { lines.append(style.dim("(nothing found)")) }
        return lines
    }
}
