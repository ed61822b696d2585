import Testing
import LedeCore
import LedeQuotes

@Suite("Reporting and embedded clauses")
struct ReportingClauseTests {
    @Test(arguments: [
        // An adverbial clause keeps its own pronoun.
        FirstQuote("Rep. Joe Hale gained fame in 2009 when he yelled “You lie!” at the president.", speaker: "Joe Hale", mention: "he"),
        FirstQuote("Ann Roe spoke first. He says he believes the team has “the wind at our backs.”", mention: "He", cue: "believes"),
        // A reported clause's subject gives way to the reporter.
        FirstQuote("Governor Kim Aldo said that voters will say “enough” in November.", speaker: "Kim Aldo", mention: "Governor Kim Aldo"),
        FirstQuote("Mayor Tom Ortiz said during a rally in Salem that Ana Ruiz once described the plan as “a gift to landlords.”",
                   speaker: "Tom Ortiz", mention: "Mayor Tom Ortiz"),
        FirstQuote("At the town hall this week Clinton said she did not believe it was “an error in judgment.”", mention: "Clinton"),
        // An inverted cue after a comma needs a closed phrase.
        FirstQuote("Hemsley, a co-author of a book about rumors, said the days when the nation had “a unifying story” are gone.",
                   mention: "Hemsley", cue: "said"),
        FirstQuote("Governor Ron Daly said he backs a bill against the accreditors, which he called “a cartel.”",
                   speaker: "Ron Daly", mention: "he"),
        FirstQuote("Governor Ron Daly attacked what he calls “a cartel of accreditors.”", mention: "Governor Ron Daly"),
        FirstQuote("Governor Lia Moss says of her rival that he is “a reckless man.”", speaker: "Lia Moss", cue: "says"),
        FirstQuote("The former secretary of state said the deal was “a mistake.”", cue: "said"),
        // A passive cue's subject was addressed or named; it did not speak.
        FirstQuote("When the mayor’s budget came out, it was labeled “a fantasy” across the council.", speaker: .null, mention: .null),
        FirstQuote("Senator Ana Ruiz was asked whether the city is “broke” this year.", speaker: .null, mention: .null),
        FirstQuote("Governor Ron Daly is quoted as saying the plan “will not survive the winter.”", mention: "Governor Ron Daly"),
    ])
    func reportingClause(_ c: FirstQuote) throws { try check(c) }

    @Test func invertedCueBetweenTwoQuotes() throws {
        let q = try quotes("“We won,” said Lee, “and we will win again.”")
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.mention == "Lee" })
    }

    @Test func coordinateClauseKeepsItsOwnPronoun() throws {
        // After `but`, `he said` is a new main clause, not a restatement inside the first one.
        let q = try quotes("Chief Dana Ruiz said the tape did not give “clear proof of a weapon,” but he said the "
                           + "other evidence “supports what witnesses told us” about the night.")
        #expect(q.count == 2)
        #expect(q.first?.mention == "Chief Dana Ruiz")
        #expect(q.last?.mention == "he")
        #expect(q.last?.speaker == "Dana Ruiz")
    }

    @Test func pluralBeforeOfIsANoun() throws {
        let q = try quotes("Governor Lia Moss released files to disprove Republican claims of “major breakthroughs” in the case.")
        #expect(q.first?.cue != "claims")
        #expect(q.first?.mention != "Republican")
    }
}

@Suite("Attributions after a quote")
struct TrailingAttributionTests {
    @Test(arguments: [
        FirstQuote("“The vote is over.” Senator Ruth Baines said.", speaker: "Ruth Baines", cue: "said"),
        FirstQuote("“The vote is over.” Baines said in a statement on Monday.", mention: "Baines"),
        // A new sentence after a period-closed quote is not its attribution.
        FirstQuote("“The vote is over.” He says the council will meet again.", mention: .null, cue: .null),
        FirstQuote("“Welcome, neighbors!” a banner on the town hall reads.", mention: "a banner", cue: "reads"),
        // A long appositive between the speaker and the cue; the object of `told` never speaks.
        FirstQuote("“We will win,” Dana Ruiz, the executive director at the Center for Fair Housing and a longtime "
                   + "organizer in the city, told The Daily Record.", speaker: "Dana Ruiz", cue: "told"),
        // Descriptive words before a name are stripped like titles.
        FirstQuote("“It was a fair fight,” Billionaire Tom Ortiz said.", speaker: "Tom Ortiz"),
    ])
    func trailingAttribution(_ c: FirstQuote) throws { try check(c) }

