import LedeCore

/// A phrase naming a speaker: a pronoun, a name (with any titles), or a description.
struct Mention: Sendable, Equatable {
    /// What sort of phrase it is.
    enum Kind: UInt8, Sendable {
        case pronoun, name, description
    }

    /// First and last item (inclusive) of the phrase.
    var first: Int
    var last: Int
    var kind: Kind
    /// First item of the bare name after any titles (names only).
    var nameFirst: Int
    /// Last item of the bare name (names) or the head noun (descriptions).
    var head: Int
}
