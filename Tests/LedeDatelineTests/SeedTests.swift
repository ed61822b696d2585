import Foundation
import LedeCore
import LedeDateline
import Testing

/// The five seed articles, with the values of `corpus/seeds.gold.json` (reference date 2025-11-01).
@Suite struct SeedTests {
    static func seed(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func seed000MenafnWithHeaderTimestamp() throws {
        let result = try annotate(try Self.seed("000_ee8ecf434b4cedfc"))
        let stamp = try #require(result.published)
        #expect(stamp.date == CalendarDate(year: 2024, month: 1, day: 2))
        #expect(stamp.time == "12:17")
        #expect(stamp.timezone == "GMT")
        #expect(stamp.utcOffsetMinutes == 0)
        let dateline = try #require(result.dateline)
        #expect(dateline.location == nil)
        #expect(dateline.date == nil)
        #expect(dateline.source == "MENAFN")
    }

    @Test func seed001NationPressAfterSynopsisAndBullets() throws {
        let result = try annotate(try Self.seed("001_167d04bd473724f8"))
        #expect(result.published == nil)
        let dateline = try #require(result.dateline)
        #expect(dateline.location == "Yokota Air Base")
        #expect(dateline.month == 10 && dateline.day == 28)
        #expect(dateline.date == CalendarDate(year: 2025, month: 10, day: 28))
        #expect(dateline.source == "NationPress")
        #expect(result.document.text(of: dateline.span) == "Yokota Air Base, Oct 28 (NationPress)")
    }

    @Test func seed002BareSeoulAfterDateAndHeadline() throws {
        let result = try annotate(try Self.seed("002_fbb2744d5617af63"))
        let stamp = try #require(result.published)
        #expect(stamp.date == CalendarDate(year: 2025, month: 9, day: 25))
        #expect(stamp.time == nil)
        let dateline = try #require(result.dateline)
        #expect(dateline.location == "Seoul")
        #expect(dateline.date == nil)
        #expect(dateline.source == nil)
        #expect(dateline.country == "KR")
    }

    @Test func seed003TimestampWithoutDateline() throws {
        let result = try annotate(try Self.seed("003_96aeffd01d083ba3"))
        let stamp = try #require(result.published)
        #expect(stamp.date == CalendarDate(year: 2025, month: 11, day: 5))
        #expect(stamp.time == "10:05")
        #expect(result.dateline == nil)
    }

    @Test func seed004Nothing() throws {
        let result = try annotate(try Self.seed("004_7487475de5a83e30"))
        #expect(result.published == nil)
        #expect(result.dateline == nil)
    }
}
