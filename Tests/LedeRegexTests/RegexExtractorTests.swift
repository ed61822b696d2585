import Testing
import LedeCore
@testable import LedeRegex

@Suite struct RegexExtractorTests {
    @Test func matchesAreSortedByStartThenPatternOrder() throws {
        let step = try RegexExtractor(patterns: [
            PatternDefinition(name: "word", pattern: #"\b\w+"#),
            PatternDefinition(name: "number", pattern: #"\d+"#),
            PatternDefinition(name: "pair", pattern: #"\w+ \w+"#),
        ])
        let document = Document(text: "Seoul 28")
        let found = try step.matches(in: document).map { "\($0.pattern):\(document.text(of: $0.span))" }
        #expect(found == ["word:Seoul", "pair:Seoul 28", "word:28", "number:28"])
    }

    @Test func extractAppendsToEarlierMatches() throws {
        let first = try RegexExtractor(patterns: [PatternDefinition(name: "a", pattern: "Lee")], stepName: "one")
        let second = try RegexExtractor(patterns: [PatternDefinition(name: "b", pattern: "Seoul")], stepName: "two")
        let pipeline = try Pipeline(steps: [Pipeline.Step(name: "one", first), Pipeline.Step(name: "two", second)])
        let result = try pipeline.run(Document(text: "Seoul, Lee"))
        #expect(result.matches.map(\.pattern) == ["a", "b"])  // step order, then text order
    }

    @Test func spansStayOnCharacterBoundariesInSeeds() throws {
        let step = try RegexExtractor(patterns: PatternLibrary.all.map(PatternDefinition.init)
            + [PatternDefinition(name: "empty", pattern: #"\b"#)])
        for name in Fixture.seeds {
            let document = try Fixture.document(name)
            for match in try step.matches(in: document) {
                for span in [match.span] + match.groups.compactMap(\.span) {
                    #expect(span.start <= span.end && span.end <= document.bytes.count)
                    for offset in [span.start, span.end] where offset < document.bytes.count {
                        #expect(document.bytes[offset] & 0xC0 != 0x80, "\(match.pattern) splits a character")
                    }
                }
            }
        }
    }
}
