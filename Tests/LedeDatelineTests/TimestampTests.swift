import LedeCore
import LedeDateline
import Testing

/// Header timestamps (`published`).
@Suite struct TimestampTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var line: String
        var date: String
        var time: String?
        var zone: String?
        var offset: Int?
        var testDescription: String { line }
    }

    static let positives: [Case] = [
        .init(line: "Tuesday, 02 January 2024 12:17 GMT", date: "2024-01-02", time: "12:17", zone: "GMT", offset: 0),
        .init(line: "Thursday, September 25, 2025", date: "2025-09-25"),
        .init(line: "Nov 05, 2025, 10:05 am", date: "2025-11-05", time: "10:05"),
        .init(line: "Nov 05, 2025, 10:05 pm", date: "2025-11-05", time: "22:05"),
        .init(line: "Nov 05, 2025, 12:05 am", date: "2025-11-05", time: "00:05"),
        .init(line: "Oct. 28, 2025", date: "2025-10-28"),
        .init(line: "2025-11-05T10:05:00Z", date: "2025-11-05", time: "10:05:00", zone: "Z", offset: 0),
        .init(line: "2025-11-05T10:05:00.250+09:00", date: "2025-11-05", time: "10:05:00", zone: "+09:00", offset: 540),
        .init(line: "2025-11-05", date: "2025-11-05"),
        .init(line: "Fri, 12 Dec 2014 10:55:50 +0000", date: "2014-12-12", time: "10:55:50", zone: "+0000", offset: 0),
        .init(line: "2025-11-05 10:05 KST", date: "2025-11-05", time: "10:05", zone: "KST", offset: 540),
        .init(line: "Published: November 5, 2025 at 3:14 p.m. EST", date: "2025-11-05", time: "15:14", zone: "EST", offset: -300),
        .init(line: "Updated 10:05 AM EDT, November 5, 2025", date: "2025-11-05", time: "10:05", zone: "EDT", offset: -240),
        .init(line: "By Jane Doe | Nov 5, 2025 | 4 min read", date: "2025-11-05"),
        .init(line: "November 5, 2025 10:05 AM GMT+9", date: "2025-11-05", time: "10:05", zone: "GMT+9", offset: 540),
        .init(line: "November 5, 20253:14 AM GMT+9Updated 2 hours ago", date: "2025-11-05", time: "03:14", zone: "GMT+9", offset: 540),
        .init(line: "Wed 5 Nov 2025 10.05 GMT", date: "2025-11-05", time: "10:05", zone: "GMT", offset: 0),
        .init(line: "Published On 5 Nov 2025", date: "2025-11-05"),
        .init(line: "5:14 PM ET, Tue November 5, 2025", date: "2025-11-05", time: "17:14", zone: "ET"),
        .init(line: "2025.11.05 10:05", date: "2025-11-05", time: "10:05"),
        .init(line: "January 2nd, 2024", date: "2024-01-02"),
        .init(line: "2nd January 2024 09:30 (IST)", date: "2024-01-02", time: "09:30", zone: "IST", offset: 330),
    ]

    @Test(arguments: positives)
    func reads(_ expected: Case) throws {
        let result = try annotate("Some Headline\n\n\(expected.line)\n\nThe body starts here.")
        let stamp = try #require(result.published)
        #expect(stamp.date == day(expected.date))
        #expect(stamp.time == expected.time)
        #expect(stamp.timezone == expected.zone)
        #expect(stamp.utcOffsetMinutes == expected.offset)
    }

    static let negatives: [String] = [
        "He arrived on Nov 5, 2025 and left the next morning.",
        "The meeting on November 4, 2025 was long",
        "Nov 5",
        "2025-13-05",
        "February 30, 2025",
        "25:10 GMT, November 5, 2025",
        "Shares rose 2025 points",
    ]

    @Test(arguments: negatives)
    func ignores(_ line: String) throws {
        #expect(try annotate("Some Headline\n\n\(line)\n\nThe body starts here.").published == nil)
    }

    @Test func dateInTheBodyIsNotAHeaderTimestamp() throws {
        let paragraph = "The ministry said the two sides had agreed to meet again, and officials expected progress soon."
        let text = "Headline\n\n\(paragraph)\n\n\(paragraph)\n\n\(paragraph)\n\nNovember 5, 2025\n"
        #expect(try annotate(text).published == nil)
    }
}
