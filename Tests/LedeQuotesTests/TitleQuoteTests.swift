import Testing
import LedeCore
import LedeQuotes

/// Titles of shows, works and events, and nicknames, that no cue governs: no speaker.
@Suite("Titles and nicknames")
struct TitleQuoteTests {
    @Test(arguments: [
        FirstQuote("On “Fox News Sunday,” Gov. Mike Pence said the plan would work.", speaker: .null, mention: .null),
        FirstQuote("Lester Holt is the anchor of NBC's “Nightly News.” He moderated.", speaker: .null, mention: .null),
        FirstQuote("Her new documentary, “Thirteenth,” opens Friday in Ohio.", speaker: .null, mention: .null),
        FirstQuote("The 30-second spot, titled “Arrogant,” ran in Ohio.", speaker: .null, mention: .null),
        FirstQuote("Rep. Robert C. “Bobby” Scott voted against the bill.", speaker: .null, mention: .null),
        FirstQuote("Trump gave Cruz the nickname “Lyin’ Ted.” Cruz laughed.", speaker: .null, mention: .null),
        FirstQuote("The Smith campaign aired “No Comparison” ads in Iowa.", speaker: .null, mention: .null),
        FirstQuote("Mayor Ann Vale joined a group called “Neighbors For Parks” last year.", speaker: .null, mention: .null),
    ])
    func titleHasNoSpeaker(_ c: FirstQuote) throws { try check(c) }

    @Test(arguments: [
        FirstQuote("“Great Job,” Mayor Ann Vale said.", speaker: "Ann Vale"),
        FirstQuote("Mayor Ann Vale called the deal “A Total Disaster.”", speaker: "Ann Vale"),
        // A cue governing the title reports it with its clause.
        FirstQuote("Senator Ray Munro told MSNBC's “Morning Joe” that nobody would win.", speaker: "Ray Munro"),
        FirstQuote("Senator Ray Munro said the plan was “Dead On Arrival.”", speaker: "Ray Munro"),
    ])
    func shortTitleCasedSpeechKeepsItsSpeaker(_ c: FirstQuote) throws { try check(c) }

    @Test func laterQuoteContinuesTheTitlesSentenceSpeaker() throws {
        let q = try quotes("On “Face the Nation,” Senator Ann Roe, who lost the primary, defended the bill. “The young people are tired of it.”")
        #expect(q.count == 2)
        #expect(q.first?.speaker == nil)
        #expect(q.last?.speaker == "Ann Roe")
    }

    @Test func titleBetweenAQuoteAndItsContinuationIsSkipped() throws {
        let q = try quotes("“We won,” Ann Roe said on “Face the Nation.” “And we will win again.”")
        #expect(q.count == 3)
        #expect(q.last?.speaker == "Ann Roe")
    }
}
