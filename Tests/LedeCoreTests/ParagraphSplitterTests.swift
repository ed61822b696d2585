import LedeCore
import Testing

/// The paragraphs of `text` as strings.
func paragraphTexts(_ text: String) -> [String] {
    let doc = Document(text: text)
    return doc.bytes.withUnsafeBufferPointer { ParagraphSplitter().split($0) }.map { doc.text(of: $0) }
}

@Suite struct ParagraphSplitterTests {
    @Test func eachLineIsAParagraphInWebText() {
        #expect(paragraphTexts("Title\n\nFirst para.\nSecond para.\r\n\n  Third  ")
                == ["Title", "First para.", "Second para.", "Third"])
    }

    @Test func strayBreakInsideASentenceDoesNotSplit() {
        // A line over 100 bytes marks the text as one line per paragraph.
        let long = String(repeating: "A long opening paragraph on one line. ", count: 3) + "End."
        #expect(paragraphTexts(long + "\nTrump regularly\nincites violence,\nand more.\nNext para.\n\nlower after blank")
                == [long, "Trump regularly\nincites violence,\nand more.", "Next para.", "lower after blank"])
        #expect(paragraphTexts("Ends here.\nlowercase start") == ["Ends here.", "lowercase start"])
        #expect(sentenceTexts("Editor’s note: Trump regularly\nincites violence. He lies.")
                == ["Editor’s note: Trump regularly\nincites violence.", "He lies."])
    }

    @Test func whiteSpaceOnlyLinesAreNotParagraphs() {
        #expect(paragraphTexts("One.\n\u{00A0}\n \u{00A0} \t\nTwo.\u{00A0}\n\u{3000}") == ["One.", "Two."])
        #expect(paragraphTexts("") == [])
        #expect(paragraphTexts("\n\n") == [])
    }

    @Test func hardWrappedTextBreaksAtBlankAndIndentedLines() {
        let text = """
            HEADLINE HERE

            CLEVELAND, Feb 26 - Standard Oil Co and BP North America
            Inc said they plan to form a venture to manage the money
            market borrowing of both companies.
                BP North America is a subsidiary of British Petroleum Co
            Plc, which also owns a stake in Standard Oil.
             Reuter
            """
        let doc = Document(text: text)
        #expect(doc.bytes.withUnsafeBufferPointer { ParagraphSplitter.isHardWrapped($0) })
        #expect(paragraphTexts(text) == [
            "HEADLINE HERE",
            "CLEVELAND, Feb 26 - Standard Oil Co and BP North America\nInc said they plan to form a venture to "
                + "manage the money\nmarket borrowing of both companies.",
            "BP North America is a subsidiary of British Petroleum Co\nPlc, which also owns a stake in Standard Oil.",
            "Reuter",
        ])
    }

    @Test func listsOfShortLinesAreNotHardWrapped() {
        let text = "Key Takeaways\n- US supports South Korea.\n- Talks are ongoing.\n- More soon."
        let doc = Document(text: text)
        #expect(!doc.bytes.withUnsafeBufferPointer { ParagraphSplitter.isHardWrapped($0) })
        #expect(paragraphTexts(text).count == 4)
    }
}
