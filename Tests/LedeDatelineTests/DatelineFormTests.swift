import LedeCore
import LedeDateline
import Testing

/// Every dateline form of issue 4, resolved against 2025-11-01.
@Suite struct DatelineFormTests {
    static let positives: [DatelineCase] = [
        // AP
        .init(text: "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.", location: "Washington",
              source: "AP", printed: "WASHINGTON (AP) —"),
        .init(text: "PHILADELPHIA (AP) —The city said it would appeal.", location: "Philadelphia", source: "AP",
              printed: "PHILADELPHIA (AP) —"),
        // Reuters
        .init(text: "LONDON, March 2 (Reuters) - Britain's economy grew.", location: "London", date: "2025-03-02",
              month: 3, day: 2, source: "Reuters", printed: "LONDON, March 2 (Reuters) -"),
        .init(text: "PARIS, Oct 22 (Reuters) -French prices rose.", location: "Paris", date: "2025-10-22", month: 10,
              day: 22, source: "Reuters", printed: "PARIS, Oct 22 (Reuters) -"),
        .init(text: "Wagga Wagga (Reuters) - Farmers in New South Wales said", location: "Wagga Wagga", source: "Reuters",
              printed: "Wagga Wagga (Reuters) -"),
        // AFP
        .init(text: "Washington (AFP) – US officials said on Monday", location: "Washington", source: "AFP",
              printed: "Washington (AFP) –"),
        .init(text: "Hong Kong (AFP) –Protesters gathered again", location: "Hong Kong", source: "AFP",
              printed: "Hong Kong (AFP) –"),
        .init(text: "PARIS, 2 March (AFP) - France said", location: "Paris", date: "2025-03-02", month: 3, day: 2,
              source: "AFP", printed: "PARIS, 2 March (AFP) -"),
        // Wire dumps
        .init(text: "ARGENTINE GRAIN SHIPMENTS\n\nBAHIA BLANCA, Argentina, March 2 - Grain shipments fell", location: "Bahia Blanca, Argentina",
              date: "2025-03-02", month: 3, day: 2, printed: "BAHIA BLANCA, Argentina, March 2 -"),
        .init(text: "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone",
              location: "Salvador", date: "2025-02-26", month: 2, day: 26, printed: "SALVADOR, Feb 26 -"),
        .init(text: "ECONOMIC SPOTLIGHT - ITALIAN BOOM\n\nROME, March  2  - Italy's strong economic revival", location: "Rome",
              date: "2025-03-02", month: 3, day: 2, printed: "ROME, March  2  -"),
        .init(text: "PESCH SEES SUPPORT\n\nNew york, March 2 - Chicago physician LeRoy Pesch said", location: "New york",
              date: "2025-03-02", month: 3, day: 2, printed: "New york, March 2 -"),
        .init(text: "KEYCORP REGISTERS NOTES\n\nALBANY, N.Y., Marc 3 - KeyCorp said", location: "Albany, N.Y.",
              date: "2025-03-03", month: 3, day: 3, printed: "ALBANY, N.Y., Marc 3 -"),
        .init(text: "DIAGNOSTIC MAKES A BID\n\nOAKLAND , N.J., March 2 - Diagnostic Retrieval Systems Inc", location: "Oakland , N.J.",
              date: "2025-03-02", month: 3, day: 2, printed: "OAKLAND , N.J., March 2 -"),
        .init(text: "WASHINGTON, March 2, 1987 - The FAA fined Delta", location: "Washington", date: "1987-03-02", month: 3,
              day: 2, printed: "WASHINGTON, March 2, 1987 -"),
        // Bare
        .init(text: "SEOUL – South Korea and the United States have made progress on the transfer of wartime command.", location: "Seoul", printed: "SEOUL –"),
        .init(text: "CHICAGO -- Soybean futures rose on Monday as dry weather in Brazil threatened the crop.", location: "Chicago", printed: "CHICAGO --"),
        .init(text: "CHESTERFIELD, S.C. -- A man was arrested Tuesday after a chase through two counties.", location: "Chesterfield, S.C.",
              printed: "CHESTERFIELD, S.C. --"),
        .init(text: "SINGAPORE - The city-state's economy grew faster than expected in the third quarter, data showed.",
              location: "Singapore", printed: "SINGAPORE -"),
        .init(text: "SMALLVILLE -- A man was arrested on Tuesday after police found the stolen car in a barn.",
              location: "Smallville", printed: "SMALLVILLE --"),
        // Place, date and agency with no dash
        .init(text: "Yokota Air Base, Oct 28 (NationPress) The United States strongly endorses", location: "Yokota Air Base",
              date: "2025-10-28", month: 10, day: 28, source: "NationPress", printed: "Yokota Air Base, Oct 28 (NationPress)"),
        .init(text: "NEW DELHI, Nov 5 (IANS) The government said", location: "New Delhi", date: "2024-11-05", month: 11, day: 5,
              source: "IANS", printed: "NEW DELHI, Nov 5 (IANS)"),
        // Agency only, date and agency
        .init(text: "(MENAFN) South Korean President Lee Jae Myung informed", source: "MENAFN", printed: "(MENAFN)"),
        .init(text: "Oct 22 (Reuters) - Stocks fell", date: "2025-10-22", month: 10, day: 22, source: "Reuters",
              printed: "Oct 22 (Reuters) -"),
        .init(text: "(CNN)President Trump said", source: "CNN", printed: "(CNN)"),
        // Leading timestamp
        .init(text: "(07-17) 13:09 PDT BERKELEY -- A fire broke out", location: "Berkeley", date: "2025-07-17", month: 7, day: 17,
              printed: "(07-17) 13:09 PDT BERKELEY --"),
        // Other agencies and press releases
        .init(text: "BEIJING, Nov. 5 (Xinhua) -- China said", location: "Beijing", date: "2024-11-05", month: 11, day: 5,
              source: "Xinhua", printed: "BEIJING, Nov. 5 (Xinhua) --"),
        .init(text: "Berlin (dpa) - Germany's government", location: "Berlin", source: "dpa", printed: "Berlin (dpa) -"),
        .init(text: "NEW YORK, Nov. 5, 2025 /PRNewswire/ -- Acme Corp today announced", location: "New York",
              date: "2025-11-05", month: 11, day: 5, source: "PRNewswire", printed: "NEW YORK, Nov. 5, 2025 /PRNewswire/ --"),
        .init(text: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced", location: "San Francisco",
              source: "BUSINESS WIRE", printed: "SAN FRANCISCO--(BUSINESS WIRE)--"),
        .init(text: "MOSCOW, November 5. /TASS/. Russia said", location: "Moscow", date: "2024-11-05", month: 11, day: 5,
              source: "TASS", printed: "MOSCOW, November 5. /TASS/."),
        .init(text: "New Delhi [India], Nov 5 (ANI): The government said", location: "New Delhi [India]", date: "2024-11-05",
              month: 11, day: 5, source: "ANI", printed: "New Delhi [India], Nov 5 (ANI):"),
        .init(text: "Madrid, 5 nov (EFE).- El Gobierno ha aprobado hoy el proyecto.", location: "Madrid", date: "2024-11-05",
              month: 11, day: 5, source: "EFE", printed: "Madrid, 5 nov (EFE).-"),
        .init(text: "LONDON, March 3rd - The Bank of England said.", location: "London", date: "2025-03-03", month: 3, day: 3,
              printed: "LONDON, March 3rd -"),
        .init(text: "CHESTERFIELD -- A man was arrested Tuesday after a chase through two counties, police said.",
              location: "Chesterfield", printed: "CHESTERFIELD --"),
        .init(text: "WASHINGTON (AP) _ The Senate voted", location: "Washington", source: "AP", printed: "WASHINGTON (AP) _"),
        // Names
        .init(text: "RIO DE JANEIRO, Brazil (AP) — Police said", location: "Rio de Janeiro, Brazil", source: "AP",
              printed: "RIO DE JANEIRO, Brazil (AP) —"),
        .init(text: "MARCH AIR RESERVE BASE, Calif. (AP) — Evacuees arrived", location: "March Air Reserve Base, Calif.",
              source: "AP", printed: "MARCH AIR RESERVE BASE, Calif. (AP) —"),
        .init(text: "ST. LOUIS (AP) — A jury", location: "St. Louis", source: "AP", printed: "ST. LOUIS (AP) —"),
        .init(text: "WINSTON-SALEM, N.C. (AP) — A man", location: "Winston-Salem, N.C.", source: "AP",
              printed: "WINSTON-SALEM, N.C. (AP) —"),
        .init(text: "LONDON/PARIS, Oct 22 (Reuters) - Europe", location: "London/Paris", date: "2025-10-22", month: 10,
              day: 22, source: "Reuters", printed: "LONDON/PARIS, Oct 22 (Reuters) -"),
    ]

