import Testing
import LedeCore
@testable import LedeQuotes

/// Runs the `tokens` step on `text` and hands `body` the document's word view.
private func withView<T>(_ text: String, _ body: (WordView) throws -> T) throws -> T {
    let doc = try Pipeline([TextAnalyzer()]).run(Document(id: "view", text: text))
    let tokens = try #require(doc.tokens)
    let paragraphs = try #require(doc.paragraphs)
    return try doc.document.bytes.withUnsafeBufferPointer { bytes in
        let found = QuoteFinder().find(bytes, paragraphs: paragraphs)
        return try body(WordView(bytes: bytes, tokens: tokens, paragraphs: paragraphs, quotes: found))
    }
}

/// The text of item `i`.
private func itemText(_ view: WordView, _ i: Int) -> String {
    let it = view.items[i]
    return String(decoding: UnsafeBufferPointer(rebasing: view.bytes[Int(it.start)..<Int(it.end)]), as: UTF8.self)
}

@Suite("Word view and keys")
struct WordViewTests {
    @Test func keysFoldASCIICaseAndTheCurlyApostrophe() {
        #expect(WordKey("SAID") == WordKey("said"))
        #expect(WordKey("Korea’s") == WordKey("korea's"))
        #expect(WordKey("said") != WordKey("says"))
        #expect(WordKey("INTERNATIONALIZATION") == WordKey("internationalization"))
        #expect(WordKey("abcdefgh") != WordKey("abcdefghi"))
        #expect(WordKey("abcdefgh") != WordKey("abcdefg"))
        #expect(WordKey("") == WordKey.none)
        // Non-ASCII letters are kept as they are: only ASCII capitals fold.
        #expect(WordKey("Müller") == WordKey("müller"))
        #expect(WordKey("MÜLLER") != WordKey("müller"))
    }

    @Test func everyWordKeyMatchesTheKeyOfItsText() throws {
        // Words of 1 to 17 bytes, curly apostrophes, accents, and a long word ending the
        // text (its last eight bytes cannot be loaded past the end of the buffer).
        let text = "A an the Seoul Korea’s officials reaffirmed U.S. commitments Müller’s Straße, "
            + "Pyeongchang-gun internationalization semiconductors"
        try withView(text) { view in
            var words = 0
            for i in 0..<view.count where view.items[i].kind == .word {
                #expect(view.items[i].key == WordKey(WordViewTests.lowercasedASCII(itemText(view, i))))
                words += 1
            }
            #expect(words == 14)
        }
    }

    @Test func gluedMarksAndPeriodsAreSplitAndJoinedWordsMerged() throws {
        // A tokenizer that leaves marks and periods on words and splits at hyphens.
        let source = "“Hello Sen. Jae-myung said"
        let bytes = Array(source.utf8)
        var tokens = TokenBuffer()
        tokens.append(.word, start: 0, end: 8)     // “Hello
        tokens.append(.word, start: 9, end: 13)    // Sen.
        tokens.append(.word, start: 14, end: 17)   // Jae
        tokens.append(.punctuation, start: 17, end: 18)  // -
        tokens.append(.word, start: 18, end: 23)   // myung
        tokens.append(.word, start: 24, end: 28)   // said
        let paragraphs = [Span(start: 0, end: bytes.count)]
        bytes.withUnsafeBufferPointer { buf in
            let view = WordView(bytes: buf, tokens: tokens, paragraphs: paragraphs, quotes: [])
            #expect((0..<view.count).map { itemText(view, $0) } == ["“", "Hello", "Sen", ".", "Jae-myung", "said"])
            #expect(view.items.map(\.kind) == [.mark, .word, .word, .stop, .word, .word])
            #expect(view.items[4].key == WordKey("jae-myung"))
            #expect(view.items[1].capitalized && !view.items[5].capitalized)
        }
    }

