import LedeCore
import Testing

@Suite struct SentenceSplitterTests {
    @Test func titlesAndAbbreviationsDoNotEndSentences() {
        #expect(sentenceTexts("Gen. Xavier Brunson arrived. He spoke.") == ["Gen. Xavier Brunson arrived.", "He spoke."])
        #expect(sentenceTexts("Sen. Jane Smith and Mr. Lee met Dr. Kim.") == ["Sen. Jane Smith and Mr. Lee met Dr. Kim."])
        #expect(sentenceTexts("U.S. troops stay. They train.") == ["U.S. troops stay.", "They train."])
        #expect(sentenceTexts("It began on Oct. 28 in Seoul.") == ["It began on Oct. 28 in Seoul."])
        #expect(sentenceTexts("He ranked No. 2 in the poll.") == ["He ranked No. 2 in the poll."])
        #expect(sentenceTexts("Shares of Acme Inc. rose 3.5 percent.") == ["Shares of Acme Inc. rose 3.5 percent."])
        #expect(sentenceTexts("They met at 10 a.m. Tuesday in Seoul.") == ["They met at 10 a.m. Tuesday in Seoul."])
        #expect(sentenceTexts("Robert Byrd (D-W. Va.) wants a vote.") == ["Robert Byrd (D-W. Va.) wants a vote."])
    }

    @Test func initialsStayWithTheName() {
        #expect(sentenceTexts("The memo went to J. Smith and J. R. Ewing.") == ["The memo went to J. Smith and J. R. Ewing."])
    }

    @Test func abbreviationEndsASentenceBeforeACommonStarter() {
        #expect(sentenceTexts("The talks ended in the U.S. The next round is in Seoul.")
                == ["The talks ended in the U.S.", "The next round is in Seoul."])
        #expect(sentenceTexts("It was sold to Acme Inc. But the deal failed.")
                == ["It was sold to Acme Inc.", "But the deal failed."])
        #expect(sentenceTexts("They left at 5 p.m. He stayed.") == ["They left at 5 p.m.", "He stayed."])
        #expect(sentenceTexts("It closed in Oct. Then it reopened.") == ["It closed in Oct.", "Then it reopened."])
        #expect(sentenceTexts("The U.S. President spoke.") == ["The U.S. President spoke."])
    }

    @Test func quotationsAndAttribution() {
        #expect(sentenceTexts("“We are proud,” he said. “Korea is one of our most exemplary allies.”")
                == ["“We are proud,” he said.", "“Korea is one of our most exemplary allies.”"])
        #expect(sentenceTexts("“Why now?” she asked. Nobody answered.") == ["“Why now?” she asked.", "Nobody answered."])
        #expect(sentenceTexts("\"It works.\" Then it broke.") == ["\"It works.\"", "Then it broke."])
        #expect(sentenceTexts("“Go!” Smith said.") == ["“Go!”", "Smith said."])
        #expect(sentenceTexts("It was made in the U.S.” He smiled.") == ["It was made in the U.S.”", "He smiled."])
    }

    @Test func punctuationThatDoesNotEndASentence() {
        #expect(sentenceTexts("Prices rose 3.5 percent to 28,500 won.") == ["Prices rose 3.5 percent to 28,500 won."])
        #expect(sentenceTexts("Wait... it moved. Really?! Yes.") == ["Wait... it moved.", "Really?!", "Yes."])
        #expect(sentenceTexts("See www.example.com. It helps.") == ["See www.example.com.", "It helps."])
        #expect(sentenceTexts("He (then aged 5.) left.") == ["He (then aged 5.) left."])
    }

    @Test func paragraphBreaksEndSentences() {
        #expect(sentenceTexts("Headline without a period\nFirst sentence. Second one\n\nThird")
                == ["Headline without a period", "First sentence.", "Second one", "Third"])
        #expect(sentenceTexts("Key Takeaways\n- One point.\n- Another point.")
                == ["Key Takeaways", "- One point.", "- Another point."])
        #expect(sentenceTexts("") == [])
        #expect(sentenceTexts(" \u{00A0}\n ") == [])
    }

    @Test func hardWrappedWireCopyJoinsLines() {
        let text = """
            COCOA REVIEW

            SALVADOR, Feb 26 - Showers continued throughout the week in
            the Bahia cocoa zone, alleviating the drought since early
            January and improving prospects, Comissaria Smith said.
                The dry period means the temporao will be late this year.
            Arrivals for the week were 155,221 bags of 60 kilos making a
            cumulative total of 5.93 mln.
             Reuter
            """
        #expect(sentenceTexts(text) == [
            "COCOA REVIEW",
            "SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the "
                + "drought since early\nJanuary and improving prospects, Comissaria Smith said.",
            "The dry period means the temporao will be late this year.",
            "Arrivals for the week were 155,221 bags of 60 kilos making a\ncumulative total of 5.93 mln.",
            "Reuter",
        ])
    }

    @Test func abbreviationKinds() {
        func kind(_ s: String) -> AbbreviationKind? {
            Array(s.utf8).withUnsafeBufferPointer { Abbreviations.kind(of: $0) }
        }
        #expect(kind("Gen.") == .title)
        #expect(kind("Oct.") == .month)
        #expect(kind("No.") == .numberPrefix)
        #expect(kind("Inc.") == .terminal)
        #expect(kind("U.S.") == .terminal)
        #expect(kind("Gen") == nil)
    }
}