    @Test(arguments: positives)
    func finds(_ expected: DatelineCase) throws {
        try expectDateline(expected)
    }

    static let negatives: [String] = [
        "That was in Chicago -- where he grew up -- that the plan took shape.",
        "chicago -- something happened there on monday",
        "CHESTERFIELD,S.C. -- A man was arrested Tuesday",
        "ECONOMIC SPOTLIGHT - ITALIAN BOOM\n\nthe economy grew",
        "Trump Says Tariffs Work - Analysts Disagree\n\nthe body starts here",
        "Apple Unveils New iPhone - Here's What to Know\nThe company said on Tuesday that sales rose.",
        "EXCLUSIVE - Apple plans to build a factory in Texas",
        "BREAKING NEWS -- the market fell sharply today",
        "BIDEN'S PLAN - What it means for you\n\nThe plan",
        "Paris - The City of Light Reborn\n\nThe city has changed.",
        "NASA - The agency announced on Tuesday that its Artemis mission will be delayed again.",
        "U.S. - China trade talks resume after months of tension between the two sides, officials said.",
        "China - The country's exports rose faster than expected in October, customs data showed.",
        "FED HOLDS RATES - Policymakers signal patience as inflation cools and jobs slow\n\nThe Federal Reserve held.",
        "SOME HEADLINE - With sentence case\n\nBody.",
        "(CORRECTED) - BANPONCE <BDEP> PLACES NOTES",
        "(MARSHALL STEEL LTD) YEAR NET\n",
        "CHEUNG KONG (HOLDINGS) LTD <CKGH.HK> YEAR 1986\n",
        "He said the plan - which began in March - failed.",
        "Friday, March 6 - a day to remember",
        "Police said, March 2 - The suspect was arrested at his home.",
        "Sen. Adam Schiff (D-Calif.) said on Tuesday",
        "FILE - President Joe Biden speaks during an event at the White House. (AP Photo/Evan Vucci, File)",
        "Seoul Seeks Regaining Wartime Command from Washington\n\n\nSouth Korean President Lee said",
        "Shipments rose sharply in the week to February 22, the agency said in a statement on Monday.\n"
            + "Shipments rose sharply in the week to February 22, the agency said in a statement on Monday.\n"
            + "  BRAZIL - 100,000 tonnes shipped\n",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        #expect(try annotate(text).dateline == nil)
    }

