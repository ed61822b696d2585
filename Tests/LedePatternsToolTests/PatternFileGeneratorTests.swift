@testable import lede_patterns
import Testing

/// Runs the generator on `text` and returns the source or the rendered errors.
private func generate(_ text: String, file: String = "Troop.patterns.yaml") -> (source: String?, errors: [String]) {
    let f = SourceFile(path: file, bytes: Array(text.utf8))
    switch PatternFileGenerator.generate(f) {
    case .success(let s): return (s, [])
    case .failure(let failure): return (nil, failure.diagnostics.map { $0.rendered(in: f).split(separator: "\n")[0].description })
    }
}

@Test func plainQuotedAndBlockPatternsBecomeConstants() throws {
    let result = generate("""
        # comment line
        count: '(?<n>\\d+) troops'   # trailing comment
        acronym: \\b[A-Z]{2,6}\\b
        "unit-name":
          pattern: |
            (?<ordinal>\\d+(?:st|nd|rd|th))
            \\s+Division
          options: [extended, i]
          groups:
            - ordinal
        """)
    let source = try #require(result.source, "\(result.errors)")
    #expect(source.contains("public enum TroopPatterns {"))
    #expect(source.contains(##"pattern: #"(?<n>\d+) troops"#"##))
    #expect(source.contains(##"pattern: #"\b[A-Z]{2,6}\b"#"##))
    #expect(source.contains("public static let unitName = NamedPattern("))
    #expect(source.contains(#"options: ["extended", "caseless"]"#))
    #expect(source.contains(#"groups: ["ordinal"]"#))
    #expect(source.contains("public static let all: [NamedPattern] = [count, acronym, unitName]"))
}

@Test func jsonFilesUseTheSameParser() throws {
    let result = generate(#"{"count": "(?<n>\\d+) troops", "unit": {"pattern": "Division", "options": ["caseless"]}}"#,
                          file: "units.patterns.json")
    let source = try #require(result.source, "\(result.errors)")
    #expect(source.contains("public enum UnitsPatterns {"))
    #expect(source.contains(#"(?<n>\d+) troops"#))
}

@Test func pcre2ErrorsPointIntoTheFile() {
    // Line 2: the unclosed group; PCRE2 reports the end of the pattern, so the closing quote.
    let single = generate("ok: fine\ncount: '(?<n>\\d+ troops'\n")
    #expect(single.errors == ["Troop.patterns.yaml:2:24: error: missing closing parenthesis (pattern 'count')"])
    // A doubled quote is one byte of pattern but two columns of file: 'a', the end of the range, is column 13.
    let doubled = generate("x: 'it''s[z-a]'\n")
    #expect(doubled.errors.count == 1)
    #expect(doubled.errors.first?.hasPrefix("Troop.patterns.yaml:1:13: error: range out of order") == true)
    // Escapes in JSON: "\\d" is two file bytes for one pattern byte; PCRE2 stops at the '}', column 16.
    let json = generate("{\n  \"a\": \"\\\\d{2,1}\"\n}", file: "a.patterns.json")
    #expect(json.errors.first?.hasPrefix("a.patterns.json:2:16: error: numbers out of order") == true)
}

@Test func everyProblemIsReportedWithItsPlace() {
    let result = generate("""
        a: "\\bword"
        b:
          pattern: (?<x>y)
          groups: [x, missing]
        c: { pattern: 'z', options: [nope] }
        a: duplicate
        """)
    #expect(result.errors.count == 4)
    #expect(result.errors[0].hasPrefix("Troop.patterns.yaml:1:5: error: the pattern contains a backspace"))
    #expect(result.errors[1].hasPrefix("Troop.patterns.yaml:4:15: error: 'missing' is not a named group"))
    #expect(result.errors[2].hasPrefix("Troop.patterns.yaml:5:30: error: unknown option 'nope'"))
    #expect(result.errors[3].hasPrefix("Troop.patterns.yaml:6:1: error: pattern 'a' is defined twice"))
}

@Test func unsupportedYAMLIsRejectedNotMisread() {
    #expect(generate("a: >\n  folded\n").errors.first?.contains("folded strings") == true)
    #expect(generate("a: &anchor x\n").errors.first?.contains("anchors") == true)
    #expect(generate("a: one\n  two\n").errors.first?.contains("unexpected indentation") == true)
    #expect(generate("a: [A-Z]+\n").errors.first?.contains("must be quoted") == true)
    #expect(generate("a: 'open\n").errors.first?.contains("unterminated") == true)
    #expect(generate("# nothing\n").errors.first?.contains("defines no patterns") == true)
    #expect(generate("all: x\n").errors.first?.contains("clashes") == true)
}

@Test func swiftNamesAndLiterals() {
    #expect(SwiftEmitter.typeName(forFile: "troop-units.patterns.yaml") == "TroopUnitsPatterns")
    #expect(SwiftEmitter.identifier(for: "troop count") == "troopCount")
    #expect(SwiftEmitter.identifier(for: "default") == "`default`")
    #expect(SwiftEmitter.identifier(for: "2nd") == "_2nd")
    #expect(SwiftEmitter.literal(##"a"#b"##) == ###"##"a"#b"##"###)
    #expect(SwiftEmitter.literal("a\nb") == #""a\nb""#)
}

@Test func blockStringsKeepTheirLinesAndPositions() throws {
    // Line 4 holds `(?<n>\d+` whose group never closes; PCRE2 stops at the pattern's end,
    // just past the block's last content byte (line 5, column 14, after "troops").
    let broken = generate("""
        count:
          options: [extended]
          pattern: |
            (?<n>\\d+
            \\s+troops
        """)
    #expect(broken.errors == ["Troop.patterns.yaml:5:14: error: missing closing parenthesis (pattern 'count')"])
    let ok = try #require(generate("a:\n  pattern: |-\n    x\n\n    y\n").source)
    #expect(ok.contains(#"pattern: "x\n\ny""#))
}
