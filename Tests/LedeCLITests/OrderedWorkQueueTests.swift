import Foundation
import Lede
import Testing
@testable import LedeCLI

/// An extractor whose time per document varies, so parallel results finish out of order.
private struct UnevenExtractor: Extractor {
    static let registryName = "uneven"
    var requires: Set<Capability> { [] }
    var provides: Set<Capability> { [] }

    func extract(_ document: inout AnnotatedDocument) throws {
        usleep(UInt32((document.document.bytes.count * 7919) % 5) * 1000)
        if document.document.text.contains("fail") { throw DocumentError(code: "test-failure", message: "asked to fail") }
    }
}

@Suite struct OrderedWorkQueueTests {
    @Test func resultsComeBackInInputOrderWithABoundedWindow() throws {
        let folder = try TemporaryFolder()
        var lines = ""
        for index in 0..<200 {
            lines += "{\"id\":\"d\(index)\",\"text\":\"\(String(repeating: "w", count: index % 13 + 1))\(index % 50 == 7 ? " fail" : "")\"}\n"
        }
        let file = try folder.write("in.jsonl", lines)
        let limits = InputLimits(maxDocumentBytes: 1 << 20)
        let processor = DocumentProcessor(decoder: DocumentDecoder(limits: limits, referenceDate: nil),
                                          pipeline: try Pipeline([UnevenExtractor()]),
                                          formatter: JSONLFormatter(encoder: ResultEncoder()))
        let reader = DocumentReader(sources: [.file(path: file, format: .jsonl)], limits: limits, shouldStop: { false })
        var ids: [String] = []
        var failed = 0

        try OrderedWorkQueue(workers: 4, windowCount: 8, windowBytes: 1 << 20).run(reader: reader, processor: processor,
            deliver: { document in
                let object = try JSONSerialization.jsonObject(with: Data(document.output)) as? [String: Any]
                ids.append(object?["id"] as? String ?? "?")
                if document.failed { failed += 1 }
            }, idle: {})

        #expect(ids == (0..<200).map { "d\($0)" })
        #expect(failed == 4)
    }
}
