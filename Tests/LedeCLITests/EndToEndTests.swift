import Foundation
import Lede
import Testing

/// Runs the built `extract` executable the way users do.
@Suite struct EndToEndTests {
    @Test func folderGivesOneLinePerFileInOrderAndAMissingPathAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("normal.txt", try Fixtures.text("000_ee8ecf434b4cedfc.txt"))
        try folder.write("invalid.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait. It cost 5".utf8) + [0xFF, 0xFE]
            + Array(" euros.\n".utf8))
        try folder.write("empty.txt", [])
        try folder.write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00] + Array("zip body".utf8))
        try folder.write("nested/deeper/inner.txt", "The mayor said the bridge would reopen on Monday.\n")
        try folder.write(".hidden.txt", "A hidden file is skipped.\n")
        try folder.write("notes.md", "Not a *.txt file.\n")
        let missing = folder.path + "/missing.txt"

        let run = try ExtractProcess.run(["--include", "sentences", folder.path, missing])

        #expect(run.status == 1)
        let objects = run.objects
        #expect(run.lines.count == 6)
        #expect(objects.count == 6)
        let names = objects.compactMap { ($0["id"] as? String)?.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(names == ["binary.txt", "empty.txt", "invalid.txt", "nested/deeper/inner.txt", "normal.txt", "missing.txt"])
        let codes = objects.map { ($0["error"] as? [String: Any])?["code"] as? String }
        #expect(codes == ["binary", "empty", nil, nil, nil, "unreadable"])

        // Invalid bytes become U+FFFD; offsets count code points of the repaired text.
        let sentences = try #require(objects[2]["sentences"] as? [[String: Any]])
        let first = try #require(sentences.first)
        #expect((first["text"] as? String) == "Caf\u{FFFD} au lait.")
        #expect((first["start"] as? Int) == 0)
        #expect((first["end"] as? Int) == 13)
        #expect(sentences.contains { ($0["text"] as? String)?.contains("5\u{FFFD}\u{FFFD} euros") == true })
    }

    @Test func jsonlOnStandardInputReportsTheMalformedMiddleLine() throws {
        let input = """
            {"id": "first", "text": "Officials said the talks would resume.", "published": "2024-01-02"}
            {"id": "second", "text": unquoted}
            {"id": 3, "text": "The minister said nothing more."}

            """
        let run = try ExtractProcess.run(["--input-format", "jsonl", "-"], stdin: Array(input.utf8))

        #expect(run.status == 1)
        #expect(run.lines.count == 3)
        let objects = run.objects
        #expect(objects.map { $0["id"] as? String } == ["first", "-:2", "3"])
        #expect(objects[0]["error"] == nil)
        #expect(((objects[1]["error"] as? [String: Any])?["code"] as? String) == "malformed-input")
        #expect(objects[2]["error"] == nil)
        #expect(objects[1]["quotes"] as? [Any] != nil)
    }

    @Test func jsonlFileIdsFallBackToFileAndLine() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("batch.jsonl", "{\"text\": \"No id here.\"}\n[1, 2]\n{\"id\": \"x\", \"text\": \"Dated.\", \"published\": \"2024-13-40\"}\n")

        let run = try ExtractProcess.run([file])

        #expect(run.objects.map { $0["id"] as? String } == ["\(file):1", "\(file):2", "\(file):3"])
        #expect(run.objects.map { ($0["error"] as? [String: Any])?["code"] as? String } == [nil, "malformed-input", "malformed-input"])
    }

    @Test(arguments: ["jsonl", "json", "csv", "text"])
    func twoJobsWriteTheSameBytesAsOne(format: String) throws {
        let folder = try TemporaryFolder()
        for copy in 0..<4 {
            for article in try Fixtures.articles {
                try folder.write("batch\(copy)/\(article.lastPathComponent)", Array(try Data(contentsOf: article)))
            }
        }
        try folder.write("batch2/empty.txt", [])
        let arguments = ["--format", format, "--include", "tokens,sentences", folder.path]

        let one = try ExtractProcess.run(["--jobs", "1"] + arguments)
        let two = try ExtractProcess.run(["--jobs", "2"] + arguments)

        #expect(one.status == 1) // the empty file
        #expect(two.status == 1)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
        if format == "jsonl" { #expect(one.lines.count == 21) }
    }

    @Test func badConfigurationExits64AndProcessesNothing() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("bad.yaml", "pipeline:\n  - extractor: tokens\n    bogus: 3\n")
        let article = try folder.write("a.txt", "The mayor said so.\n")

        let run = try ExtractProcess.run(["--config", config, article])

        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("extract: error: \(config):3: step 'tokens', key 'bogus': unknown key 'bogus'"))

        let unknown = try ExtractProcess.run(["--pipeline", "tokens,nonesuch", article])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown extractor 'nonesuch'"))

        let check = try ExtractProcess.run(["check-config", config])
        #expect(check.status == 64)
        #expect(check.stderr.contains("key 'bogus'"))
    }

    @Test func helpMatchesTheSnapshot() throws {
        let run = try ExtractProcess.run(["--help"])

        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self) == (try Fixtures.text("help.snapshot")))
    }

    @Test func tokensPipelineWithStatsReportsTokens() throws {
        let article = try #require(try Fixtures.articles.first)

        let run = try ExtractProcess.run(["--pipeline", "tokens", "--format", "none", "--stats", article.path])

        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(run.stderr.utf8)) as? [String: Any])
        #expect(stats["documents"] as? Int == 1)
        #expect(stats["failed"] as? Int == 0)
        #expect((stats["bytes"] as? Int) == (try Data(contentsOf: article)).count)
        #expect((stats["tokens"] as? Int ?? 0) > 300)
        #expect(stats["seconds"] != nil && stats["mb_per_s"] != nil)
    }

    @Test func oversizedDocumentsGetATooLargeError() throws {
        let folder = try TemporaryFolder()
        let big = try folder.write("big.txt", String(repeating: "Words and more words. ", count: 100))
        let small = try folder.write("small.txt", "Short.\n")
        let lines = "{\"id\":\"long\",\"text\":\"\(String(repeating: "x", count: 3000))\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n"

        let files = try ExtractProcess.run(["--max-bytes", "1K", big, small])
        let stream = try ExtractProcess.run(["--max-bytes", "1K", "--input-format", "jsonl"], stdin: Array(lines.utf8))

        #expect(files.objects.map { ($0["error"] as? [String: Any])?["code"] as? String } == ["too-large", nil])
        #expect(stream.objects.map { $0["id"] as? String } == ["-:1", "ok"])
        #expect(stream.objects.map { ($0["error"] as? [String: Any])?["code"] as? String } == ["too-large", nil])
    }

    @Test func listShowsEveryRegisteredExtractor() throws {
        let run = try ExtractProcess.run(["list"])
        let flag = try ExtractProcess.run(["--list"])

        #expect(run.status == 0)
        #expect(run.stdout == flag.stdout)
        let text = String(decoding: run.stdout, as: UTF8.self)
        for registration in ExtractorRegistry.builtIn.registrations {
            #expect(text.contains("\n  \(registration.name)\n    \(registration.summary)\n"))
            for option in registration.options { #expect(text.contains("      \(option.key) (\(option.type)")) }
        }
        #expect(text.contains("provides: paragraphs, sentences, tokens"))
        for pattern in PatternLibrary.all {
            #expect(text.contains("\n  \(pattern.name) "))
            #expect(text.contains(pattern.pattern))
        }
    }

    @Test func checkConfigPrintsTheResolvedPipeline() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("ok.json", #"{"pipeline": [{"extractor": "tokens", "name": "words"}]}"#)

        let run = try ExtractProcess.run(["check-config", config])

        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self)
            == "\(config): OK, 1 steps\n1. words (extractor: tokens) provides: paragraphs, sentences, tokens\n")
    }
}
