import Testing
import LedeCore
@testable import LedeRegex

/// The built-in patterns' start shortcut (`StartRule`, `StartCandidates`) must find
/// exactly what PCRE2's own unanchored search finds.
@Suite struct StartRuleTests {
    /// Every library pattern that has a rule, as the default step compiles it.
    private let step: RegexExtractor

    init() throws {
        step = try RegexExtractor(patterns: PatternLibrary.all.map(PatternDefinition.init))
    }

    /// The same patterns searched the plain way, one unanchored search after another.
    private func plainMatches(_ text: String) throws -> [String] {
        let document = Document(text: text)
        var all: [(Int, Int, Match)] = []
        for (order, entry) in step.entries.enumerated() {
            try document.bytes.withUnsafeBufferPointer { buffer in
                try entry.compiled.forEachMatch(in: buffer, isValidUTF8: true) { (view: MatchView) in
                    all.append((view.span.start, order, Match(pattern: entry.name, span: view.span, groups: [])))
                }
            }
        }
        return all.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { "\($0.2.pattern) \(document.text(of: $0.2.span))" }
    }

    private func shortcutMatches(_ text: String) throws -> [String] {
        let document = Document(text: text)
        return try step.matches(in: document).map { "\($0.pattern) \(document.text(of: $0.span))" }
    }

    @Test func theDefaultPatternsUseTheShortcut() {
        let names = Set(step.entries.filter { $0.shortcut != nil }.map(\.name))
        #expect(names.isSuperset(of: PatternLibrary.defaultNames))
    }

    @Test func aChangedPatternLosesItsShortcut() throws {
        let acronym = try #require(PatternLibrary.named("acronym"))
        let changed = try RegexExtractor(patterns: [PatternDefinition(name: "acronym", pattern: acronym.pattern + "|x")])
        #expect(changed.entries.first?.shortcut == nil)
        let caseless = try RegexExtractor(patterns: [PatternDefinition(name: "a", pattern: acronym.pattern, options: .caseless)])
        #expect(caseless.entries.first?.shortcut == nil)
        let interpreted = try RegexExtractor(patterns: [PatternDefinition(acronym)], jit: false)
        #expect(interpreted.entries.first?.shortcut == nil)
    }

    @Test(arguments: Fixture.seeds + Fixture.reuters)
    func articlesMatchAsThePlainSearch(_ name: String) throws {
        let text = try Fixture.text(name)
        let found = try shortcutMatches(text)
        #expect(!found.isEmpty)
        #expect(found == (try plainMatches(text)))
    }

    /// Edges: starts right after letters, signs and symbols, non-ASCII neighbours,
    /// matches back to back, literals at the very start and end.
    @Test(arguments: [
        "US$5 mln and HK$3.2 billion, A$1 and C$4; £20, €7.5m, ¥300 and ₩1,000 won. XUS$5",
        "Up 14.5 pct, -2 per cent, +3%, 7 %, 8\u{A0}%, a5 pct, 1.2.3 pct and 9-pct gains",
        "On Nov 5, 2025 at 12:17 GMT; 02 January 2024, 2024-01-02, 3 p.m., 7.30 pm, 10 AM, éOct 3",
        "NATO, U.S., S&P, AT&T, REUTERS, ROK-U.S. talks; the ÉU and ßAB; MENAFN05112025000045017167ID1110298860",
        "Mail press@menafn.com, a.b-c+d@x.y.co.uk@z or @Reuters and x@y; #OPCON #Lee Jae-myung\u{A0}#1",
        "http://a.b/c?d=1. https://x.org/y), www.example.com; xhttp://no and www.",
        "28,500 American troops, 6.4 mln bags, 100,000 metric tons, 340 to 350, 2016 elections, 5\u{2009}km",
        "@", "1", "A", "http", "www.", "US$", "x@", "#", "-1", "Jan",
    ])
    func edgesMatchAsThePlainSearch(_ text: String) throws {
        #expect(try shortcutMatches(text) == (try plainMatches(text)))
    }
}
