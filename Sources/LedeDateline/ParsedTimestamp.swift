import LedeCore

/// A header timestamp found in one segment of a head line.
struct ParsedTimestamp: Equatable {
    var span: Span
    var date: CalendarDate
    /// `HH:MM` or `HH:MM:SS`, 24-hour clock.
    var time: String?
    var zone: String?
    var offsetMinutes: Int?
}
