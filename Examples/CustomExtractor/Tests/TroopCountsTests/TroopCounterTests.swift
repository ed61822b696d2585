import Foundation
import Lede
import LedeTestSupport
import Testing
import TroopCounts

/// The `troops` step needs the built-in `regex` extractor to run its patterns.
private let hasRegex = ExtractorRegistry.builtIn.registration(named: "regex") != nil

private func counts(_ text: String, minimum: Int = 100) throws -> [TroopCount] {
    let pipeline = try Pipeline(steps: [Pipeline.Step(try TroopCounter(minimum: minimum))])
    return try pipeline.run(Document(text: text))[TroopCounter.countsKey] ?? []
}

private func units(_ text: String) throws -> [MilitaryUnit] {
    let pipeline = try Pipeline(steps: [Pipeline.Step(try TroopCounter())])
    return try pipeline.run(Document(text: text))[TroopCounter.unitsKey] ?? []
}

@Test func generatedPatternsAreTheFilesPatterns() {
    #expect(TroopPatterns.all.map(\.name) == ["count", "unit"])
    #expect(TroopPatterns.count.options == ["extended"])
    #expect(TroopPatterns.count.groups == ["qualifier", "number", "force", "noun"])
    #expect(TroopPatterns.unit.pattern.hasPrefix(#"\b(?<ordinal>\d+(?:st|nd|rd|th)"#))
    let step = TroopPatterns.regexStep(name: "t")
    #expect(step.extractor == "regex")
    #expect(step.name == "t")
}

@Test(.enabled(if: hasRegex)) func readsCountsWithTheirForceAndQualifier() throws {
    let text = "The United States keeps about 28,500 American troops in South Korea, and some 1.5 million "
        + "soldiers serve in the North. Two thousand U.S. Marines arrived on Monday."
    let found = try counts(text)
    #expect(found.map(\.count) == [28_500, 1_500_000, 2_000])
    #expect(found.map(\.qualifier) == ["about", "some", nil])
    #expect(found.map(\.force) == ["American", nil, "U.S."])
    #expect(found.map(\.noun) == ["troops", "soldiers", "Marines"])
    let first = try #require(found.first)
    #expect(Document(text: text).text(of: first.span) == "about 28,500 American troops")
}

@Test(.enabled(if: hasRegex)) func smallCountsAreBelowTheMinimum() throws {
    let text = "Three soldiers were wounded; 600 South Korean troops joined the drill."
    #expect(try counts(text).map(\.count) == [600])
    #expect(try counts(text, minimum: 1_000).isEmpty)
    #expect(try counts("Nearly 4,500 service members and 12 peacekeepers.", minimum: 10).map(\.count) == [4_500, 12])
}

@Test(.enabled(if: hasRegex)) func namesUnits() throws {
    let found = try units("Paratroopers of the 82nd Airborne Division joined the U.S. 7th Fleet and the Eighth Army.")
    #expect(found.map(\.number) == [82, 7, 8])
    #expect(found.map(\.kind) == ["Division", "Fleet", "Army"])
}

@Test(.enabled(if: hasRegex)) func outputUsesCodePointOffsets() throws {
    // "서울" is 6 UTF-8 bytes but 2 code points: the output offsets must count code points.
    let text = "서울: about 28,500 American troops."
    let pipeline = try TroopCounter.registry.makePipeline(PipelineConfiguration.parse("""
        pipeline:
          - extractor: troops
            minimum: 1000
        """))
    let line = ResultEncoder().line(for: pipeline.result(for: Document(id: "d", text: text)), id: "d")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    let troops = try #require(object["troops"] as? [[String: Any]])
    #expect(troops.count == 1)
    #expect(troops.first?["start"] as? Int == 4)
    #expect(troops.first?["end"] as? Int == 32)
    #expect(troops.first?["count"] as? Int == 28_500)
    #expect((object["matches"] as? [Any])?.isEmpty == true)
}

@Test func badConfigurationNamesTheKey() {
    #expect(throws: ConfigurationError.self) {
        try TroopCounter.registry.makePipeline(PipelineConfiguration.parse("""
            pipeline:
              - extractor: troops
                minimum: 0
            """))
    }
    #expect(throws: ConfigurationError.self) {
        try TroopCounter.registry.makePipeline(PipelineConfiguration.parse("""
            pipeline:
              - extractor: troops
                minimun: 10
            """))
    }
}

/// The two seed articles copied into Fixtures, in name order.
private func seedArticles() throws -> [String] {
    let articles = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
    return try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        .map { try String(contentsOf: articles.appendingPathComponent($0), encoding: .utf8) }
}

@Test(.enabled(if: hasRegex)) func findsTheCountInASeedArticle() throws {
    let seeds = try seedArticles()
    try #require(seeds.count == 2)
    // 000: "hosting nearly 28,500 American troops on its territory"; 003 has no troop count.
    let found = try counts(seeds[0])
    #expect(found.map(\.count) == [28_500])
    #expect(found.first?.qualifier == "nearly")
    #expect(found.first?.force == "American")
    #expect(try counts(seeds[1]).isEmpty)
}

@Test(.enabled(if: hasRegex)) func honoursTheExtractorContract() throws {
    let seeds = try seedArticles()
    #expect(seeds.count == 2)
    try ExtractorVerifier.verify(try TroopCounter(minimum: 1), on: seeds + [
        "", "Nearly 28,500 American troops.", "서울 “”", "1.5 million\nsoldiers", "99999999999999999999999 troops",
    ], preparing: [])
}