    /// Every separator, with plain, no-break or no spaces around it.
    @Test(arguments: ["-", "--", "\u{2013}", "\u{2014}", "\u{2015}", "\u{0097}", "\u{FFFD}", "\u{E2}\u{20AC}\u{201D}"],
          [" ", "\u{00A0}"])
    func separators(_ dash: String, _ space: String) throws {
        let result = try annotate("HOUSTON\(space)\(dash)\(space)Oil companies said on Monday that output would rise.")
        let dateline = try #require(result.dateline)
        #expect(dateline.location == "Houston")
        #expect(result.document.text(of: dateline.span) == "HOUSTON\(space)\(dash)")
    }

    @Test(arguments: ["--", "\u{2013}", "\u{2014}", "\u{0097}"])
    func separatorsWithoutSpaces(_ dash: String) throws {
        #expect(try annotate("CHICAGO\(dash)Something happened in the markets\nof the city on Monday.").dateline?.location == "Chicago")
    }

    @Test func loneHyphenNeedsASpace() throws {
        #expect(try annotate("CHICAGO-Something happened in the markets\nof the city on Monday.").dateline == nil)
        #expect(try annotate("CHICAGO- Something happened in the markets\nof the city on Monday.").dateline?.location == "Chicago")
    }

    @Test func datelineAfterHeadlineBylineAndHeaderLines() throws {
        let text = """
            Farmers Face Drought
            By Karl Plume
            3 Min Read
            CHICAGO, Nov 5 (Reuters) - Corn prices rose.
            """
        let dateline = try #require(try annotate(text).dateline)
        #expect(dateline.location == "Chicago")
        #expect(dateline.date == CalendarDate(year: 2024, month: 11, day: 5))
        #expect(dateline.source == "Reuters")
    }

