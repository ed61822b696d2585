import Testing
import LedeCore
@testable import LedeRegex

@Suite struct PatternLibraryTests {
    /// The texts and named groups of `name`'s matches in `document`.
    private func run(_ name: String, _ document: Document) throws -> [(text: String, groups: [String: String])] {
        let library = try #require(PatternLibrary.named(name))
        let step = try RegexExtractor(patterns: [PatternDefinition(library)])
        return try step.matches(in: document).map { match in
            var groups: [String: String] = [:]
            for g in match.groups { if let s = g.span { groups[g.name] = document.text(of: s) } }
            return (document.text(of: match.span), groups)
        }
    }

    private func texts(_ name: String, _ text: String) throws -> [String] {
        try run(name, Document(text: text)).map(\.text)
    }

    @Test func everyLibraryPatternCompilesWithJIT() throws {
        #expect(Set(PatternLibrary.all.map(\.name)).count == PatternLibrary.all.count)
        for library in PatternLibrary.all {
            #expect(try CompiledPattern(library.pattern, options: library.options).usesJIT, "\(library.name)")
        }
        #expect(PatternLibrary.defaultPatternSet.map(\.name) == PatternLibrary.defaultNames)
    }

    @Test func acronymsInSeeds() throws {
        let found = Set(try Fixture.seeds.flatMap { try run("acronym", Fixture.document($0)).map(\.text) })
        #expect(found.isSuperset(of: ["OPCON", "ROK", "DPRK", "SCM", "US", "U.S.", "UN", "MENAFN"]))
        // Datelines and all-capital headlines are not acronyms.
        #expect(try texts("acronym", "SEOUL –\u{A0}South Korea") == [])
        #expect(try texts("acronym", "BROWN-FORMAN <BFDB> SETS STOCK SPLIT, UPS PAYOUT") == ["BFDB"])
        #expect(try texts("acronym", "KOKOMO, Ind., Feb 26 - Shr 39 cts") == [])
        #expect(try texts("acronym", "NGOs and S&P said") == ["NGOs", "S&P"])
    }

    @Test func quantitiesWithUnits() throws {
        let seed = try run("quantity", Fixture.document("000_ee8ecf434b4cedfc.txt"))
        #expect(seed.map(\.text) == ["28,500 American troops"])
        #expect(seed.first?.groups == ["number": "28,500", "unit": "American troops"])
        let cocoa = try run("quantity", Fixture.document("reuters-00001.txt")).map(\.text)
        #expect(cocoa.contains("155,221 bags"))
        #expect(cocoa.contains("6.4 mln bags"))
        #expect(!cocoa.contains { $0.contains("dlrs") || $0.hasPrefix("340 to") })
        #expect(try texts("quantity", "from 1950 to 1953, 60 kilos") == ["60 kilos"])
        // Currencies belong to `money`; verb forms are not what a number counts.
        #expect(try texts("quantity", "500 mln stg and 11,000 having 52,000 cars") == ["52,000 cars"])
    }

    @Test func money() throws {
        let found = try run("money", Fixture.document("reuters-00023.txt"))
        #expect(found.map(\.text).prefix(3) == ["28 cts", "31 cts", "21.6 mln dlrs"])
        #expect(found.map(\.text).contains("66.0\nmln dlrs"))  // wrapped line
        #expect(found[2].groups == ["amount": "21.6", "scale": "mln", "currency": "dlrs"])
        #expect(try texts("money", "a $1.5 billion deal, €20 and US$3 mln") == ["$1.5 billion", "€20", "US$3 mln"])
        #expect(try texts("money", "500 mln stg and 43.8 billion forints") == ["500 mln stg", "43.8 billion forints"])
    }

    @Test func percentages() throws {
        #expect(try texts("percent", try Fixture.text("reuters-00023.txt")) == ["35 pct", "37 pct"])
        #expect(try texts("percent", "up 20% or 3.5 percent, down -2 per cent") == ["20%", "3.5 percent", "-2 per cent"])
    }

    @Test func years() throws {
        let found = try Fixture.seeds.flatMap { try run("year", Fixture.document($0)).map(\.text) }
        #expect(found.contains("2030"))
        #expect(found.contains("1950") && found.contains("1953"))
        #expect(try texts("year", "28,500 troops, 1,950 dlrs, $2000, 2025") == ["2025"])
    }

    @Test func dates() throws {
        let seeds = try Fixture.seeds.flatMap { try run("date", Fixture.document($0)) }
        #expect(seeds.map(\.text).contains("02 January 2024"))
        #expect(seeds.map(\.text).contains("Oct 28"))
        let nov = try #require(seeds.first { $0.text == "Nov 05, 2025" })
        #expect(nov.groups == ["month": "Nov", "day": "05", "year": "2025"])
        #expect(try texts("date", "on 2024-01-02 and March 31 1988, not March/April") == ["2024-01-02", "March 31 1988"])
    }

    @Test func times() throws {
        let found = try run("time", Fixture.document("003_96aeffd01d083ba3.txt"))
        #expect(found.map(\.text) == ["10:05 am"])
        let header = try run("time", Fixture.document("000_ee8ecf434b4cedfc.txt"))
        #expect(header.first?.groups == ["hour": "12", "minute": "17", "zone": "GMT"])
        #expect(try texts("time", "at 3 p.m. and 7.30 pm, not 2.27 times") == ["3 p.m.", "7.30 pm"])
    }

    @Test func urlsAndEmails() throws {
        let text = "See https://www.menafn.com/1110298860/Seoul?x=1. Or www.yonhapnews.co.kr, mail press@menafn.com."
        #expect(try texts("url", text) == ["https://www.menafn.com/1110298860/Seoul?x=1", "www.yonhapnews.co.kr"])
        let email = try run("email", Document(text: text))
        #expect(email.map(\.text) == ["press@menafn.com"])
        #expect(email.first?.groups == ["user": "press", "domain": "menafn.com"])
    }

    @Test func hashtagsEndAtNoBreakSpaces() throws {
        let found = try run("hashtag", Fixture.document("003_96aeffd01d083ba3.txt"))
        #expect(found.map(\.text) == ["#Lee Jae-myung", "#Pete Hegseth", "#wartime operational control",
                                      "#U.S.–Korea alliance", "#nuclear-powered submarines"])
        #expect(found.first?.groups == ["tag": "Lee Jae-myung"])
        // With ordinary spaces a tag is one word; numbers and HTML entities are not tags.
        #expect(try texts("hashtag", "Talks on #OPCON transfer, ranked #1, &#39; #서울 today") == ["#OPCON", "#서울"])
    }

    @Test func mentionsAndPhones() throws {
        #expect(try texts("mention", "@Reuters and @yonhap_en said; mail press@menafn.com") == ["@Reuters", "@yonhap_en"])
        let phones = try texts("phone", "Call +82 2 748 1234, (212) 555-0147 or 020 7946 0958; not 1986/87 or 2024-01-02.")
        #expect(phones == ["+82 2 748 1234", "(212) 555-0147", "020 7946 0958"])
    }

    @Test func wireIdentifiers() throws {
        let found = try run("wire_id", Fixture.document("000_ee8ecf434b4cedfc.txt"))
        #expect(found.map(\.text) == ["MENAFN05112025000045017167ID1110298860"])
        #expect(found.first?.groups == ["source": "MENAFN", "number": "05112025000045017167ID1110298860"])
    }
}
