import Testing
import LedeCore
import LedeQuotes

@Suite("Attribution sieves")
struct SieveTests {
    @Test func adjacentCueAfterQuote() throws {
        let q = try quotes("“The alliance will deepen,” Lee declared, as cited by Kang.")
        #expect(q.first?.speaker == "Lee")
        #expect(q.first?.mention == "Lee")
        #expect(q.first?.cue == "declared")
        #expect(q.first?.rule == "adjacent-cue")
    }

    @Test func adjacentCueInvertedWithTitle() throws {
        let q = try quotes("“We need a vote,” said Sen. Jane Smith.")
        #expect(q.first?.speaker == "Jane Smith")
        #expect(q.first?.mention == "Sen. Jane Smith")
        #expect(q.first?.cue == "said")
    }

    @Test func adjacentCueBeforeQuote() throws {
        let q = try quotes("Prime Minister Ana Ruiz said, “The budget is balanced.”")
        #expect(q.first?.speaker == "Ana Ruiz")
        #expect(q.first?.rule == "adjacent-cue")
    }

    @Test func pronounAfterQuoteResolvesToRecentSpeaker() throws {
        let q = try quotes("Defense Secretary Pete Hegseth praised Seoul. “We are proud of Korea,” he said.")
        #expect(q.first?.mention == "he")
        #expect(q.first?.speaker == "Pete Hegseth")
    }

    @Test func colonLeadInWithCue() throws {
        let q = try quotes("Mayor Tom Bell told reporters on Monday: “The roads are closed.”")
        #expect(q.first?.speaker == "Tom Bell")
        #expect(q.first?.cue == "told")
    }

    @Test func colonLeadInWithoutCue() throws {
        let q = try quotes("Former Secretary Hillary Clinton then addressed the supporters again: “Here is what I regret.”")
        #expect(q.first?.speaker == "Hillary Clinton")
        #expect(q.first?.rule == "colon-lead-in")
    }

    @Test func colonLeadInAcrossParagraphs() throws {
        let q = try quotes("Reporter Ann McCrummen reports:\n\n“The first time she had seen him was in June.”")
        #expect(q.first?.speaker == "Ann McCrummen")
    }

    @Test func accordingTo() throws {
        let q = try quotes("The plan is “dead on arrival,” according to Senator Mark Lowe.")
        #expect(q.first?.speaker == "Mark Lowe")
        #expect(q.first?.cue == "according to")
    }

    @Test func saidInAStatement() throws {
        let q = try quotes("“We welcome the talks,” the ministry said in a statement.")
        #expect(q.first?.mention == "the ministry")
        #expect(q.first?.cue == "said")
    }

    @Test func reportsThatGoverningClause() throws {
        let text = "Chosunilbo reports that the talks stalled. But the South Korean newspaper says that any resolution of the long-running issue “looks increasingly unlikely.”"
        let q = try quotes(text)
        #expect(q.first?.mention == "the South Korean newspaper")
        #expect(q.first?.speaker == "Chosunilbo")
        #expect(q.first?.rule == "governing-clause")
    }

    @Test func partialQuoteTakesSubjectOfGoverningClause() throws {
        let text = "President Lee Jae Myung met Hegseth. Lee, in turn, asked for Hegseth’s continued leadership in building a “future-oriented partnership.”"
        let q = try quotes(text)
        #expect(q.first?.mention == "Lee")
        #expect(q.first?.speaker == "Lee Jae Myung")
        #expect(q.first?.cue == "asked")
    }

    @Test func relativeClausePronounIsTheSpeaker() throws {
        let text = "Hegseth spoke next. He praised shipbuilding in Korea, which he described as “a country with world-class capacity.”"
        let q = try quotes(text)
        #expect(q.first?.mention == "he")
        #expect(q.first?.speaker == "Hegseth")
    }

    @Test func participleCueTakesTheSentenceSubject() throws {
        let text = "President Lee Jae-myung met Trump. The president also thanked Trump, calling it “a move that will boost our defense.”"
        let q = try quotes(text)
        #expect(q.first?.mention == "The president")
        #expect(q.first?.speaker == "Lee Jae-myung")
    }

    @Test func trailingClause() throws {
        let text = "Both sides made “significant progress” on the transfer, a defense ministry official stated on Wednesday."
        let q = try quotes(text)
        #expect(q.first?.speaker == "a defense ministry official")
        #expect(q.first?.rule == "trailing-clause")
    }

    @Test func continuationInSameParagraph() throws {
        let text = "“We are proud of Korea,” Hegseth said. “Korea is one of our most exemplary allies.”"
        let q = try quotes(text)
        #expect(q.map(\.speaker) == ["Hegseth", "Hegseth"])
        #expect(q.last?.rule == "continuation")
        #expect(q.last?.cue == nil)
    }

    @Test func quoteAfterReportedSpeechSentence() throws {
        let text = "Defense lawyer Tom Coan argues that his client was peaceful. “He only asked people to bring flowers.”"
        let q = try quotes(text)
        #expect(q.first?.speaker == "Tom Coan")
        #expect(q.first?.rule == "previous-sentence")
    }

    @Test func relayedSpeechKeepsTheOriginalSpeaker() throws {
        let text = "“Early recovery is a milestone,” Lee said at the meeting, according to spokesperson Kang Yoo-jung."
        let q = try quotes(text)
        #expect(q.first?.speaker == "Lee")
    }

    @Test func dashSignature() throws {
        let q = try quotes("“Mr. Trump was a bully tonight.” ― Veronica Cruz\n“Another thought.”")
        #expect(q.first?.speaker == "Veronica Cruz")
        #expect(q.first?.rule == "signature")
    }

    @Test func personSubjectWithoutCue() throws {
        let text = "Republican nominee Donald Trump defended his campaign manager as a “very decent man” on Tuesday."
        let q = try quotes(text)
        #expect(q.first?.speaker == "Donald Trump")
        #expect(q.first?.rule == "clause-subject")
    }

    @Test func headlineQuoteEchoesTheBody() throws {
        let text = "Allies Note \"Significant Progress\" on Transfer\n\nThe allies made \"significant progress,\" a defense ministry official stated."
        let q = try quotes(text)
        #expect(q.map(\.speaker) == ["a defense ministry official", "a defense ministry official"])
        #expect(q.first?.rule == "echo")
    }

    @Test func configuredCuesExtendTheLexicon() throws {
        // After a comma-closed quote any `-ed` verb reads as a cue, so test a cue before the quote.
        let text = "The candidate harrumphed, “The vote was rigged.”"
        #expect(try quotes(text).first?.cue == nil)
        #expect(try quotes(text, cues: ["harrumph"]).first?.cue == "harrumphed")
        #expect(try quotes(text, cues: ["harrumph"]).first?.mention == "The candidate")
    }
}

@Suite("Introductory clauses")
struct IntroductoryClauseTests {
    @Test func cueInAnIntroductoryClauseDoesNotGovernTheMainClause() throws {
        let q = try quotes("While Jake Sole praises the article, Ann Vale fixates on the “pivot” line.")
        #expect(q.first?.mention == "Ann Vale")
        #expect(q.first?.cue == nil)
    }

    @Test func asXPutsItStillNamesTheSource() throws {
        let q = try quotes("As columnist Ruth Marr puts it, the mayor made voters “an offer they can’t refuse.”")
        #expect(q.first?.mention == "columnist Ruth Marr")
    }
}
