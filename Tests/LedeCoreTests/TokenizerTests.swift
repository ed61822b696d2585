import LedeCore
import Testing

/// `(kind, text)` of every token of `text`.
func tokenPairs(_ text: String) -> [(TokenKind, String)] {
    let doc = Document(text: text)
    let tokens = Tokenizer().tokenize(doc)
    return tokens.indices.map { (tokens[$0].kind, doc.text(of: tokens[$0].span)) }
}

/// The text of the single token of `kind` expected in `text`, or all tokens for a message.
func tokenTexts(_ text: String, _ kind: TokenKind) -> [String] {
    tokenPairs(text).filter { $0.0 == kind }.map(\.1)
}

/// Checks `text` tokenizes to exactly `expected` `(kind, text)` pairs.
func expectTokens(_ text: String, _ expected: [(TokenKind, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    let got = tokenPairs(text)
    let same = got.count == expected.count && zip(got, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    #expect(same, "\(text): got \(got.map { "\($0.0):\($0.1)" })", sourceLocation: sourceLocation)
}

@Suite struct TokenizerTests {
    @Test func wordsAndSentenceFinalPeriod() {
        expectTokens("Lee met Hegseth in Seoul.", [
            (.word, "Lee"), (.word, "met"), (.word, "Hegseth"), (.word, "in"), (.word, "Seoul"), (.punctuation, "."),
        ])
    }

    @Test func hyphenatedWordsStayWhole() {
        for w in ["Jae-myung", "Indo-Pacific", "forward-looking", "US-led", "F-16", "decades-old", "Yu-jung"] {
            expectTokens(w, [(.word, w)])
        }
    }

    @Test func enDashBetweenWordsIsADash() {
        expectTokens("U.S.–Korea alliance", [(.word, "U.S."), (.dash, "–"), (.word, "Korea"), (.word, "alliance")])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        expectTokens("Gen. Xavier Brunson", [(.word, "Gen."), (.word, "Xavier"), (.word, "Brunson")])
        expectTokens("U.S. troops", [(.word, "U.S."), (.word, "troops")])
        expectTokens("at 10 a.m. on Oct. 28", [
            (.word, "at"), (.number, "10"), (.word, "a.m."), (.word, "on"), (.word, "Oct."), (.number, "28"),
        ])
        expectTokens("Sen. Jane Smith and J. Smith", [
            (.word, "Sen."), (.word, "Jane"), (.word, "Smith"), (.word, "and"), (.word, "J."), (.word, "Smith"),
        ])
        expectTokens("Acme Inc. and Mr. Lee, e.g. No. 2", [
            (.word, "Acme"), (.word, "Inc."), (.word, "and"), (.word, "Mr."), (.word, "Lee"), (.punctuation, ","),
            (.word, "e.g."), (.word, "No."), (.number, "2"),
        ])
        // An unknown word keeps its period out.
        expectTokens("Korea. Then", [(.word, "Korea"), (.punctuation, "."), (.word, "Then")])
        expectTokens("GEN. KIM", [(.word, "GEN."), (.word, "KIM")])
        expectTokens("(D-W. Va.)", [(.punctuation, "("), (.word, "D-W."), (.word, "Va."), (.punctuation, ")")])
    }

    @Test func numbers() {
        for n in ["28,500", "3.5", "1950s", "2025-11-05", "10:05", "1,750", "1986/87", "4th", "-0.5", ".5", "1950-53"] {
            expectTokens(n, [(.number, n)])
        }
        expectTokens("1,2", [(.number, "1"), (.punctuation, ","), (.number, "2")])
        expectTokens("in 1978.", [(.word, "in"), (.number, "1978"), (.punctuation, ".")])
        expectTokens("4,340, 4,345", [(.number, "4,340"), (.punctuation, ","), (.number, "4,345")])
        expectTokens("$5.6 mln, 20%", [
            (.symbol, "$"), (.number, "5.6"), (.word, "mln"), (.punctuation, ","), (.number, "20"), (.symbol, "%"),
        ])
        expectTokens("a 24-hour day", [(.word, "a"), (.word, "24-hour"), (.word, "day")])
    }

    @Test func apostrophesInsideWordsAreNotQuotes() {
        expectTokens("Korea’s workers' rights", [(.word, "Korea’s"), (.word, "workers'"), (.word, "rights")])
        expectTokens("the ’90s and '80s", [(.word, "the"), (.number, "’90s"), (.word, "and"), (.number, "'80s")])
        expectTokens("rock ’n’ roll", [(.word, "rock"), (.word, "’n’"), (.word, "roll")])
        expectTokens("rock 'n' roll", [(.word, "rock"), (.word, "'n'"), (.word, "roll")])
        expectTokens("don't won’t", [(.word, "don't"), (.word, "won’t")])
        expectTokens("the United States’ defense", [(.word, "the"), (.word, "United"), (.word, "States’"), (.word, "defense")])
        expectTokens("’til dawn", [(.word, "’til"), (.word, "dawn")])
    }

    @Test func curlyQuotesAndGuillemets() {
        expectTokens("“deepen” the", [(.openQuote, "“"), (.word, "deepen"), (.closeQuote, "”"), (.word, "the")])
        expectTokens("‘crazy system’ during", [
            (.openQuote, "‘"), (.word, "crazy"), (.word, "system"), (.closeQuote, "’"), (.word, "during"),
        ])
        expectTokens("«oui» dit-il", [(.openQuote, "«"), (.word, "oui"), (.closeQuote, "»"), (.word, "dit-il")])
        // Inside an open single quotation, a ’ after a word in -s closes it.
        expectTokens("‘the workers’ rights", [
            (.openQuote, "‘"), (.word, "the"), (.word, "workers"), (.closeQuote, "’"), (.word, "rights"),
        ])
        expectTokens("allies.”", [(.word, "allies"), (.punctuation, "."), (.closeQuote, "”")])
        // A mark facing the wrong way is read by its context.
        expectTokens("”Fear” he", [(.openQuote, "”"), (.word, "Fear"), (.closeQuote, "”"), (.word, "he")])
    }

    @Test func straightQuotesByContext() {
        expectTokens("\"We stand,\" the official said", [
            (.openQuote, "\""), (.word, "We"), (.word, "stand"), (.punctuation, ","), (.closeQuote, "\""),
            (.word, "the"), (.word, "official"), (.word, "said"),
        ])
        expectTokens("a \"reciprocal, forward-looking\" alliance", [
            (.word, "a"), (.openQuote, "\""), (.word, "reciprocal"), (.punctuation, ","), (.word, "forward-looking"),
            (.closeQuote, "\""), (.word, "alliance"),
        ])
        expectTokens("(\"yes\")", [
            (.punctuation, "("), (.openQuote, "\""), (.word, "yes"), (.closeQuote, "\""), (.punctuation, ")"),
        ])
        expectTokens("said:\"Go\"", [
            (.word, "said"), (.punctuation, ":"), (.openQuote, "\""), (.word, "Go"), (.closeQuote, "\""),
        ])
        expectTokens("the 'crazy' one", [
            (.word, "the"), (.openQuote, "'"), (.word, "crazy"), (.closeQuote, "'"), (.word, "one"),
        ])
    }

    @Test func dashes() {
        expectTokens("SEOUL – South", [(.word, "SEOUL"), (.dash, "–"), (.word, "South")])
        expectTokens("a—b ― c -- d - e", [
            (.word, "a"), (.dash, "—"), (.word, "b"), (.dash, "―"), (.word, "c"), (.dash, "--"), (.word, "d"),
            (.dash, "-"), (.word, "e"),
        ])
        expectTokens("- US supports", [(.dash, "-"), (.word, "US"), (.word, "supports")])
        expectTokens("Feb 26 - Showers", [(.word, "Feb"), (.number, "26"), (.dash, "-"), (.word, "Showers")])
        expectTokens("pre- and", [(.word, "pre"), (.punctuation, "-"), (.word, "and")])
    }

    @Test func punctuationAndSymbols() {
        expectTokens("(OPCON); yes! no? wait... / ok…", [
            (.punctuation, "("), (.word, "OPCON"), (.punctuation, ")"), (.punctuation, ";"), (.word, "yes"),
            (.punctuation, "!"), (.word, "no"), (.punctuation, "?"), (.word, "wait"), (.punctuation, "..."),
            (.punctuation, "/"), (.word, "ok"), (.punctuation, "…"),
        ])
        expectTokens("R&D + © ™ <BP>", [
            (.word, "R"), (.symbol, "&"), (.word, "D"), (.symbol, "+"), (.symbol, "©"), (.symbol, "™"),
            (.symbol, "<"), (.word, "BP"), (.symbol, ">"),
        ])
    }

    @Test func webAndSocial() {
        expectTokens("see https://example.com/a_(b) now", [
            (.word, "see"), (.url, "https://example.com/a_(b)"), (.word, "now"),
        ])
        expectTokens("(www.asiatoday.co.kr).", [
            (.punctuation, "("), (.url, "www.asiatoday.co.kr"), (.punctuation, ")"), (.punctuation, "."),
        ])
        expectTokens("at reuters.com/world, or", [
            (.word, "at"), (.url, "reuters.com/world"), (.punctuation, ","), (.word, "or"),
        ])
        expectTokens("mail john.smith-2@news.example.org.", [
            (.word, "mail"), (.email, "john.smith-2@news.example.org"), (.punctuation, "."),
        ])
        expectTokens("@Reuters #OPCON #Lee", [(.mention, "@Reuters"), (.hashtag, "#OPCON"), (.hashtag, "#Lee")])
        expectTokens("a @ b # 1", [(.word, "a"), (.symbol, "@"), (.word, "b"), (.symbol, "#"), (.number, "1")])
        // A missing space after a period is not a web address.
        expectTokens("Seoul.It", [(.word, "Seoul"), (.punctuation, "."), (.word, "It")])
    }

    @Test func unicodeLettersAndSpaces() {
        expectTokens("서울 대통령은\u{00A0}말했다", [(.word, "서울"), (.word, "대통령은"), (.word, "말했다")])
        expectTokens("Zürich café naïve", [(.word, "Zürich"), (.word, "café"), (.word, "naïve")])
        expectTokens("a\u{2003}b\u{3000}c", [(.word, "a"), (.word, "b"), (.word, "c")])
        // C1 controls are never words; U+0097 is a mojibake em dash.
        expectTokens("war\u{97}peace \u{81}", [(.word, "war"), (.dash, "\u{97}"), (.word, "peace"), (.symbol, "\u{81}")])
        expectTokens("👍🏽 ok 👨‍👩‍👧", [(.symbol, "👍🏽"), (.word, "ok"), (.symbol, "👨‍👩‍👧")])
        expectTokens("\u{FFFD}x", [(.symbol, "\u{FFFD}"), (.word, "x")])
    }

    @Test func whiteSpaceDefinition() {
        #expect(Tokenizer.isWhiteSpace("\u{00A0}"))
        #expect(Tokenizer.isWhiteSpace("\u{2009}"))
        #expect(Tokenizer.isWhiteSpace("\n"))
        #expect(!Tokenizer.isWhiteSpace("\u{97}"))
        #expect(!Tokenizer.isWhiteSpace("a"))
    }

    @Test func appendsToAnExistingBuffer() {
        var tokens = TokenBuffer()
        let a = Array("one two".utf8), b = Array("three".utf8)
        a.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
        b.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
        #expect(tokens.count == 3)
        #expect(tokens[2].span == Span(start: 0, end: 5))
    }

    @Test func manyTokensCrossScratchBlocks() {
        // More tokens than one 4096-token scratch block holds; the e-mail address's
        // local part `x` `.` straddles the block boundary and is merged back.
        let text = String(repeating: "ab, ", count: 2047) + "c x.y@example.com"
        let pairs = tokenPairs(text)
        #expect(pairs.count == 4096)
        #expect(pairs.last?.0 == .email)
        #expect(pairs.last?.1 == "x.y@example.com")
    }
}
