import Testing
import Lede
@testable import LedeRegex

@Suite struct ConfigurationTests {
    private func pipeline(_ yaml: String) throws -> Pipeline {
        try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml, file: "test.yaml"))
    }

    private func configurationError(_ yaml: String) -> ConfigurationError? {
        do {
            _ = try pipeline(yaml)
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func troopsPatternOnSeedZero() throws {
        let p = try pipeline(#"""
            pipeline:
              - extractor: regex
                patterns:
                  troops: '(?<count>\d{1,3}(?:,\d{3})+)\s+(?<who>American|US|U\.S\.)\s+troops'
            """#)
        let doc = try Fixture.document("000_ee8ecf434b4cedfc.txt")
        let result = try p.run(doc)
        #expect(result.matches.count == 1)
        let match = try #require(result.matches.first)
        #expect(match.pattern == "troops")
        #expect(doc.text(of: match.span) == "28,500 American troops")
        #expect(match.groups.map(\.name) == ["count", "who"])
        #expect(match.groups.first.flatMap(\.span).map(doc.text(of:)) == "28,500")
    }

    @Test func brokenPatternNamesFileStepPatternMessageAndOffset() throws {
        let error = try #require(configurationError(#"""
            pipeline:
              - extractor: regex
                name: entities
                patterns:
                  ok: 'OPCON'
                  troops: '(?<count>\d+\s+troops'
            """#))
        #expect(error.code == .invalidPattern)
        #expect(error.file == "test.yaml")
        #expect(error.step == "entities")
        #expect(error.key == "patterns.troops")
        #expect(error.line == 4)
        #expect(error.message == "pattern 'troops' does not compile: missing closing parenthesis at offset 21")
        #expect(error.detail == #"(?<count>\d+\s+troops"# + "\n" + String(repeating: " ", count: 21) + "^")
        #expect(error.description.hasPrefix("test.yaml:4: step 'entities', key 'patterns.troops': pattern 'troops'"))
    }

    @Test func caretCountsCharactersNotBytes() throws {
        let error = PatternError(pattern: "’전(x", message: "m", offset: 8, code: 114)
        #expect(error.caretDiagram == "’전(x\n    ^")
        let multiLine = PatternError(pattern: "a\n(b", message: "m", offset: 4, code: 114)
        #expect(multiLine.caretDiagram == "(b\n  ^")
    }

    @Test func mappingFormWithOptionsAndGroups() throws {
        let p = try pipeline(#"""
            pipeline:
              - extractor: regex
                options: multiline
                patterns:
                  line: { pattern: '^(?<first>\w+) (?<second>\w+)', options: [caseless], groups: [second] }
            """#)
        let result = try p.run(Document(text: "south Korea\nNorth korea"))
        #expect(result.matches.map { result.document.text(of: $0.span) } == ["south Korea", "North korea"])
        #expect(result.matches.map { $0.groups.map(\.name) } == [["second"], ["second"]])
        let step = try #require(p.steps.first?.extractor as? RegexExtractor)
        #expect(step.entries.first?.compiled.options == [.multiline, .caseless])
    }

    @Test func namedPatternStepConfigurationBuildsThisStep() throws {
        let config = NamedPattern.regexStep(name: "agencies", patterns: [
            NamedPattern(name: "agency", pattern: #"\b(?<name>yonhap|menafn)\b"#, options: ["caseless"], groups: ["name"]),
        ])
        let step = try ExtractorRegistry.builtIn.makeStep(config)
        #expect(step.name == "agencies")
        let extractor = try #require(step.extractor as? RegexExtractor)
        let document = try Fixture.document("000_ee8ecf434b4cedfc.txt")
        let found = try extractor.matches(in: document)
        #expect(found.count == 3)  // not inside the wire id MENAFN0511…
        #expect(Set(found.compactMap { $0.groups.first?.span.map(document.text(of:)) }) == ["MENAFN"])
    }

    @Test func unknownGroupAndKeysAreErrors() throws {
        let group = try #require(configurationError("""
            pipeline:
              - extractor: regex
                patterns: { p: { pattern: '(?<a>x)', groups: [b] } }
            """))
        #expect(group.key == "patterns.p.groups")
        #expect(group.message.contains("no group named 'b'"))
        let key = try #require(configurationError("""
            pipeline:
              - extractor: regex
                patterns: { p: { pattern: 'x', flags: [i] } }
            """))
        #expect(key.code == .unknownKey)
        let option = try #require(configurationError("""
            pipeline:
              - extractor: regex
                options: [caseless, fuzzy]
                patterns: { p: x }
            """))
        #expect(option.key == "options")
        #expect(option.message.contains("unknown option 'fuzzy'"))
        let stepKey = try #require(configurationError("""
            pipeline:
              - extractor: regex
                pattern: x
            """))
        #expect(stepKey.code == .unknownKey)
    }

    @Test func libraryByNameAllAndDefault() throws {
        func names(_ yaml: String) throws -> [String] {
            let step = try #require(try pipeline(yaml).steps.first?.extractor as? RegexExtractor)
            return step.entries.map(\.name)
        }
        #expect(try names("pipeline:\n  - extractor: regex\n    library: [acronym, money]\n") == ["acronym", "money"])
        #expect(try names("pipeline:\n  - extractor: regex\n    library: all\n") == PatternLibrary.all.map(\.name))
        #expect(try names("pipeline:\n  - extractor: regex\n") == PatternLibrary.defaultNames)
        #expect(try names("pipeline:\n  - extractor: regex\n    patterns: { p: x }\n    library: year\n") == ["p", "year"])
        let unknown = try #require(configurationError("pipeline:\n  - extractor: regex\n    library: [acronym, stocks]\n"))
        #expect(unknown.key == "library")
        #expect(unknown.message.contains("'stocks'"))
        let duplicate = try #require(configurationError("pipeline:\n  - extractor: regex\n    patterns: { year: x }\n    library: year\n"))
        #expect(duplicate.key == "patterns.year")
    }

    @Test func stepOptionsDoNotChangeLibraryPatterns() throws {
        let p = try pipeline("pipeline:\n  - extractor: regex\n    options: caseless\n    library: acronym\n    patterns: { word: korea }\n")
        let result = try p.run(Document(text: "the ROK and Korea and the rok"))
        let found = result.matches.map { "\($0.pattern):\(result.document.text(of: $0.span))" }
        #expect(found == ["acronym:ROK", "word:Korea"])
    }

    @Test func defaultPipelineRunsTheDefaultSet() throws {
        let result = try Pipeline.makeDefault().run(try Fixture.document("000_ee8ecf434b4cedfc.txt"))
        let patterns = Set(result.matches.map(\.pattern))
        #expect(patterns.isSuperset(of: ["acronym", "quantity", "date", "time", "wire_id"]))
        #expect(patterns.isSubset(of: Set(PatternLibrary.defaultNames)))
    }
}