    @Test func photoCaptionBeforeDateline() throws {
        let text = "FILE - President Joe Biden speaks during an event in the East Room of the White House, Nov. 5, 2025, "
            + "in Washington. (AP Photo/Evan Vucci, File)\nWASHINGTON (AP) — The president said"
        let dateline = try #require(try annotate(text).dateline)
        #expect(dateline.location == "Washington")
        #expect(dateline.source == "AP")
    }

    @Test func severalPhotoCaptionsBeforeABareDateline() throws {
        let caption = "Rescue workers search the rubble of a collapsed building in the city center on Tuesday. (AP Photo/Jane Doe)"
        let text = Array(repeating: caption, count: 4).joined(separator: "\n")
            + "\nISTANBUL -- Rescue teams pulled more survivors from the rubble on Wednesday, officials said."
        #expect(try annotate(text).dateline?.location == "Istanbul")
    }

    @Test func bareDatelineIsNotTakenFromRunningText() throws {
        let paragraph = "The ministry said the two sides had agreed to meet again, and officials expected progress soon."
        let body = "Rescue teams pulled more survivors from the rubble on Wednesday."
        // After two paragraphs nothing bare counts; after one, only a known place in capitals
        // (an abstract may sit above the dateline), not an unknown or title-case one.
        #expect(try annotate("A Headline\n\n\(paragraph)\n\n\(paragraph)\n\nISTANBUL -- \(body)").dateline == nil)
        #expect(try annotate("A Headline\n\n\(paragraph)\n\nSMALLVILLE -- \(body)").dateline == nil)
        #expect(try annotate("A Headline\n\n\(paragraph)\n\nIstanbul -- \(body)").dateline == nil)
    }

    @Test func datelineFarIntoTheDocumentIsNotRead() throws {
        let filler = String(repeating: "Filler line of the header.\n", count: 400)
        #expect(try annotate(filler + "LONDON, March 2 (Reuters) - Text").dateline == nil)
    }

    @Test func spansAreCountedInBytesOfTheWholeDocument() throws {
        let text = "Thursday, September 25, 2025\n\nA Headline\n\nSEOUL \u{2013}\u{00A0}South Korea said on Wednesday that talks went well."
        let result = try annotate(text)
        let dateline = try #require(result.dateline)
        #expect(dateline.span.start == Array("Thursday, September 25, 2025\n\nA Headline\n\n".utf8).count)
        #expect(dateline.span.end == dateline.span.start + Array("SEOUL \u{2013}".utf8).count)
    }
}
