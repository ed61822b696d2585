/// The place/date/agency line that opens a wire story (`LONDON, March 2 (Reuters) -`).
public struct Dateline: Sendable, Hashable {
    /// The whole dateline as printed, separator included.
    public var span: Span
    /// The place as printed (all-capital names may be title-cased), or `nil` for an agency-only dateline.
    public var location: String?
    /// The full date when the year is printed or resolved.
    public var date: CalendarDate?
    /// Month printed in the dateline, 1...12.
    public var month: Int?
    /// Day printed in the dateline.
    public var day: Int?
    /// The agency named in the dateline (`Reuters`, `AP`, `AFP`, `MENAFN`).
    public var source: String?
    /// First-level subdivision (US state etc.) when the place is known, ISO 3166-2 style (`US-SC`).
    public var region: String?
    /// ISO 3166-1 alpha-2 code of the place's country when known.
    public var country: String?

    /// Creates a dateline.
    public init(span: Span, location: String? = nil, date: CalendarDate? = nil, month: Int? = nil, day: Int? = nil,
                source: String? = nil, region: String? = nil, country: String? = nil) {
        self.span = span
        self.location = location
        self.date = date
        self.month = month
        self.day = day
        self.source = source
        self.region = region
        self.country = country
    }
}
