import Foundation
import Lede
import Testing
@testable import LedeCLI

@Suite struct InputTests {
    @Test func foldersAreWalkedSortedSkippingHiddenAndLoops() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B")
        try folder.write("a/z.txt", "Z")
        try folder.write("a/y.story", "Y")
        try folder.write(".git/x.txt", "hidden folder")
        try folder.write("a/.x.txt", "hidden file")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/back", withDestinationPath: folder.path)
        var warnings: [String] = []

        let sources = PathExpander(inputFormat: nil, glob: "*.txt", warn: { warnings.append($0) }).expand([folder.path])

        #expect(sources == [.file(path: folder.path + "/a/z.txt", format: .text), .file(path: folder.path + "/b.txt", format: .text)])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("a/back") == true)
        let stories = PathExpander(inputFormat: nil, glob: "*.story", warn: { _ in }).expand([folder.path + "/"])
        #expect(stories == [.file(path: folder.path + "/a/y.story", format: .text)])
    }

    @Test func pathsKeepTheirOrderAndFormat() throws {
        let folder = try TemporaryFolder()
        let jsonl = try folder.write("x.jsonl", "{}")
        let text = try folder.write("y.txt", "Y")

        let sources = PathExpander(inputFormat: nil, glob: "*.txt", warn: { _ in }).expand([jsonl, "-", text, "/no/such"])

        #expect(sources.count == 4)
        #expect(sources[0] == .file(path: jsonl, format: .jsonl))
        #expect(sources[1] == .standardInput(format: .text))
        #expect(sources[2] == .file(path: text, format: .text))
        guard case .missing(let path, _) = sources[3] else {
            Issue.record("expected a missing source")
            return
        }
        #expect(path == "/no/such")
        #expect(sources.knownDocumentCount == nil)
        #expect([sources[2], sources[3]].knownDocumentCount == 2)
    }

    @Test func jsonlLinesBecomeDocumentsWithPublishedDates() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.jsonl", """
            {"id": "a", "text": "Seoul, Oct 28.", "published": "2024-01-02"}

            {"id": "b", "text": 12}
            {"text": "No id."}
            """)
        let reader = DocumentReader(sources: [.file(path: file, format: .jsonl)], limits: InputLimits(maxDocumentBytes: 1 << 20),
                                    shouldStop: { false })
        let decoder = DocumentDecoder(limits: InputLimits(maxDocumentBytes: 1 << 20), referenceDate: CalendarDate(iso: "2023-05-05"))
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }

        #expect(items.map(\.id) == ["\(file):1", "\(file):3", "\(file):4"])
        let documents = items.map { decoder.document(for: $0) }
        guard case .success(let first) = documents[0], case .failure(let error) = documents[1],
              case .success(let last) = documents[2] else {
            Issue.record("unexpected documents \(documents)")
            return
        }
        #expect(first.id == "a")
        #expect(first.published == CalendarDate(iso: "2024-01-02"))
        #expect(first.referenceDate == CalendarDate(iso: "2023-05-05"))
        #expect(first.text == "Seoul, Oct 28.")
        #expect(error.code == "malformed-input")
        #expect(last.id == "\(file):4")
    }

    @Test func textItemsAreCheckedForEmptyAndBinary() {
        let decoder = DocumentDecoder(limits: InputLimits(maxDocumentBytes: 100), referenceDate: nil)

        #expect((try? decoder.document(for: .text(id: "e", bytes: [])).get()) == nil)
        if case .failure(let error) = decoder.document(for: .text(id: "b", bytes: [0x41, 0x00, 0x42])) {
            #expect(error.code == "binary")
        } else {
            Issue.record("a NUL byte should make the text binary")
        }
        #expect((try? decoder.document(for: .text(id: "t", bytes: Array("Text.".utf8))).get())?.text == "Text.")
    }

    @Test func invalidUTF8IsRepairedLikeDocumentBytes() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xE2, 0x82] + Array(" end".utf8)
        let fast = DocumentDecoder.document(id: "x", bytes: bytes, referenceDate: nil)
        let reference = Document(id: "x", bytes: bytes)

        #expect(fast.text == "ok \u{FFFD} end")
        #expect(fast.bytes == reference.bytes)
        #expect(fast.hadInvalidUTF8)
        #expect(!DocumentDecoder.document(id: "y", bytes: Array("café".utf8), referenceDate: nil).hadInvalidUTF8)
    }
}
