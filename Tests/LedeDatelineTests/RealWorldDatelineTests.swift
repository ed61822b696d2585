import LedeCore
import LedeDateline
import Testing

/// Dateline styles of other presses and wires: colon datelines, agencies without
/// parentheses, numeric dates, bylines and headlines before the dateline, and the
/// running text and trailers that must not be read as one. Resolved against 2025-11-01.
@Suite struct RealWorldDatelineTests {
    static let positives: [DatelineCase] = [
        // Colon datelines (South Asian and Gulf press)
        .init(text: "NEW DELHI: The government on Tuesday announced a new support scheme for farmers across the country.",
              location: "New Delhi", printed: "NEW DELHI:"),
        .init(text: "ISLAMABAD: Pakistan's prime minister said on Monday that talks with the lenders were progressing well.",
              location: "Islamabad", printed: "ISLAMABAD:"),
        .init(text: "Airline Posts Record Profit\n\nDubai: The emirate's flagship airline reported record profits for the half year.",
              location: "Dubai", printed: "Dubai:"),
        .init(text: "KARACHI, Nov 5: The central bank kept its policy rate unchanged on Wednesday, citing inflation risks.",
              location: "Karachi", date: "2024-11-05", month: 11, day: 5, printed: "KARACHI, Nov 5:"),
        // Agencies without parentheses
        .init(text: "TOKYO, Nov 5 Kyodo - Japan's government said on Wednesday that exports rose.", location: "Tokyo",
              date: "2024-11-05", month: 11, day: 5, source: "Kyodo", printed: "TOKYO, Nov 5 Kyodo -"),
        .init(text: "SEOUL, Oct. 28 Yonhap -- South Korea's exports rose for a second month.", location: "Seoul",
              date: "2025-10-28", month: 10, day: 28, source: "Yonhap", printed: "SEOUL, Oct. 28 Yonhap --"),
        // Numeric dates
        .init(text: "LAGOS, 05/11/2025 - Nigeria's central bank held its key rate on Wednesday.", location: "Lagos",
              date: "2025-11-05", month: 11, day: 5, printed: "LAGOS, 05/11/2025 -"),
        .init(text: "HOUSTON, 11/05/2025 - Oil companies said output would rise next year.", location: "Houston",
              date: "2025-11-05", month: 11, day: 5, printed: "HOUSTON, 11/05/2025 -"),
        .init(text: "KYIV, 2025-11-05 (Ukrinform) - Ukraine said on Wednesday that exports rose.", location: "Kyiv",
              date: "2025-11-05", month: 11, day: 5, source: "Ukrinform", printed: "KYIV, 2025-11-05 (Ukrinform) -"),
        .init(text: "DHAKA, 28.10.2025 (BSS) - Bangladesh's garment exports rose in October.", location: "Dhaka",
              date: "2025-10-28", month: 10, day: 28, source: "BSS", printed: "DHAKA, 28.10.2025 (BSS) -"),
        // A headline and its dateline on one line
        .init(text: "Farmers Face Drought in the Midwest CHICAGO, Nov 5 (Reuters) - Corn prices rose on Wednesday.",
              location: "Chicago", date: "2024-11-05", month: 11, day: 5, source: "Reuters",
              printed: "CHICAGO, Nov 5 (Reuters) -"),
        .init(text: "Storm batters coast MIAMI (AP) — A hurricane made landfall on Tuesday night.", location: "Miami",
              source: "AP", printed: "MIAMI (AP) —"),
        // AP, CNN, Reuters and press-release styles
        .init(text: "KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.",
              location: "Kyiv, Ukraine", source: "AP", printed: "KYIV, Ukraine (AP) —"),
        .init(text: "UNITED NATIONS (AP) — The Security Council voted on Tuesday.", location: "United Nations", source: "AP",
              printed: "UNITED NATIONS (AP) —"),
        .init(text: "LOS ANGELES (CNN) — A wildfire forced thousands to flee on Tuesday.", location: "Los Angeles",
              source: "CNN", printed: "LOS ANGELES (CNN) —"),
        .init(text: "LONDON (Reuters) - Britain's economy grew on Tuesday.", location: "London", source: "Reuters",
              printed: "LONDON (Reuters) -"),
        .init(text: "GAZA CITY, Gaza Strip (AP) — Israeli strikes killed dozens on Tuesday.", location: "Gaza City, Gaza Strip",
              source: "AP", printed: "GAZA CITY, Gaza Strip (AP) —"),
        .init(text: "WASHINGTON, Tuesday (Reuters) - The Senate voted to extend the program.", location: "Washington",
              source: "Reuters", printed: "WASHINGTON, Tuesday (Reuters) -"),
        // Bare place and dash with a qualifier
        .init(text: "Paris, France — The French government said on Tuesday that it would raise taxes on the rich.",
              location: "Paris, France", printed: "Paris, France —"),
        .init(text: "WASHINGTON, D.C. — The Senate voted on Tuesday to extend the program for another year.",
              location: "Washington, D.C.", printed: "WASHINGTON, D.C. —"),
        .init(text: "SAN JUAN, Puerto Rico — The island's power grid failed again on Tuesday, officials said.",
              location: "San Juan, Puerto Rico", printed: "SAN JUAN, Puerto Rico —"),
        .init(text: "FORT LAUDERDALE, Fla. — A man was arrested on Tuesday after a chase through two counties.",
              location: "Fort Lauderdale, Fla.", printed: "FORT LAUDERDALE, Fla. —"),
        // Bylines before the dateline
        .init(text: "By JANE DOE Associated Press\nWASHINGTON — The Senate voted on Tuesday to extend the program.",
              location: "Washington", printed: "WASHINGTON —"),
        .init(text: "By ZEKE MILLER and COLLEEN LONG\nAssociated Press\n\nWASHINGTON (AP) — President Joe Biden said.",
              location: "Washington", source: "AP", printed: "WASHINGTON (AP) —"),
        .init(text: "By Karl Plume\n\nCHICAGO, Nov 5 (Reuters) - Corn prices rose.", location: "Chicago", date: "2024-11-05",
              month: 11, day: 5, source: "Reuters", printed: "CHICAGO, Nov 5 (Reuters) -"),
    ]

