import LedeCore

/// One JSON array holding the contract's objects, pretty-printed with two-space indents.
struct JSONArrayFormatter: DocumentFormatter {
    let encoder: ResultEncoder

    var prefix: [UInt8] { Array("[\n".utf8) }
    var separator: [UInt8] { Array(",\n".utf8) }
    var suffix: [UInt8] { Array("\n]\n".utf8) }

    func format(_ result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] {
        var line = encoder.line(for: result, id: id)
        line.removeLast() // the newline; the array's separators place elements
        return JSONPrettyPrinter.indent(line, level: 1)
    }
}
