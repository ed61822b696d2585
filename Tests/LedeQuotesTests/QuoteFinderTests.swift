import Testing
import LedeCore
import LedeQuotes

@Suite("Finding quotes")
struct QuoteFinderTests {
    @Test func curlyQuotesAreFoundWithoutMarks() throws {
        let q = try quotes("“We will win,” she said.")
        #expect(q.map(\.text) == ["We will win"])
    }

    @Test func straightQuotesOpenAndCloseByContext() throws {
        let q = try quotes(#"He called it "a disaster" and "a farce," then left. "Go home," she said."#)
        #expect(q.map(\.text) == ["a disaster", "a farce", "Go home"])
    }

    @Test func guillemetsAreQuotes() throws {
        let q = try quotes("« Nous sommes prêts », a dit le ministre.")
        #expect(q.map(\.text) == ["Nous sommes prêts"])
    }

    @Test func apostrophesAndSingleQuotesNeverDelimitQuotes() throws {
        let text = "Korea’s workers' union, born in the ’90s, loves rock ’n’ roll. “He called it ‘fake’ today,” Kim said."
        let q = try quotes(text)
        #expect(q.map(\.text) == ["He called it ‘fake’ today"])
        #expect(q.first?.speaker == "Kim")
    }

    @Test func inchMarksAndMarkupAttributesAreNotQuotes() throws {
        let q = try quotes(#"He is 6'3" tall and 12" wide. <tweet id="12345">x</tweet> "Fine," he said."#)
        #expect(q.map(\.text) == ["Fine"])
    }

    @Test func multiParagraphQuoteSpansFirstWordToLast() throws {
        let text = "“The first part of the speech runs on.\n\n“The second part ends here,” Lee said."
        let q = try quotes(text)
        #expect(q.count == 1)
        #expect(q.first?.text == "The first part of the speech runs on.\n\n“The second part ends here")
        #expect(q.first?.speaker == "Lee")
    }

    @Test func strayMarkDoesNotShiftLaterPairings() throws {
        let text = "The \"plan was odd.\n\n“We are ready,” Ahn said. “We are done,” Ahn added."
        let q = try quotes(text)
        #expect(q.map(\.text).suffix(2) == ["We are ready", "We are done"])
        #expect(q.last?.speaker == "Ahn")
    }

    @Test func unclosedQuoteEndsAtItsParagraph() throws {
        let q = try quotes("Smith wrote: “We never close our quotes\n\nA new paragraph with “a closed one” here.")
        #expect(q.map(\.text) == ["We never close our quotes", "a closed one"])
    }

    @Test func emptyAndGarbageInputNeverThrow() throws {
        for text in ["", "\"", "”“", "\"\"\"\"", "« »", "“", String(repeating: "\" ", count: 50)] {
            _ = try quotes(text)
        }
    }

    @Test func kindIsFullForSentencesAndPartialForFragments() throws {
        let q = try quotes("“We are ready.” Lee pledged to end the “vicious cycle of tensions” with Pyongyang.")
        #expect(q.map(\.kind) == [.full, .partial])
    }

    @Test func scareQuotesAndTitlesHaveNoSpeaker() throws {
        let text = "MENAFN provides the information “as is” without warranty.\n\nOne reply on “Washington and Seoul postpone talks”"
        let q = try quotes(text)
        #expect(q.map(\.text) == ["as is", "Washington and Seoul postpone talks"])
        #expect(q.allSatisfy { $0.speaker == nil })
    }
}
