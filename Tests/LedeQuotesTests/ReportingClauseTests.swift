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

    @Test func embeddedPronounTakesItsReportingVerbsSubject() throws {
        let q = try quotes("At the town hall this week Clinton said she did not believe it was “an error in judgment.”")
        #expect(q.first?.mention == "Clinton")
    }

    @Test func invertedCueAfterCommaNeedsAClosedPhrase() throws {
        let q = try quotes("Hemsley, a co-author of a book about rumors, said the days when the nation had “a unifying story” are gone.")
        #expect(q.first?.mention == "Hemsley")
        #expect(q.first?.cue == "said")
    }

    @Test func invertedCueBetweenTwoQuotes() throws {
        let q = try quotes("“We won,” said Lee, “and we will win again.”")
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.mention == "Lee" })
    }

    @Test func whichClauseKeepsItsPronoun() throws {
        let q = try quotes("Governor Ron Daly said he backs a bill against the accreditors, which he called “a cartel.”")
        #expect(q.first?.mention == "he")
        #expect(q.first?.speaker == "Ron Daly")
    }

    @Test func whatClauseTakesTheMainSpeaker() throws {
        let q = try quotes("Governor Ron Daly attacked what he calls “a cartel of accreditors.”")
        #expect(q.first?.mention == "Governor Ron Daly")
    }

    @Test func pluralBeforeOfIsANoun() throws {
        let q = try quotes("Governor Lia Moss released files to disprove Republican claims of “major breakthroughs” in the case.")
        #expect(q.first?.cue != "claims")
        #expect(q.first?.mention != "Republican")
    }

    @Test func saysOfIsStillACue() throws {
        let q = try quotes("Governor Lia Moss says of her rival that he is “a reckless man.”")
        #expect(q.first?.cue == "says")
        #expect(q.first?.speaker == "Lia Moss")
    }

    @Test func nounAfterOfIsNotACue() throws {
        let q = try quotes("The former secretary of state said the deal was “a mistake.”")
        #expect(q.first?.cue == "said")
    }
}

@Suite("Attributions after a quote")
struct TrailingAttributionTests {
    @Test func bareAttributionAfterPeriodClosedQuote() throws {
        let q = try quotes("“The vote is over.” Senator Ruth Baines said.")
        #expect(q.first?.speaker == "Ruth Baines")
        #expect(q.first?.cue == "said")
    }

    @Test func bareAttributionWithPrepositionalTail() throws {
        let q = try quotes("“The vote is over.” Baines said in a statement on Monday.")
        #expect(q.first?.mention == "Baines")
    }

    @Test func newSentenceAfterPeriodClosedQuoteIsNotItsAttribution() throws {
        let q = try quotes("“The vote is over.” He says the council will meet again.")
        #expect(q.first?.mention == nil)
        #expect(q.first?.cue == nil)
    }

    @Test func attributionIntroducingTheNextQuoteIsLeftToIt() throws {
        let q = try quotes("“We lost,” Baines said. “It hurts.” Ortiz added, “We will be back.”")
        #expect(q.count == 3)
        #expect(q[1].mention == "Baines")
        #expect(q[2].mention == "Ortiz")
    }

    @Test func prepositionalPhraseBetweenSpeakerAndCue() throws {
        let q = try quotes("“Welcome, neighbors!” a banner on the town hall reads.")
        #expect(q.first?.mention == "a banner")
        #expect(q.first?.cue == "reads")
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

    @Test func quoteParagraphAfterAPersonsSentence() throws {
        let q = try quotes("Senator Ruth Baines sees the governor as a uniter.\n\n“Not only can he win, he can win big.”")
        #expect(q.first?.speaker == "Ruth Baines")
        #expect(q.first?.rule == "previous-sentence")
    }

    @Test func quoteParagraphAfterAThingsSentenceHasNoSpeaker() throws {
        let q = try quotes("The new bridge opened to traffic on Monday.\n\n“Built to last a century.”")
        #expect(q.first?.speaker == nil)
    }

    @Test func previousSentenceWithParticipleCue() throws {
        let q = try quotes("Ruth Baines ended the debate by saying she would run again. “I am not done yet.”")
        #expect(q.first?.speaker == "Ruth Baines")
        #expect(q.first?.rule == "previous-sentence")
    }
}

@Suite("Speaker phrases after a cue")
struct SpeakerPhraseTests {
    @Test func capitalisedAuxiliaryIsAFirstName() throws {
        let q = try quotes("“Costs keep rising,” said Will Hardy, a professor of economics.")
        #expect(q.first?.speaker == "Will Hardy")
    }

