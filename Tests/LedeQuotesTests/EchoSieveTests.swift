import LedeCore
import LedeQuotes
import Testing

/// The echo sieve looks attributed quotes up by their words (it used to compare every
/// pair of quotes, quadratic in scare-quote-heavy pages).
@Suite("Echo sieve")
struct EchoSieveTests {
    @Test func everyRepeatTakesTheSpeakerOfTheFirstAttributedQuote() throws {
        let repeats = String(repeating: "A banner bore “BIG STEPS” and “small stepz” in red letters.\n\n", count: 300)
        let text = "“Big steps,” Lee said.\n\n“Big steps,” Kim said.\n\n" + repeats
        let q = try quotes(text)
        #expect(q.count == 602)
        #expect(q.prefix(2).map(\.speaker) == ["Lee", "Kim"])
        let echoes = q.dropFirst(2).filter { $0.text == "BIG STEPS" }
        #expect(echoes.count == 300)
        #expect(echoes.allSatisfy { $0.speaker == "Lee" && $0.rule == "echo" && $0.cue == nil })
        // Different words (one letter off) never echo.
        let others = q.dropFirst(2).filter { $0.text == "small stepz" }
        #expect(others.count == 300)
        #expect(others.allSatisfy { $0.speaker == nil && $0.rule == nil })
    }

    @Test func echoMayComeBeforeItsSourceAndIgnoresCase() throws {
        // Bit 0x20 also folds two-byte Latin letters (`É` C3 89, `é` C3 A9).
        let text = "A banner bore “ÉLAN VITAL” in red letters.\n\n“Élan vital,” Lee said."
        let q = try quotes(text)
        #expect(q.map(\.speaker) == ["Lee", "Lee"])
        #expect(q.first?.rule == "echo")
    }

    @Test func manyUnattributedQuotesStayUnattributed() throws {
        let text = String(repeating: "“a b” ", count: 3_000) + "\n\n" + String(repeating: "\"c d\" ", count: 3_000)
        let q = try quotes(text)
        #expect(q.count == 6_000)
        #expect(Set(q.map(\.text)) == ["a b", "c d"])
        #expect(q.allSatisfy { $0.speaker == nil })
    }
}