    @Test(arguments: positives)
    func finds(_ expected: DatelineCase) throws {
        try expectDateline(expected)
    }

    static let negatives: [String] = [
        // Headlines and labels with a colon
        "Update: The company said on Tuesday that it would cut jobs across the country and close two plants.",
        "Correction: An earlier version of this article misstated when the program was introduced by the government.",
        "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.\n\nBody text here.",
        "Jackson: The mayor said on Tuesday that the city would appeal the ruling against its water system.",
        "POLL: Voters say the economy is the most important issue facing the country this year, survey shows.",
        // Bylines, credits and trailers
        "By Karl Plume - Corn prices rose on Wednesday as dry weather in Brazil threatened the crop.",
        "BY JANE DOE -- The Senate voted on Tuesday to extend the program for another year, officials said.",
        "Reporting by Karl Plume in Chicago; Editing by Leslie Adler - additional reporting by Jane Doe in London.",
        "Corn prices rose on Wednesday.\n\nReporting by Karl Plume; Editing by Leslie Adler",
        // Running text with a dash or a capitalised place
        "in washington -- the capital, lawmakers argued all night over the budget.",
        "In Washington -- the capital -- lawmakers argued all night over the budget and the debt ceiling.",
        "IN WASHINGTON -- The capital was quiet on Tuesday as lawmakers argued all night over the budget.",
        "Corn prices rose, analysts in CHICAGO said on Wednesday - a sign of the drought's toll.",
        "The report, filed from LONDON on Tuesday (Reuters), said prices would fall - but not by much.",
        // A lawmaker's party and state is no agency, even on a headline's line
        "Senate leaders meet NANCY PELOSI (D-Calif.) – who said on Tuesday that talks would resume.",
        // A paid notice: an unknown capitalised name glued to a dash
        "Paid Notice: Deaths SIEGEL, JEROME ARTHUR.\n\nSIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away Friday.",
        // Numbers that are not dates
        "Case 05/13/2025 - The court dismissed the appeal on Tuesday, the clerk said in a statement.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        #expect(try annotate(text).dateline == nil)
    }

    /// Headlines that end in a period and sentence-case decks are header lines, not
    /// the running text after which a bare dateline is no longer looked for.
    @Test func headlinesAndDecksEndingInAPeriodDoNotStartTheBody() throws {
        let titleCase = "Post-Debate Rebuilding Isn't The Only Reason Hedge Funds Support The Former Secretary.\n\n"
            + "WASHINGTON — Hillary Clinton argued during Saturday's debate that she could take a hard line."
        #expect(try annotate(titleCase).dateline?.location == "Washington")
        let deck = "E.U. leaders weigh plans for greater military coordination.\n\n"
            + "After Brexit and threats from abroad, bloc aims to rely less on U.S. support.\n\n"
            + "BRUSSELS - European leaders gathered Friday to discuss the torrent of challenges facing them."
        #expect(try annotate(deck).dateline?.location == "Brussels")
    }

    /// One paragraph above (an abstract or editor's note) still lets a known place in
    /// capitals with a spaced dash be the dateline; a second paragraph ends the search for
    /// bare datelines, while a wire dateline with its agency is still found.
    @Test func abstractAboveTheDateline() throws {
        let note = "This is a preview of the eighth installment of the series that takes you behind the scenes "
            + "of the campaign trail with the candidates.\n\n"
        let story = "PORTSMOUTH, N.H. — He may be a big underdog, but the senator said he was writing."
        #expect(try annotate(note + story).dateline?.location == "Portsmouth, N.H.")
        #expect(try annotate(note + "WASHINGTON - A contentious visa program will expire at the end of this month.")
                .dateline?.location == "Washington")
        #expect(try annotate(note + note + story).dateline == nil)
        #expect(try annotate(note + note + "PORTSMOUTH, N.H. (AP) — He may be a big underdog, but he was writing.")
                .dateline?.location == "Portsmouth, N.H.")
    }

    @Test func bracketedCountryAfterAStateAbbreviation() throws {
        let text = "Washington DC [US], Nov 5 (ANI): The White House said on Wednesday that talks would continue."
        let dateline = try #require(try annotate(text).dateline)
        #expect(dateline.location == "Washington DC [US]")
        #expect(dateline.source == "ANI")
        #expect(dateline.country == "US")
        #expect(dateline.region == "US-DC")
    }

    @Test func numericDateOrderFollowsThePlace() throws {
        // Day first outside the US, month first inside it; a day above 12 settles it either way.
        #expect(try annotate("PARIS, 03/04/2025 - France said on Tuesday that growth slowed.").dateline?.date
                == CalendarDate(year: 2025, month: 4, day: 3))
        #expect(try annotate("DALLAS, 03/04/2025 - Texas officials said on Tuesday that growth slowed.").dateline?.date
                == CalendarDate(year: 2025, month: 3, day: 4))
        #expect(try annotate("DALLAS, 25/04/2025 - Texas officials said on Tuesday that growth slowed.").dateline?.date
                == CalendarDate(year: 2025, month: 4, day: 25))
    }
}
