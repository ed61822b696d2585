import Foundation
import LedeCore

/// Stops the run with a message: libFuzzer records the input as a crash reproducer.
func violation(_ message: String) -> Never {
    FileHandle.standardError.write(Data("INVARIANT VIOLATED: \(message)\n".utf8))
    abort()
}

/// Whether `offset` falls on a scalar boundary of valid UTF-8 `bytes`.
func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
    offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
}

/// Checks a byte span lies inside the text on scalar boundaries.
func checkSpan(_ span: Span, _ bytes: [UInt8], _ what: String) {
    guard span.start >= 0, span.start <= span.end, span.end <= bytes.count else {
        violation("\(what) \(span) outside 0..<\(bytes.count)")
    }
    guard isBoundary(bytes, span.start), isBoundary(bytes, span.end) else {
        violation("\(what) \(span) splits a UTF-8 sequence")
    }
}

/// Checks tokens are ordered, non-empty, non-overlapping, and cover every byte that is
/// not white space.
func checkTokens(_ tokens: TokenBuffer, _ bytes: [UInt8]) {
    var covered = 0
    for i in tokens.indices {
        let s = tokens[i].span
        checkSpan(s, bytes, "token \(i)")
        guard s.start >= covered, s.end > s.start else { violation("token \(i) \(s) empty or overlaps (covered to \(covered))") }
        checkGap(bytes, covered, s.start)
        covered = s.end
    }
    checkGap(bytes, covered, bytes.count)
}

private func checkGap(_ bytes: [UInt8], _ from: Int, _ to: Int) {
    guard from < to else { return }
    var decoder = UTF8()
    var iterator = bytes[from..<to].makeIterator()
    var offset = from
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
        if !Tokenizer.isWhiteSpace(scalar) {
            violation("byte \(offset) (U+\(String(scalar.value, radix: 16))) is in no token")
        }
        offset += UTF8.width(scalar)
    }
    if offset != to { violation("invalid UTF-8 in document bytes at \(offset)") }
}

/// Checks every span an annotated document holds.
func checkAnnotations(_ result: AnnotatedDocument) {
    let bytes = result.document.bytes
    if let tokens = result.tokens { checkTokens(tokens, bytes) }
    var last = 0
    for (i, s) in (result.sentences ?? []).enumerated() {
        checkSpan(s, bytes, "sentence \(i)")
        if s.start < last { violation("sentence \(i) \(s) overlaps the previous one") }
        last = s.end
    }
    last = 0
    for (i, s) in (result.paragraphs ?? []).enumerated() {
        checkSpan(s, bytes, "paragraph \(i)")
        if s.start < last { violation("paragraph \(i) \(s) overlaps the previous one") }
        last = s.end
    }
    if let d = result.dateline { checkSpan(d.span, bytes, "dateline") }
    if let p = result.published { checkSpan(p.span, bytes, "published") }
    for (i, q) in result.quotes.enumerated() {
        checkSpan(q.span, bytes, "quote \(i)")
        if let m = q.mention { checkSpan(m, bytes, "quote \(i) mention") }
        if let c = q.cue { checkSpan(c, bytes, "quote \(i) cue") }
    }
    for (i, m) in result.matches.enumerated() {
        checkSpan(m.span, bytes, "match \(i)")
        for g in m.groups { if let s = g.span { checkSpan(s, bytes, "match \(i) group \(g.name)") } }
    }
}

/// Decodes one encoded JSON line and checks that every object with `text`, `start` and
/// `end` holds the code-point slice of the document at those offsets.
func checkEncodedLine(_ line: [UInt8], _ document: Document) {
    let object: Any
    do {
        object = try JSONSerialization.jsonObject(with: Data(line), options: [])
    } catch {
        violation("encoder wrote invalid JSON: \(error)")
    }
    guard let top = object as? [String: Any], top["id"] is String else { violation("line is not an object with an id") }
    let scalars = Array(document.text.unicodeScalars)
    checkSlices(top, scalars, path: "$")
}

private func checkSlices(_ value: Any, _ scalars: [Unicode.Scalar], path: String) {
    if let object = value as? [String: Any] {
        if let text = object["text"] as? String, let start = object["start"] as? Int, let end = object["end"] as? Int {
            guard start >= 0, start <= end, end <= scalars.count else {
                violation("\(path): offsets \(start)..<\(end) outside 0..<\(scalars.count)")
            }
            // Compare scalars, not Strings: String equality is canonical equivalence.
            if !Array(text.unicodeScalars).elementsEqual(scalars[start..<end]) {
                violation("\(path): text \(text.debugDescription) is not the slice \(start)..<\(end)")
            }
        }
        for (key, child) in object { checkSlices(child, scalars, path: "\(path).\(key)") }
    } else if let array = value as? [Any] {
        for (i, child) in array.enumerated() { checkSlices(child, scalars, path: "\(path)[\(i)]") }
    }
}

/// Checks `Document(bytes:)` agrees with Python's `errors="replace"` decoding shape:
/// its bytes are valid UTF-8 and equal the input when the input was valid.
func checkDocument(_ document: Document, raw: [UInt8]) {
    if Array(document.text.utf8) != document.bytes { violation("document bytes differ from its text's UTF-8") }
    if !document.hadInvalidUTF8 && raw != document.bytes { violation("valid input changed by decoding") }
    if document.hadInvalidUTF8 && raw == document.bytes { violation("hadInvalidUTF8 set on unchanged input") }
}