    @Test func appositiveWithRelativeClauseBeforeCue() throws {
        let q = try quotes("“The race is tied,” Nora Kent, the pollster who runs the survey tweeted on Friday.")
        #expect(q.first?.speaker == "Nora Kent")
        #expect(q.first?.cue == "tweeted")
    }

    @Test func yearAfterDeterminerModifiesTheSpeaker() throws {
        let q = try quotes("“She hated the drills,” said a 2008 campaign veteran.")
        #expect(q.first?.mention == "a 2008 campaign veteran")
    }

    @Test func oneOfGroupIsTheSpeaker() throws {
        let q = try quotes("“There is no path left,” said one of the advisers, who asked not to be named.")
        #expect(q.first?.mention == "one of the advisers")
    }

    @Test func coordinatedRolesBeforeCue() throws {
        let q = try quotes("Senator Ray Munro spoke first. “We warned you,” the senator and presidential candidate said in a statement.")
        #expect(q.last?.mention == "the senator")
        #expect(q.last?.cue == "said")
    }

    @Test func sentenceAdverbIsNotTheSubject() throws {
        let q = try quotes("Perhaps young voters simply prefer the call for “revolution” over caution.")
        #expect(q.first?.mention == "young voters")
    }
}

@Suite("Cue forms")
struct CueFormTests {
    @Test func sentenceInitialInvertedSaid() throws {
        let q = try quotes("The house became a museum. Said Dora Pinter, who grew up next door, “We were all so proud.”")
        #expect(q.first?.speaker == "Dora Pinter")
        #expect(q.first?.cue == "Said")
    }

    @Test func capitalisedFunctionWordBeforeCueIsASurname() throws {
        let q = try quotes("“It is a different world now,” More said.")
        #expect(q.first?.mention == "More")
        #expect(q.first?.cue == "said")
    }

    @Test func asXPutsIt() throws {
        let q = try quotes("As the columnist Ada Byrne puts it, “The race is over.”")
        #expect(q.first?.speaker == "Ada Byrne")
        #expect(q.first?.cue == "puts")
    }

    @Test func putWithoutItIsNoCue() throws {
        #expect(CueLexicon().contains("put"))
        let q = try quotes("Ada Byrne put the sign “For Sale” on the lawn.")
        #expect(q.first?.cue == nil)
    }

    @Test func rememberedAndEchoedAreCues() throws {
        let lexicon = CueLexicon()
        #expect(lexicon.contains("remembered"))
        #expect(lexicon.contains("echoed"))
        #expect(lexicon.contains("exhorted"))
        let q = try quotes("“She never gave up,” remembered Roy Vance, a former aide.")
        #expect(q.first?.speaker == "Roy Vance")
    }
}

@Suite("Unlisted verbs after a quote")
struct UnlistedVerbTests {
    @Test func nameThenWentOn() throws {
        let q = try quotes("Lena Fry asked a question. “You see it, right?” Omar Tate went on, ignoring her.")
        #expect(q.first?.speaker == "Omar Tate")
    }

    @Test func pronounThenAuxiliaryIsNotAnAttribution() throws {
        let q = try quotes("The senator said the vote was an “important step,” they were “far from perfect.”")
        #expect(q.last?.mention != "they")
    }

    @Test func invertedUnlistedVerbBeforeName() throws {
        let q = try quotes("“This is fantastic!” beamed Donna Hart, a delegate from Ohio.")
        #expect(q.first?.speaker == "Donna Hart")
        #expect(q.first?.cue == "beamed")
    }
}

@Suite("Colon lead-ins")
struct ColonLeadInNameTests {
    @Test func nameRightBeforeColon() throws {
        let q = try quotes("The swing in the polls does not surprise pollster Dana Shaw: “Late deciders always break this way.”")
        #expect(q.first?.speaker == "Dana Shaw")
        #expect(q.first?.rule == "colon-lead-in")
    }

    @Test func headingThenName() throws {
        let q = try quotes("TURNOUT WAS LOW - Ann Cole: “Fewer voters came out than in any year since 1996.”")
        #expect(q.first?.speaker == "Ann Cole")
    }

    @Test func interjectedIsACue() throws {
        let q = try quotes("Mayor Ruth Ames listed her plans, to which Jon Bell interjected: “None of that is true.”")
        #expect(q.first?.speaker == "Jon Bell")
        #expect(q.first?.cue == "interjected")
    }
}
