import Testing
import LedeCore
@testable import LedeRegex

@Suite struct CompiledPatternTests {
    @Test func namedAndNumberedGroupsAreByteRanges() throws {
        let text = "South Korea hosts nearly 28,500 American troops on its territory."
        let pattern = try CompiledPattern(#"(?<count>\d{1,3}(?:,\d{3})+)\s+(?<who>American|US|U\.S\.)\s+(troops)"#)
        #expect(pattern.captureCount == 3)
        #expect(pattern.namedGroups.map(\.name) == ["count", "who"])
        let matches = try pattern.matches(in: text)
        #expect(matches.count == 1)
        let bytes = Array(text.utf8)
        func str(_ span: Span?) -> String? { span.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
        #expect(str(matches.first?.span) == "28,500 American troops")
        #expect(str(matches.first?.group(named: "count")) == "28,500")
        #expect(str(matches.first?.group(named: "who")) == "American")
        #expect(str(matches.first?.groups[3]) == "troops")
        #expect(matches.first?.group(named: "missing") == nil)
    }

    @Test func unsetGroupIsNil() throws {
        let pattern = try CompiledPattern(#"(?<a>x)|(?<b>y)"#)
        let matches = try pattern.matches(in: "y")
        #expect(matches.first?.group(named: "a") == nil)
        #expect(matches.first?.group(named: "b") == Span(start: 0, end: 1))
    }

    @Test func offsetsAfterCurlyApostropheAndHangul() throws {
        // ’ is 3 bytes, each Hangul syllable 3 bytes: byte offsets must account for them.
        let text = "Seoul’s OPCON 전시작전권 OPCON"
        let pattern = try CompiledPattern(#"OPCON"#)
        let spans = try pattern.matches(in: text).map(\.span)
        let bytes = Array(text.utf8)
        #expect(spans == [Span(start: 10, end: 15), Span(start: 32, end: 37)])
        for span in spans { #expect(String(decoding: bytes[span.range], as: UTF8.self) == "OPCON") }
        // A match made of Hangul right after ’: \w is Unicode-aware (UCP).
        let hangul = try CompiledPattern(#"(?<=’)\w+"#).matches(in: "Lee’s 전시 ’작전권 end")
        #expect(hangul.map(\.span) == [Span(start: 6, end: 7), Span(start: 18, end: 27)])
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let text = "a’전"  // 1 + 3 + 3 bytes
        let empties = try CompiledPattern("x*").matches(in: text).map(\.span)
        #expect(empties == [Span(start: 0, end: 0), Span(start: 1, end: 1), Span(start: 4, end: 4), Span(start: 7, end: 7)])
        // An empty match followed by a non-empty one at the same place, then the rest.
        let mixed = try CompiledPattern("(?=전)|전|a").matches(in: text).map(\.span)
        #expect(mixed == [Span(start: 0, end: 1), Span(start: 4, end: 4), Span(start: 4, end: 7)])
        // Word boundaries are empty matches between characters.
        let bounds = try CompiledPattern(#"\b"#).matches(in: "전시 OPCON").map(\.span.start)
        #expect(bounds == [0, 6, 7, 12])
    }

    @Test func emptyInputAndEmptyPattern() throws {
        #expect(try CompiledPattern("a").matches(in: "").isEmpty)
        #expect(try CompiledPattern("").matches(in: "").map(\.span) == [Span(start: 0, end: 0)])
        #expect(try CompiledPattern("").matches(in: "ab").count == 3)
    }

    @Test func invalidUTF8IsRejectedNotMisread() throws {
        let pattern = try CompiledPattern("a")
        #expect(throws: RegexMatchError.self) { try pattern.matches(in: [0x61, 0xFF, 0x61]) }
    }

    @Test func backslashCIsRefusedSoSpansNeverSplitCharacters() {
        #expect(throws: PatternError.self) { try CompiledPattern(#"\C"#) }
    }

    @Test func interpreterAndJITAgree() throws {
        let text = try Fixture.text("000_ee8ecf434b4cedfc.txt")
        for library in PatternLibrary.all {
            let jit = try CompiledPattern(library.pattern, options: library.options)
            let interpreter = try CompiledPattern(library.pattern, options: library.options, jit: false)
            #expect(!interpreter.usesJIT)
            #expect(try jit.matches(in: text).map(\.groups) == interpreter.matches(in: text).map(\.groups), "\(library.name)")
        }
    }

    @Test func firstMatchStopsEarly() throws {
        let pattern = try CompiledPattern(#"\d+"#)
        #expect(try pattern.firstMatch(in: Array("in 1950 and 1953".utf8))?.span == Span(start: 3, end: 7))
        #expect(try pattern.firstMatch(in: Array("none".utf8)) == nil)
    }

    @Test func sharedAcrossThreadsGivesIdenticalResults() async throws {
        let document = try Fixture.document("003_96aeffd01d083ba3.txt")
        let step = try RegexExtractor(patterns: PatternLibrary.all.map(PatternDefinition.init))
        let expected = try step.matches(in: document)
        #expect(expected.count > 20)
        let results = try await withThrowingTaskGroup(of: [Match].self) { group in
            for _ in 0..<16 { group.addTask { try step.matches(in: document) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        for result in results { #expect(result == expected) }
    }
}
