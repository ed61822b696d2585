import LedeCore

/// One row per quote: `id,speaker,mention,cue,quote,start,end`, RFC 4180 (CRLF line
/// ends, fields with a comma, quote or line break double-quoted). `start`/`end` are
/// the quote's code-point offsets as in the JSON output. A document without quotes
/// adds no row; a failed document is reported on stderr.
struct CSVFormatter: DocumentFormatter {
    static let columns = ["id", "speaker", "mention", "cue", "quote", "start", "end"]

    var prefix: [UInt8] { Self.row(Self.columns) }
    var showsFailures: Bool { false }

    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] {
        guard case .success(let annotated) = result, !annotated.quotes.isEmpty else { return [] }
        let document = annotated.document
        let map = OffsetMap(document)
        var out: [UInt8] = []
        for quote in annotated.quotes {
            out += Self.row([
                document.id,
                quote.speaker ?? "",
                quote.mention.map { document.text(of: $0) } ?? "",
                quote.cue.map { document.text(of: $0) } ?? "",
                document.text(of: quote.span),
                String(map.codePoint(quote.span.start)),
                String(map.codePoint(quote.span.end)),
            ])
        }
        return out
    }

    /// One CSV record with its CRLF.
    static func row(_ fields: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(0x2C) }
            let bytes = Array(field.utf8)
            if bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out.append(0x22)
                for byte in bytes {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out += bytes
            }
        }
        out += [0x0D, 0x0A]
        return out
    }
}