    @Test func tokensGivingManyItemsEachStillGiveThemAll() throws {
        // Each token `“ab”` gives three items, more than the one-per-token first guess holds.
        let unit = "“ab” "
        let source = String(repeating: unit, count: 40)
        let bytes = Array(source.utf8)
        var tokens = TokenBuffer()
        let width = unit.utf8.count
        for k in 0..<40 { tokens.append(.word, start: k * width, end: k * width + width - 1) }
        bytes.withUnsafeBufferPointer { buf in
            let view = WordView(bytes: buf, tokens: tokens, paragraphs: [Span(start: 0, end: bytes.count)], quotes: [])
            #expect(view.count == 120)
            #expect((0..<view.count).allSatisfy { itemText(view, $0) == ["“", "ab", "”"][$0 % 3] })
            #expect(view.items.filter { $0.kind == .word }.allSatisfy { $0.key == WordKey("ab") })
        }
    }

    @Test func paragraphsAndSentenceStarts() throws {
        let text = "Mr. Smith arrived. He spoke.\n\nThen “Go.” She left. and so on"
        try withView(text) { view in
            let starts = (0..<view.count).filter { view.sentenceStart[$0] }.map { itemText(view, $0) }
            #expect(starts == ["Mr", "He", "Then", "She"])
            let smith = try #require((0..<view.count).first { itemText(view, $0) == "Smith" })
            let then = try #require((0..<view.count).first { itemText(view, $0) == "Then" })
            #expect(view.paragraph[smith] == 0 && view.paragraph[then] == 1)
            #expect(view.paragraph[view.count - 1] == 1)
            let go = try #require((0..<view.count).first { itemText(view, $0) == "Go" })
            #expect(view.quote[go] == 0 && view.quote[smith] == -1)
        }
    }

    @Test func spellingVariantsCompareCaseFoldedNameWords() throws {
        let text = "Mayor Björnstrandsen spoke first. Senator Whitfieldson answered."
        try withView(text) { view in
            let table = EntityTable(view: view, parser: MentionParser(view: view, cues: CueLexicon()))
            let names = table.entities.map(\.canonical)
            #expect(names == ["Björnstrandsen", "Whitfieldson"])
            #expect(table.variant(of: "björnstrandsem") == 0)
            #expect(table.variant(of: "whitfieldsen") == 1)
            #expect(table.variant(of: "whitfieldson") == nil)  // the same word is not a variant
            #expect(table.variant(of: "whitfield") == nil)     // two edits away
        }
    }

    @Test func firstIndexFromALowerBoundMatchesTheFullSearch() throws {
        let text = "“We agree,” Lee said. Kim, however, wrote “no” and “not yet” twice.\n\nThen silence."
        try withView(text) { view in
            let total = view.bytes.count
            for byte in 0...total {
                let expected = view.firstIndex(atOrAfter: byte)
                // Any lower bound whose items all start before `byte` gives the same answer.
                for lower in 0...expected {
                    #expect(view.firstIndex(atOrAfter: byte, from: lower) == expected)
                }
            }
        }
    }

    @Test func anUnwrittenKeyMapFindsNothingAndGrowsOnItsFirstWrite() {
        var map = KeyMap<Int>(slots: 0)
        #expect(map[WordKey("said")] == nil)
        #expect(map[WordKey.none] == nil)
        for (k, word) in ["said", "told", "wrote", "added", "noted"].enumerated() { map[WordKey(word)] = k }
        #expect(map[WordKey("wrote")] == 2)
        #expect(map[WordKey("NOTED")] == 4)
        #expect(map[WordKey("asked")] == nil)
    }

    @Test func echoKeysIgnoreASCIICaseAndCompareEveryByte() {
        let text = Array("Big steps! BIG STEPS! big stepz! Big steps, said".utf8)
        text.withUnsafeBufferPointer { bytes in
            let a = Span(start: 0, end: 9), b = Span(start: 11, end: 20), c = Span(start: 22, end: 31)
            #expect(EchoSieve.hash(bytes, a) == EchoSieve.hash(bytes, b))
            #expect(EchoSieve.sameWords(bytes, a, b))
            #expect(!EchoSieve.sameWords(bytes, a, c))
            #expect(!EchoSieve.sameWords(bytes, a, Span(start: 33, end: 43)))  // `Big steps,` is longer
            #expect(!EchoSieve.sameWords(bytes, a, Span(start: 40, end: 49)))   // past the end: no match, no read
        }
    }

    /// ASCII capitals folded, other bytes kept (what a key compares).
    static func lowercasedASCII(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
