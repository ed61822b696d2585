import LedeCore

/// A dateline found at the start of a head line, before year resolution.
struct ParsedDateline: Equatable {
    var span: Span
    /// The place as printed, all-capital parts title-cased; `nil` for agency-only datelines.
    var location: String?
    var year: Int?
    var month: Int?
    var day: Int?
    var source: String?
}
