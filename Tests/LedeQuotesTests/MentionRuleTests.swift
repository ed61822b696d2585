import Testing
import LedeCore
import LedeQuotes

/// Mention shapes and clause rules added for attribution on longer news text.
@Suite("Mention and clause rules")
struct MentionRuleTests {
    @Test(arguments: [
        FirstQuote("“The vote is final,” Acme campaign spokeswoman Dana Fox said on Monday.",
                   speaker: "Dana Fox", mention: "Acme campaign spokeswoman Dana Fox", cue: "said"),
        FirstQuote("“Prices will fall,” Maria Lopez of the Center for Fiscal Studies wrote in March.", speaker: "Maria Lopez", cue: "wrote"),
        FirstQuote("Omar left early, Ruth Kell said, adding, “He never stayed for tea.”", speaker: "Ruth Kell", mention: "Ruth Kell"),
        FirstQuote("“You are wrong about the budget,” Senator Paul Dane shot back.", speaker: "Paul Dane", cue: .null),
        FirstQuote("“The budget is wrong.” Paul Dane left the room.", speaker: .null),
        FirstQuote("BERLIN — After the vote, President Eva Brandt rallied supporters, saying: “We won.”", speaker: "Eva Brandt"),
        FirstQuote("Mayor Ann Vale spoke for an hour as the heckler yelled: “Go home!”", mention: "the heckler"),
        FirstQuote("The Harbor Authority waved off the delay as having “minimal” impact.", mention: "The Harbor Authority"),
        FirstQuote("The city council sponsored “Morning Tide Hour” on local radio.", speaker: .null),
        FirstQuote("The rally moved indoors. According to Mayor Ann Vale, “The speech will start at noon.”",
                   speaker: "Ann Vale", cue: "According to"),
        FirstQuote("“The ads will run all week,” Nora Quist, who is chair of the Lake Fund said on Friday.", mention: "Nora Quist", cue: "said"),
        FirstQuote("A court document filed by the county called the plan “deeply flawed.”", mention: "A court document"),
    ])
    func speakerPhrase(_ c: FirstQuote) throws { try check(c) }

    @Test func ageWordHeadsDescription() throws {
        let q = try quotes("“We will win,” said the 46-year-old. “Now we go.”")
        #expect(q.first?.mention == "the 46-year-old")
        #expect(q.last?.mention == "the 46-year-old")
    }

    @Test func presentVerbBeforeDeterminerEndsSubject() throws {
        let q = try quotes("The new ad includes a clip in which the governor promises a “clean sweep” of the agency.")
        #expect(q.first?.mention != "The new ad includes")
    }
}

@Suite("Description modifiers")
struct DescriptionModifierTests {
    @Test func weekdayAfterDeterminerModifiesTheHead() throws {
        try check(FirstQuote("“There are worms with more spine than the senator,” reads a Wednesday editorial in the paper.",
                             mention: "a Wednesday editorial", cue: "reads"))
    }
}
