import LedeCore
import LedeDateline
import Testing

/// The reference date the seed gold was made with.
let seedReference = CalendarDate(year: 2025, month: 11, day: 1)

/// Runs the dateline extractor on `text`.
func annotate(_ text: String, reference: CalendarDate? = seedReference, published: CalendarDate? = nil,
              extractor: DatelineExtractor = DatelineExtractor()) throws -> AnnotatedDocument {
    var document = AnnotatedDocument(Document(text: text, published: published, referenceDate: reference))
    try extractor.extract(&document)
    return document
}

/// `YYYY-MM-DD` or `nil`.
func day(_ iso: String?) -> CalendarDate? {
    iso.flatMap { CalendarDate(iso: $0) }
}

/// One expected dateline.
struct DatelineCase: CustomTestStringConvertible, Sendable {
    var text: String
    var location: String?
    var date: String?
    var month: Int?
    var day: Int?
    var source: String?
    /// The dateline as printed (the span's text).
    var printed: String

    var testDescription: String { printed }
}

/// Checks every field and the printed span of the dateline found in `expected.text`.
func expectDateline(_ expected: DatelineCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try annotate(expected.text)
    let dateline = try #require(result.dateline, sourceLocation: sourceLocation)
    #expect(dateline.location == expected.location, sourceLocation: sourceLocation)
    #expect(dateline.date == day(expected.date), sourceLocation: sourceLocation)
    #expect(dateline.month == expected.month, sourceLocation: sourceLocation)
    #expect(dateline.day == expected.day, sourceLocation: sourceLocation)
    #expect(dateline.source == expected.source, sourceLocation: sourceLocation)
    #expect(result.document.text(of: dateline.span) == expected.printed, sourceLocation: sourceLocation)
}
