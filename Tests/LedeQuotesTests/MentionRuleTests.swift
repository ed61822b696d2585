import Testing
import LedeCore
import LedeQuotes

/// Mention shapes and clause rules added for attribution on longer news text.
@Suite("Mention and clause rules")
struct MentionRuleTests {
    @Test func roleModifiersBetweenOrganisationAndName() throws {
        let q = try quotes("“The vote is final,” Acme campaign spokeswoman Dana Fox said on Monday.")
        #expect(q.first?.mention == "Acme campaign spokeswoman Dana Fox")
        #expect(q.first?.speaker == "Dana Fox")
        #expect(q.first?.cue == "said")
    }

    @Test func organisationTailAfterName() throws {
        let q = try quotes("“Prices will fall,” Maria Lopez of the Center for Fiscal Studies wrote in March.")
        #expect(q.first?.speaker == "Maria Lopez")
        #expect(q.first?.cue == "wrote")
    }

    @Test func participleAfterSaidTakesThatSpeaker() throws {
        let q = try quotes("Omar left early, Ruth Kell said, adding, “He never stayed for tea.”")
        #expect(q.first?.mention == "Ruth Kell")
        #expect(q.first?.speaker == "Ruth Kell")
    }

    @Test func nameAfterCommaQuoteWithUnlistedVerb() throws {
        let q = try quotes("“You are wrong about the budget,” Senator Paul Dane shot back.")
        #expect(q.first?.speaker == "Paul Dane")
        #expect(q.first?.cue == nil)
    }

    @Test func nameAfterPeriodQuoteIsNotTakenWithoutCue() throws {
        let q = try quotes("“The budget is wrong.” Paul Dane left the room.")
        #expect(q.first?.speaker == nil)
    }

    @Test func datelineIsNotTheSubject() throws {
        let q = try quotes("BERLIN — After the vote, President Eva Brandt rallied supporters, saying: “We won.”")
        #expect(q.first?.speaker == "Eva Brandt")
    }

    @Test func agentNounDescriptionGovernsQuote() throws {
        let q = try quotes("Mayor Ann Vale spoke for an hour as the heckler yelled: “Go home!”")
        #expect(q.first?.mention == "the heckler")
    }

    @Test func organisationSubjectOfPartialQuote() throws {
        let q = try quotes("The Harbor Authority waved off the delay as having “minimal” impact.")
        #expect(q.first?.mention == "The Harbor Authority")
    }

    @Test func titleCasedQuoteKeepsNoOrganisationSpeaker() throws {
        let q = try quotes("The city council sponsored “Morning Tide Hour” on local radio.")
        #expect(q.first?.speaker == nil)
    }

    @Test func sentenceInitialAccordingTo() throws {
        let q = try quotes("The rally moved indoors. According to Mayor Ann Vale, “The speech will start at noon.”")
        #expect(q.first?.speaker == "Ann Vale")
        #expect(q.first?.cue == "According to")
    }

    @Test func ageWordHeadsDescription() throws {
        let q = try quotes("“We will win,” said the 46-year-old. “Now we go.”")
        #expect(q.first?.mention == "the 46-year-old")
        #expect(q.last?.mention == "the 46-year-old")
    }

    @Test func openRelativeClauseBeforeCue() throws {
        let q = try quotes("“The ads will run all week,” Nora Quist, who is chair of the Lake Fund said on Friday.")
        #expect(q.first?.mention == "Nora Quist")
        #expect(q.first?.cue == "said")
    }

    @Test func verbEndsDescriptionSubject() throws {
        let q = try quotes("A court document filed by the county called the plan “deeply flawed.”")
        #expect(q.first?.mention == "A court document")
    }

    @Test func presentVerbBeforeDeterminerEndsSubject() throws {
        let q = try quotes("The new ad includes a clip in which the governor promises a “clean sweep” of the agency.")
        #expect(q.first?.mention != "The new ad includes")
    }
}

@Suite("Description modifiers")
struct DescriptionModifierTests {
    @Test func weekdayAfterDeterminerModifiesTheHead() throws {
        let q = try quotes("“There are worms with more spine than the senator,” reads a Wednesday editorial in the paper.")
        #expect(q.first?.mention == "a Wednesday editorial")
        #expect(q.first?.cue == "reads")
    }
}
