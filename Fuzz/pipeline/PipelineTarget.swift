import Foundation
import Lede
import LedeCore

/// Arbitrary bytes → Document(bytes:) → default pipeline → ResultEncoder JSON, with
/// span, token-coverage and offset invariants checked on every input.
private let pipeline: Pipeline? = try? Pipeline.makeDefault()
private let encoder = ResultEncoder(include: [.tokens, .sentences, .paragraphs])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let pipeline else { violation("default pipeline does not build") }
    let raw = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let document = Document(id: "fuzz", bytes: raw, referenceDate: CalendarDate(year: 2025, month: 11, day: 1))
    checkDocument(document, raw: raw)
    let result = pipeline.result(for: document)
    if case .success(let annotated) = result { checkAnnotations(annotated) }
    var line = encoder.line(for: result, id: document.id)
    if line.last == 0x0A { line.removeLast() } else { violation("line does not end in a newline") }
    if line.contains(0x0A) { violation("encoded line contains a raw newline") }
    checkEncodedLine(line, document)
    return 0
}
