/// The article's own printed header timestamp (`Tuesday, 02 January 2024 12:17 GMT`).
public struct Timestamp: Sendable, Hashable {
    /// The timestamp as printed.
    public var span: Span
    /// Its date.
    public var date: CalendarDate
    /// `HH:MM` or `HH:MM:SS` on a 24-hour clock, when printed.
    public var time: String?
    /// The zone as printed (`GMT`, `KST`, `+0000`), when printed.
    public var timezone: String?
    /// Offset from UTC in minutes when the zone is known.
    public var utcOffsetMinutes: Int?

    /// Creates a timestamp.
    public init(span: Span, date: CalendarDate, time: String? = nil, timezone: String? = nil, utcOffsetMinutes: Int? = nil) {
        self.span = span
        self.date = date
        self.time = time
        self.timezone = timezone
        self.utcOffsetMinutes = utcOffsetMinutes
    }
}