    @Test func attributionIntroducingTheNextQuoteIsLeftToIt() throws {
        let q = try quotes("“We lost,” Baines said. “It hurts.” Ortiz added, “We will be back.”")
        #expect(q.count == 3)
        #expect(q[1].mention == "Baines")
        #expect(q[2].mention == "Ortiz")
    }
}

@Suite("Continued speakers")
struct ContinuedSpeakerTests {
    @Test func wholeQuoteParagraphContinuesAfterLongAttribution() throws {
        let text = "“We will win this race,” Mayor Ana Ortiz said on Tuesday at a rally in the old mill district, "
            + "where hundreds of supporters had gathered since early morning to hear her speak.\n\n“Nobody can stop us now.”"
        let q = try quotes(text)
        #expect(q.count == 2)
        #expect(q.last?.speaker == "Ana Ortiz")
        #expect(q.last?.rule == "continuation")
    }

    @Test func quoteParagraphWithNarrativeAfterLongAttributionDoesNotContinue() throws {
        let text = "“We will win this race,” Mayor Ana Ortiz said on Tuesday at a rally in the old mill district, "
            + "where hundreds of supporters had gathered since early morning to hear her speak.\n\n“Nobody can stop us now” was the slogan on every sign."
        let q = try quotes(text)
        #expect(q.last?.rule != "continuation")
    }

    @Test func fragmentInALaterNarrativeSentenceDoesNotContinue() throws {
        let text = "“He sells his own fiction,” the paper’s editorial board wrote. "
            + "The piece goes on to slam the senator’s “political revolution” as a fantasy."
        let q = try quotes(text)
        #expect(q.count == 2)
        #expect(q.last?.speaker == nil)
        #expect(q.last?.rule != "continuation")
        let next = try quotes("“We won,” Ana Ortiz said. “And we will win again.”")
        #expect(next.last?.speaker == "Ana Ortiz")
    }

    @Test(arguments: [
        FirstQuote("Senator Ruth Baines sees the governor as a uniter.\n\n“Not only can he win, he can win big.”",
                   speaker: "Ruth Baines", rule: "previous-sentence"),
        FirstQuote("The new bridge opened to traffic on Monday.\n\n“Built to last a century.”", speaker: .null),
        FirstQuote("Ruth Baines ended the debate by saying she would run again. “I am not done yet.”",
                   speaker: "Ruth Baines", rule: "previous-sentence"),
    ])
    func quoteAfterASentence(_ c: FirstQuote) throws { try check(c) }
}

@Suite("Speaker phrases after a cue")
struct SpeakerPhraseTests {
    @Test(arguments: [
        // A capitalised auxiliary is a first name.
        FirstQuote("“Costs keep rising,” said Will Hardy, a professor of economics.", speaker: "Will Hardy"),
        FirstQuote("“The race is tied,” Nora Kent, the pollster who runs the survey tweeted on Friday.",
                   speaker: "Nora Kent", cue: "tweeted"),
        FirstQuote("“She hated the drills,” said a 2008 campaign veteran.", mention: "a 2008 campaign veteran"),
        FirstQuote("“There is no path left,” said one of the advisers, who asked not to be named.", mention: "one of the advisers"),
        FirstQuote("Perhaps young voters simply prefer the call for “revolution” over caution.", mention: "young voters"),
    ])
    func speakerPhrase(_ c: FirstQuote) throws { try check(c) }

    @Test func coordinatedRolesBeforeCue() throws {
        let q = try quotes("Senator Ray Munro spoke first. “We warned you,” the senator and presidential candidate said in a statement.")
        #expect(q.last?.mention == "the senator")
        #expect(q.last?.cue == "said")
    }
}

