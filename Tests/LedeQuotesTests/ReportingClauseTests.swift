import Testing
import LedeCore
import LedeQuotes

@Suite("Reporting and embedded clauses")
struct ReportingClauseTests {
    @Test func adverbialClauseKeepsItsOwnPronoun() throws {
        let q = try quotes("Rep. Joe Hale gained fame in 2009 when he yelled “You lie!” at the president.")
        #expect(q.first?.mention == "he")
        #expect(q.first?.speaker == "Joe Hale")
    }

    @Test func samePronounUnderReportingVerbTakesTheMainClause() throws {
        let q = try quotes("Ann Roe spoke first. He says he believes the team has “the wind at our backs.”")
        #expect(q.first?.mention == "He")
        #expect(q.first?.cue == "believes")
    }

    @Test func reportedClauseSubjectGivesWayToReporter() throws {
        let q = try quotes("Governor Kim Aldo said that voters will say “enough” in November.")
        #expect(q.first?.mention == "Governor Kim Aldo")
        #expect(q.first?.speaker == "Kim Aldo")
    }

    @Test func nounAfterOfIsNotACue() throws {
        let q = try quotes("The former secretary of state said the deal was “a mistake.”")
        #expect(q.first?.cue == "said")
    }
}
