import Lede
import LedeCore
import LedeRegex
import Testing

/// Issue 9: every regex limit, set on a step, fails the document with `regex-limit` and a
/// message naming the step, the pattern, the limit's value and the key to raise.
@Suite struct LimitMessageTests {
    /// `(?:aa|a)*$` keeps a backtracking frame per iteration over `aaa…b`.
    static func failure(_ yaml: String, on subject: String) throws -> DocumentError {
        let config = try PipelineConfiguration.parse(yaml, file: "limits.yaml")
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(config)
        guard case .failure(let error) = pipeline.result(for: Document(id: "runs", text: subject)) else {
            throw DocumentError(code: "no-failure", message: "expected the document to fail")
        }
        return error
    }

    @Test func heapLimitNamesItsKey() throws {
        let error = try Self.failure("""
            pipeline:
              - extractor: regex
                name: runs-step
                jit: false
                depth_limit: 10000000
                heap_limit: 1
                patterns:
                  runs: '(?:aa|a)*$'
            """, on: String(repeating: "a", count: 5_000) + "b")
        #expect(error.code == "regex-limit")
        #expect(error.message.contains("step 'runs-step'"))
        #expect(error.message.contains("pattern 'runs'"))
        #expect(error.message.contains("heap_limit = 1 KiB"))
        #expect(error.message.contains("raise `heap_limit`"))
    }

    @Test func jitStackLimitNamesItsKey() throws {
        let error = try Self.failure("""
            pipeline:
              - extractor: regex
                match_limit: 1000000000
                jit_stack: 32
                patterns:
                  runs: '(?:aa|a)*$'
            """, on: String(repeating: "a", count: 200_000) + "b")
        #expect(error.code == "regex-limit")
        #expect(error.message.contains("pattern 'runs'"))
        #expect(error.message.contains("jit_stack = 32 KiB"))
        #expect(error.message.contains("raise `jit_stack`"))
    }
}

/// Fuzzing (`patterns`, 2026-11-22) found `()|(?R)`: after its empty match the JIT recurses
/// without consuming until the JIT stack runs out, in time quadratic in `jit_stack`
/// (PCRE2's own behaviour; 3 s at the default 1 MiB). The document fails cleanly with
/// `regex-limit`; the interpreter's depth and heap limits give the empty matches.
@Suite struct RecursivePatternTests {
    @Test func emptyRecursionFailsWithJITStackLimitAndMatchesWithTheInterpreter() throws {
        let error = try LimitMessageTests.failure("""
            pipeline:
              - extractor: regex
                jit_stack: 64
                patterns:
                  loop: '()|(?R)'
            """, on: "ab")
        #expect(error.code == "regex-limit")
        #expect(error.message.contains("jit_stack = 64 KiB"))

        let config = try PipelineConfiguration.parse("""
            pipeline:
              - extractor: regex
                jit: false
                patterns:
                  loop: '()|(?R)'
            """)
        let result = try ExtractorRegistry.builtIn.makePipeline(config).run(Document(text: "ab"))
        #expect(result.matches.map(\.span) == [Span(start: 0, end: 0), Span(start: 1, end: 1), Span(start: 2, end: 2)])
    }
}