@Suite("Cue forms")
struct CueFormTests {
    @Test(arguments: [
        FirstQuote("The house became a museum. Said Dora Pinter, who grew up next door, “We were all so proud.”",
                   speaker: "Dora Pinter", cue: "Said"),
        // A capitalised function word before a cue is a surname.
        FirstQuote("“It is a different world now,” More said.", mention: "More", cue: "said"),
        FirstQuote("As the columnist Ada Byrne puts it, “The race is over.”", speaker: "Ada Byrne", cue: "puts"),
        FirstQuote("Ada Byrne put the sign “For Sale” on the lawn.", cue: .null),
        FirstQuote("“She never gave up,” remembered Roy Vance, a former aide.", speaker: "Roy Vance"),
        // After `a` and a name, a cue word is a noun: the governing `describing` gives the speaker.
        FirstQuote("Senator Ana Ruiz is describing as “reckless” a Tom Ortiz tweet about the budget.",
                   speaker: "Ana Ruiz", cue: "describing"),
        // `anyone who …` is nobody in particular: the participle's subject speaks.
        FirstQuote("Rival Ana Ruiz mocked the speech, saying anyone who complains about the sound “is losing.”",
                   speaker: "Ana Ruiz", cue: "saying"),
        // A past tense after `a` and a capitalised word is still a verb (`during a Sunday thanked`).
        FirstQuote("Mayor Ed Lyle during a Sunday thanked the nurses “for their support” at city hall.", speaker: "Ed Lyle"),
    ])
    func cueForm(_ c: FirstQuote) throws { try check(c) }

    @Test func lexiconHoldsLessCommonCues() throws {
        let lexicon = CueLexicon()
        #expect(lexicon.contains("put"))
        #expect(lexicon.contains("remembered"))
        #expect(lexicon.contains("echoed"))
        #expect(lexicon.contains("exhorted"))
    }
}

@Suite("Unlisted verbs after a quote")
struct UnlistedVerbTests {
    @Test(arguments: [
        FirstQuote("Lena Fry asked a question. “You see it, right?” Omar Tate went on, ignoring her.", speaker: "Omar Tate"),
        FirstQuote("“This is fantastic!” beamed Donna Hart, a delegate from Ohio.", speaker: "Donna Hart", cue: "beamed"),
    ])
    func unlistedVerb(_ c: FirstQuote) throws { try check(c) }

    @Test func pronounThenAuxiliaryIsNotAnAttribution() throws {
        let q = try quotes("The senator said the vote was an “important step,” they were “far from perfect.”")
        #expect(q.last?.mention != "they")
    }
}

@Suite("Colon lead-ins")
struct ColonLeadInNameTests {
    @Test(arguments: [
        FirstQuote("The swing in the polls does not surprise pollster Dana Shaw: “Late deciders always break this way.”",
                   speaker: "Dana Shaw", rule: "colon-lead-in"),
        FirstQuote("TURNOUT WAS LOW - Ann Cole: “Fewer voters came out than in any year since 1996.”", speaker: "Ann Cole"),
        FirstQuote("Mayor Ruth Ames listed her plans, to which Jon Bell interjected: “None of that is true.”",
                   speaker: "Jon Bell", cue: "interjected"),
        // A cue in an introductory clause closed by a comma does not introduce the quote.
        FirstQuote("With party leaders worried about turnout, Governor Ana Ruiz has a blunt new message: “Vote.”",
                   speaker: "Ana Ruiz"),
    ])
    func colonLeadIn(_ c: FirstQuote) throws { try check(c) }

    @Test(arguments: [
        // A pronoun under a reporting clause takes its named subject.
        FirstQuote("Mark Cross said he will tell the “bigots” to stop.", speaker: "Mark Cross", mention: "Mark Cross"),
        FirstQuote("Ann Blake told reporters he thought the mayor had “made up the story.”", mention: "Ann Blake"),
        // Without a named reporter the pronoun keeps its place.
        FirstQuote("He declared that the race was close, which he called “a total disaster” for the party.", mention: "he"),
        FirstQuote("Dana Ruiz spoke at noon. Later she called the plan “a total disaster.”", mention: "she"),
        // A governed fragment ignores the next sentence's speaker.
        FirstQuote("In the debate Lena Hart called the senator “a reckless man.” Paul Gray also said that the plan failed.",
                   mention: "Lena Hart", cue: "called"),
        FirstQuote("Ron Vale says no one in the race is “on pace to win,” the number needed to clinch.", mention: "Ron Vale"),
    ])
    func pronounsUnderReportingClauses(_ c: FirstQuote) throws { try check(c) }
}
