import Foundation
import Testing

/// Issue 9: a document that trips an internal limit becomes an `error` line naming the
/// limit, in its place, and every other document of the same run is still processed.
@Suite struct InternalLimitRegressionTests {
    /// A pipeline whose pattern backtracks exponentially on a long run of `a`s.
    static let catastrophic = """
        pipeline:
          - extractor: tokens
          - extractor: regex
            patterns:
              runaway: '(a+)+$'
            match_limit: 10000
          - extractor: dateline
        """

    @Test func regexAndSizeLimitsFailOnlyTheirDocument() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("runaway.yaml", Self.catastrophic)
        let ordinary = try folder.write("a-ordinary.txt", "SEOUL, Oct 28 (Reuters) - Officials met on Tuesday.\n")
        let runaway = try folder.write("b-runaway.txt", String(repeating: "a", count: 3_000) + "!\n")
        let huge = try folder.write("c-huge.txt", String(repeating: "Words and more words. ", count: 250))
        let after = try folder.write("d-after.txt", "WASHINGTON (AP) — Nothing else happened.\n")

        let run = try ExtractProcess.run(["--config", config, "--max-bytes", "4K", "--jobs", "2",
                                          ordinary, runaway, huge, after])

        let objects = run.objects
        #expect(objects.map { $0["id"] as? String } == [ordinary, runaway, huge, after])
        let errors = objects.map { $0["error"] as? [String: Any] }
        #expect(errors.map { $0?["code"] as? String } == [nil, "regex-limit", "too-large", nil])
        let regexMessage = try #require(errors[1]?["message"] as? String)
        #expect(regexMessage.contains("match_limit"))
        #expect(regexMessage.contains("runaway"))
        let sizeMessage = try #require(errors[2]?["message"] as? String)
        #expect(sizeMessage.contains("--max-bytes"))
        // The documents around the failures keep their facts.
        #expect((objects.first?["dateline"] as? [String: Any])?["location"] as? String == "Seoul")
        #expect((objects.last?["dateline"] as? [String: Any]) != nil)
    }

    @Test func limitErrorsInJSONLInputKeepTheirLine() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("runaway.yaml", Self.catastrophic)
        let runaway = String(repeating: "a", count: 3_000) + "!"
        let lines = "{\"id\":\"one\",\"text\":\"Fine.\"}\n{\"id\":\"two\",\"text\":\"\(runaway)\"}\n"
            + "{\"id\":\"three\",\"text\":\"Also fine.\"}\n"

        let run = try ExtractProcess.run(["--config", config, "--input-format", "jsonl"], stdin: Array(lines.utf8))

        #expect(run.objects.map { $0["id"] as? String } == ["one", "two", "three"])
        #expect(run.objects.map { ($0["error"] as? [String: Any])?["code"] as? String } == [nil, "regex-limit", nil])
    }

    /// A story whose quote runs `bytes` bytes: a mark paired across a scraped page.
    static func runawayQuote(bytes: Int) -> String {
        "SEOUL, Oct 28 (Reuters) - Lee said: “" + String(repeating: "and so on ", count: bytes / 10) + "” he said.\n"
    }

    @Test func quoteOverTheDefaultLimitFailsOnlyItsDocument() throws {
        let folder = try TemporaryFolder()
        let before = try folder.write("a-before.txt", "SEOUL, Oct 28 (Reuters) - “We are ready,” Lee said.\n")
        let long = try folder.write("b-long.txt", Self.runawayQuote(bytes: 70_000))
        let after = try folder.write("c-after.txt", "WASHINGTON (AP) — “Nothing else happened,” Smith said.\n")

        let run = try ExtractProcess.run(["--jobs", "2", before, long, after])

        let objects = run.objects
        #expect(objects.map { $0["id"] as? String } == [before, long, after])
        let errors = objects.map { $0["error"] as? [String: Any] }
        #expect(errors.map { $0?["code"] as? String } == [nil, "quote-limit", nil])
        let message = try #require(errors[1]?["message"] as? String)
        #expect(message.contains("max_quote_bytes = 65536"))
        #expect(message.contains("of 69999 bytes"))
        #expect(message.contains(long))
        let speakers = [objects[0], objects[2]].map { (($0["quotes"] as? [[String: Any]])?.first)?["speaker"] as? String }
        #expect(speakers == ["Lee", "Smith"])
    }

    @Test func quoteLimitFromTheConfigurationInJSONLInput() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("quotes.yaml", """
            pipeline:
              - extractor: tokens
              - extractor: quotes
                max_quote_bytes: 1000
            """)
        let lines = "{\"id\":\"one\",\"text\":\"“Fine,” Lee said.\"}\n"
            + "{\"id\":\"two\",\"text\":\"\(Self.runawayQuote(bytes: 2_000).dropLast())\"}\n"
            + "{\"id\":\"three\",\"text\":\"“Also fine,” Kim said.\"}\n"

        let run = try ExtractProcess.run(["--config", config, "--input-format", "jsonl", "--jobs", "2"],
                                         stdin: Array(lines.utf8))

        #expect(run.objects.map { $0["id"] as? String } == ["one", "two", "three"])
        let errors = run.objects.map { $0["error"] as? [String: Any] }
        #expect(errors.map { $0?["code"] as? String } == [nil, "quote-limit", nil])
        #expect((errors[1]?["message"] as? String)?.contains("max_quote_bytes = 1000") == true)
        #expect([0, 2].map { (run.objects[$0]["quotes"] as? [Any])?.count } == [1, 1])
    }
}
