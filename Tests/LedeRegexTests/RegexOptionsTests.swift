import Testing
import LedeCore
@testable import LedeRegex

@Suite struct RegexOptionsTests {
    private func texts(_ pattern: String, _ options: RegexOptions, _ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try CompiledPattern(pattern, options: options).matches(in: bytes).map {
            String(decoding: bytes[$0.span.range], as: UTF8.self)
        }
    }

    @Test func caseless() throws {
        #expect(try texts("opcon", [], "OPCON and opcon") == ["opcon"])
        #expect(try texts("opcon", .caseless, "OPCON and opcon") == ["OPCON", "opcon"])
        // Unicode case folding (UCP): Ä/ä.
        #expect(try texts("ä", .caseless, "Ä") == ["Ä"])
    }

    @Test func multiline() throws {
        let text = "Seoul\nWashington"
        #expect(try texts(#"^\w+$"#, [], text) == [])
        #expect(try texts(#"^\w+$"#, .multiline, text) == ["Seoul", "Washington"])
    }

    @Test func dotall() throws {
        #expect(try texts("a.b", [], "a\nb") == [])
        #expect(try texts("a.b", .dotall, "a\nb") == ["a\nb"])
    }

    @Test func extended() throws {
        let pattern = "\\d+   # digits\n  \\s troops"
        #expect(try texts(pattern, .extended, "28,500 troops") == ["500 troops"])
        #expect(try texts(pattern, [], "28,500 troops") == [])
    }

    @Test func anchored() throws {
        #expect(try texts(#"\d"#, [], "a1 2") == ["1", "2"])
        #expect(try texts(#"\d"#, .anchored, "a1 2") == [])
        // Anchored matches must follow each other directly.
        #expect(try texts(#"\d"#, .anchored, "12 3") == ["1", "2"])
    }

    @Test func ungreedy() throws {
        #expect(try texts("“.+”", [], "“a” and “b”") == ["“a” and “b”"])
        #expect(try texts("“.+”", .ungreedy, "“a” and “b”") == ["“a”", "“b”"])
    }

    @Test func dollarEndOnly() throws {
        #expect(try texts("end$", [], "the end\n") == ["end"])
        #expect(try texts("end$", .dollarEndOnly, "the end\n") == [])
    }

    @Test func duplicateNames() throws {
        #expect(throws: PatternError.self) { try CompiledPattern("(?<n>a)|(?<n>b)") }
        let pattern = try CompiledPattern("(?<n>a)|(?<n>b)", options: .duplicateNames)
        #expect(try pattern.matches(in: "b").first?.group(named: "n") == Span(start: 0, end: 1))
    }

    @Test func noAutoCapture() throws {
        #expect(try CompiledPattern("(a)(?<b>b)").captureCount == 2)
        #expect(try CompiledPattern("(a)(?<b>b)", options: .noAutoCapture).captureCount == 1)
    }

    @Test func parsesNamesAndAliases() throws {
        let parsed = try RegexOptions.parse(["Caseless", "DOTALL", "x", "anchored", " ungreedy", "dollar-endonly"]).get()
        #expect(parsed == [.caseless, .dotall, .extended, .anchored, .ungreedy, .dollarEndOnly])
        #expect(parsed.names == ["caseless", "dotall", "extended", "anchored", "ungreedy", "dollar_endonly"])
        #expect(try RegexOptions.parse(["multiline"]).get() == .multiline)
        #expect(try RegexOptions.parse(["i", "m", "s"]).get() == [.caseless, .multiline, .dotall])
        guard case .failure(let unknown) = RegexOptions.parse(["caseless", "fuzzy"]) else {
            Issue.record("expected an unknown option")
            return
        }
        #expect(unknown.name == "fuzzy")
    }
}
