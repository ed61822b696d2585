#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A proleptic Gregorian calendar date without time or zone: what a dateline or a
/// reference date means by "the day".
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// Four-digit year.
    public var year: Int
    /// Month, 1...12.
    public var month: Int
    /// Day of the month, 1...31.
    public var day: Int

    /// Creates a date, or returns `nil` when the day does not exist (`2025-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else or an impossible date.
    public init?(iso text: some StringProtocol) {
        // The usual shape, eight ASCII digits as YYYY-MM-DD, without splitting into Characters.
        var fields = (0, 0, 0)
        var count = 0
        for byte in text.utf8 {
            let isDash = count == 4 || count == 7
            guard count < 10, isDash ? byte == UInt8(ascii: "-") : byte &- UInt8(ascii: "0") < 10 else {
                count = -1
                break
            }
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch count {
            case 0..<4: fields.0 = fields.0 * 10 + digit
            case 5, 6: fields.1 = fields.1 * 10 + digit
            case 8, 9: fields.2 = fields.2 * 10 + digit
            default: break
            }
            count += 1
        }
        if count == 10 {
            self.init(year: fields.0, month: fields.1, day: fields.2)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The most recent date with this `month` and `day` that is not after `reference`:
    /// `Dec 30` against `2026-01-02` is `2025-12-30`. Feb 29 steps back to a leap year.
    public static func resolving(month: Int, day: Int, notAfter reference: CalendarDate) -> CalendarDate? {
        var year = reference.year
        for _ in 0..<9 {
            if let date = CalendarDate(year: year, month: month, day: day), date <= reference {
                return date
            }
            year -= 1
        }
        return nil
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(uncheckedYear: 1970, month: 1, day: 1)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected a date as YYYY-MM-DD, got '\(text)'"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
