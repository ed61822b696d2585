import LedeCore

/// The built-in `dateline` step: finds the wire dateline that opens a story
/// (`LONDON, March 2 (Reuters) -`, `WASHINGTON (AP) —`, `SEOUL –`, `(MENAFN)`) and the
/// timestamp printed in the article's header (`Tuesday, 02 January 2024 12:17 GMT`).
///
/// It reads only the document's first ``headBytes`` bytes, so its cost per document is
/// constant. A dateline's year-less date (`Oct 28`) resolves to the most recent such
/// date not after ``AnnotatedDocument/resolutionDate``: the header date found here
/// (plus one day for time zones), else the input's published date, else the reference
/// date, else today. Known places get ISO country and region codes from a GeoNames
/// table built into the module (`scripts/make_gazetteer.py`; GeoNames, CC BY 4.0).
public struct DatelineExtractor: Extractor {
    /// `dateline`, the name used in pipeline files and `--pipeline`.
    public static let registryName = "dateline"
    /// Default for ``headBytes``.
    public static let defaultHeadBytes = 4096

    /// How many bytes from the start of the document are searched.
    public let headBytes: Int

    /// Nothing: the step reads the document's bytes only.
    public var requires: Set<Capability> { [] }
    /// ``Capability/dateline`` and ``Capability/published``.
    public var provides: Set<Capability> { [.dateline, .published] }

    /// Creates the extractor; `headBytes` below 256 is raised to 256.
    public init(headBytes: Int = DatelineExtractor.defaultHeadBytes) {
        self.headBytes = max(256, headBytes)
    }

    /// Fills ``AnnotatedDocument/published`` and ``AnnotatedDocument/dateline``.
    public func extract(_ document: inout AnnotatedDocument) throws {
        let found = HeadScanner(bytes: document.document.bytes, headBytes: headBytes).scan()
        document.published = found.timestamp.map {
            Timestamp(span: $0.span, date: $0.date, time: $0.time, timezone: $0.zone, utcOffsetMinutes: $0.offsetMinutes)
        }
        document.dateline = found.dateline.map { parsed in
            var date: CalendarDate?
            if let month = parsed.month, let day = parsed.day {
                if let year = parsed.year {
                    date = CalendarDate(year: year, month: month, day: day)
                } else {
                    date = CalendarDate.resolving(month: month, day: day, notAfter: resolutionLimit(document))
                }
            }
            let place = parsed.location.flatMap(Gazetteer.locate)
            return Dateline(span: parsed.span, location: parsed.location, date: date, month: parsed.month,
                            day: parsed.day, source: parsed.source, region: place?.region, country: place?.country)
        }
    }

    /// The latest date a year-less dateline date may resolve to: the resolution date,
    /// or the day after the document's own header date, since a dateline may be filed
    /// in a time zone already a day ahead of the header's (`SEOUL, Nov 5` under a
    /// `Nov 4` US timestamp is this year's Nov 5, not last year's).
    private func resolutionLimit(_ document: AnnotatedDocument) -> CalendarDate {
        guard let own = document.published?.date else { return document.resolutionDate }
        if own.day < CalendarDate.daysIn(month: own.month, year: own.year) {
            return CalendarDate(year: own.year, month: own.month, day: own.day + 1) ?? own
        }
        return own.month < 12 ? CalendarDate(year: own.year, month: own.month + 1, day: 1) ?? own
            : CalendarDate(year: own.year + 1, month: 1, day: 1) ?? own
    }

    /// The registration for ``ExtractorRegistry``.
    public static var registration: ExtractorRegistration {
        ExtractorRegistration(DatelineExtractor.self,
                              summary: "Wire dateline (place, date, agency) and the printed header timestamp",
                              options: [OptionSpec("head_bytes", "int", default: String(defaultHeadBytes),
                                                   "How many bytes from the start of each document are searched")],
                              requires: [], provides: [.dateline, .published]) { options throws(ConfigurationError) in
            let head = try options.int("head_bytes") ?? defaultHeadBytes
            guard (256...1_048_576).contains(head) else {
                throw options.error("head_bytes", "must be between 256 and 1048576, got \(head)")
            }
            return DatelineExtractor(headBytes: head)
        }
    }
}
