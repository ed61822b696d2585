import LedeCore
import LedeDateline
import Testing

/// Year-less dateline dates resolve to the most recent such date not after the document's
/// own header date, else its published date, else the reference date.
@Suite struct YearResolutionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var what: String
        var text: String
        var reference: String
        var published: String?
        var expected: String
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        .init(what: "previous year when the day is still ahead", text: "WASHINGTON, Dec 30 (Reuters) - x",
              reference: "2026-01-02", expected: "2025-12-30"),
        .init(what: "the reference day itself counts", text: "WASHINGTON, Jan 2 (Reuters) - x",
              reference: "2026-01-02", expected: "2026-01-02"),
        .init(what: "own header date wins", text: "Jan 2, 2026\n\nWASHINGTON, Dec 30 (Reuters) - x said",
              reference: "2030-06-01", published: "2029-06-01", expected: "2025-12-30"),
        .init(what: "a day after the own header date is the same year (time zones)",
              text: "Nov 4, 2025\n\nSEOUL, Nov 5 (Yonhap) -- x said", reference: "2030-06-01", expected: "2025-11-05"),
        .init(what: "two days after the own header date is last year", text: "Nov 4, 2025\n\nSEOUL, Nov 6 (Yonhap) -- x",
              reference: "2030-06-01", expected: "2024-11-06"),
        .init(what: "the day after Dec 31 wraps to the next year",
              text: "Dec 31, 2025\n\nSEOUL, Jan 1 (Yonhap) -- x said", reference: "2030-06-01", expected: "2026-01-01"),
        .init(what: "the reference date allows no day ahead", text: "SEOUL, Nov 2 (Yonhap) -- x",
              reference: "2025-11-01", expected: "2024-11-02"),
        .init(what: "input published date beats the reference date", text: "PARIS, Oct 22 (Reuters) - x",
              reference: "2030-01-01", published: "2020-10-21", expected: "2019-10-22"),
        .init(what: "a printed year is kept", text: "WASHINGTON, March 2, 1987 - x",
              reference: "2025-01-01", expected: "1987-03-02"),
        .init(what: "Feb 29 steps back to a leap year", text: "LONDON, Feb 29 (Reuters) - x",
              reference: "2025-11-01", expected: "2024-02-29"),
    ]

    @Test(arguments: cases)
    func resolves(_ c: Case) throws {
        let result = try annotate(c.text, reference: day(c.reference), published: day(c.published))
        #expect(result.dateline?.date == day(c.expected))
    }

    @Test func noReferenceUsesToday() throws {
        let result = try annotate("LONDON, Jan 1 (Reuters) - x", reference: nil)
        let date = try #require(result.dateline?.date)
        #expect(date <= CalendarDate.today())
        #expect(date.month == 1 && date.day == 1)
    }

    @Test func noDateMeansNullDateAndNoMonthDay() throws {
        let dateline = try #require(try annotate("SEOUL – South Korea said on Wednesday that the talks had gone well.").dateline)
        #expect(dateline.date == nil && dateline.month == nil && dateline.day == nil)
    }
}
