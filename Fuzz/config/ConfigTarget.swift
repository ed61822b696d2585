import Foundation
import Lede
import LedeCore

/// Arbitrary bytes as a YAML pipeline file, and as the pattern of a JSON pipeline file;
/// whatever parses is built with the built-in registry and run on a short article.
private let registry = ExtractorRegistry.builtIn
private let article = Document(
    id: "fuzz",
    text: "SEOUL, Oct 28 (Reuters) - “We will respond,” said Lee Jae Myung, the U.S. envoy’s host. "
        + "Prices rose 3.5% to $1,200 on 2024-01-02.\n\nHe added: \"It is done.\"",
    referenceDate: CalendarDate(year: 2025, month: 11, day: 1))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let raw = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: raw, as: UTF8.self)
    tryConfiguration(text)
    tryConfiguration("{\"pipeline\": [{\"extractor\": \"regex\", \"patterns\": {\"p\": \(jsonString(text))}}]}")
    return 0
}

private func tryConfiguration(_ text: String) {
    let configuration: PipelineConfiguration
    do {
        configuration = try PipelineConfiguration.parse(text, file: "fuzz.yaml")
    } catch {
        if error.description.isEmpty { violation("empty configuration error message") }
        return
    }
    let pipeline: Pipeline
    do {
        pipeline = try registry.makePipeline(configuration, insertingTokens: true)
    } catch {
        if error.description.isEmpty { violation("empty configuration error message") }
        return
    }
    let result = pipeline.result(for: article)
    if case .success(let annotated) = result { checkAnnotations(annotated) }
    var line = ResultEncoder().line(for: result, id: article.id)
    line.removeLast()
    checkEncodedLine(line, article)
}

/// `text` as a JSON string literal.
private func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
