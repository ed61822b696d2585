import Testing
import Lede
@testable import LedeRegex

@Suite struct LimitTests {
    /// `(a+)+$` against `aaa…b` backtracks exponentially: only a limit stops it.
    private let catastrophic = #"(a+)+$"#
    private let subject = String(repeating: "a", count: 5_000) + "b"

    @Test func matchLimitStopsTheJIT() throws {
        let pattern = try CompiledPattern(catastrophic)
        #expect(pattern.usesJIT)
        do {
            _ = try pattern.matches(in: subject, limits: MatchLimits(matchLimit: 10_000))
            Issue.record("expected the match limit")
        } catch {
            #expect(error.kind == .matchLimit)
            #expect(error.limitKey == "match_limit")
            #expect(error.isLimit)
        }
    }

    @Test func depthAndHeapLimitsStopTheInterpreter() throws {
        // Each iteration of a group with alternatives keeps a backtracking frame, so
        // the interpreter's depth and heap grow with the run of a's.
        let pattern = try CompiledPattern(#"(?:aa|a)*$"#, jit: false)
        #expect(!pattern.usesJIT)
        do {
            _ = try pattern.matches(in: subject, limits: MatchLimits(depthLimit: 50))
            Issue.record("expected the depth limit")
        } catch {
            #expect(error.kind == .depthLimit)
        }
        do {
            _ = try pattern.matches(in: subject, limits: MatchLimits(heapLimitKiB: 1))
            Issue.record("expected the heap limit")
        } catch {
            #expect(error.kind == .heapLimit)
        }
    }

    @Test func jitStackLimitStopsTheJIT() throws {
        // Every iteration of the group keeps a backtracking entry on the JIT stack.
        let pattern = try CompiledPattern(#"(?:aa|a)*$"#)
        #expect(pattern.usesJIT)
        let long = String(repeating: "a", count: 200_000) + "b"
        do {
            _ = try pattern.matches(in: long, limits: MatchLimits(matchLimit: .max, jitStackKiB: 32))
            Issue.record("expected the JIT stack limit")
        } catch {
            #expect(error.kind == .jitStackLimit)
            #expect(error.limitKey == "jit_stack")
        }
    }

    @Test func interpreterStepHonoursDepthLimitKey() throws {
        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: regex
                jit: false
                depth_limit: 50
                patterns:
                  runs: '(?:aa|a)*$'
            """, file: "limits.yaml")
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(config)
        let step = try #require(pipeline.steps.first?.extractor as? RegexExtractor)
        #expect(step.entries.first?.compiled.usesJIT == false)
        guard case .failure(let error) = pipeline.result(for: Document(text: subject)) else {
            Issue.record("expected a regex-limit failure")
            return
        }
        #expect(error.code == "regex-limit")
        #expect(error.message.contains("depth_limit = 50"))
    }

    @Test func ordinaryPatternsStayFarBelowTheDefaults() throws {
        // The same nested quantifier over text that matches does not come near the limits.
        let pattern = try CompiledPattern(catastrophic)
        #expect(try pattern.matches(in: String(repeating: "a", count: 5_000)).count == 1)
    }

    @Test func limitFailsOnlyThatDocumentWithRegexLimit() throws {
        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: regex
                name: guard
                match_limit: 100000
                patterns:
                  catastrophe: '(a+)+$'
            """, file: "limits.yaml")
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(config)
        let bad = pipeline.result(for: Document(id: "bad", text: subject))
        guard case .failure(let error) = bad else {
            Issue.record("expected a regex-limit failure")
            return
        }
        #expect(error.code == "regex-limit")
        #expect(error.message.contains("step 'guard'"))
        #expect(error.message.contains("pattern 'catastrophe'"))
        #expect(error.message.contains("match_limit = 100000"))
        // The next document on the same thread is unaffected.
        let good = try pipeline.run(Document(id: "good", text: "aaaa"))
        #expect(good.matches.map(\.span) == [Span(start: 0, end: 4)])
    }

    @Test func limitKeysAreValidated() throws {
        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: regex
                match_limit: 0
                patterns: { a: 'a' }
            """, file: "limits.yaml")
        #expect {
            try ExtractorRegistry.builtIn.makePipeline(config)
        } throws: { error in
            (error as? ConfigurationError)?.key == "match_limit" && (error as? ConfigurationError)?.line == 3
        }
    }
}
