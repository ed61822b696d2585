/// A double quotation mark found in the raw bytes, with what its glyph and its
/// neighbours say about its role.
struct QuoteMark: Sendable, Equatable {
    /// The glyph's own direction.
    enum Glyph: UInt8, Sendable {
        /// `“`, `«`, `„`.
        case opening
        /// `”`, `»`.
        case closing
        /// `"`: direction decided by context.
        case straight
    }

    /// The role context and glyph assign.
    enum Role: UInt8, Sendable {
        case open, close
        /// Either; the pairing state decides (closes when a quote is open).
        case either
    }

    /// Byte offset of the mark.
    var start: Int
    /// Byte length of the mark (1 for `"`, 2 for guillemets, 3 for curly marks).
    var length: Int
    var glyph: Glyph
    var role: Role

    var end: Int { start + length }

    /// Marks of one family pair with each other: straight (1 byte), guillemets (2), curly (3).
    var family: Int { length }
}

/// What kind of character sits next to a mark.
enum NeighbourClass: UInt8 {
    case none, space, letter, openPunct, closePunct, dash, openMark, closeMark, straightMark, other

    /// Whether a mark followed by this may open a quote.
    var allowsOpeningAfter: Bool {
        switch self {
        case .none, .space, .closePunct, .closeMark: false
        default: true
        }
    }

    /// Whether a mark preceded by this may open a quote.
    var allowsOpeningBefore: Bool {
        switch self {
        case .none, .space, .openPunct, .dash, .openMark, .other: true
        default: false
        }
    }

    /// Whether a mark preceded by this may close a quote.
    var allowsClosingBefore: Bool {
        switch self {
        case .none, .space, .openPunct, .openMark: false
        default: true
        }
    }

    /// Whether a mark followed by this may close a quote.
    var allowsClosingAfter: Bool {
        switch self {
        case .none, .space, .closePunct, .dash, .closeMark, .other, .openPunct, .straightMark: true
        default: false
        }
    }
}
