/// A person, organisation or described speaker in one document.
struct Entity: Sendable {
    /// What the entity is known to be.
    enum Kind: UInt8, Sendable {
        case person, organization, unknown
    }

    /// The canonical name: the fullest form first seen (`Lee Jae Myung`,
    /// `a senior US defense official`).
    var canonical: String
    /// Keys of the case-folded name words without hyphens or possessives (`lee`, `jae`, `myung`).
    var tokens: [WordKey]
    /// The name words as text, for spelling-variant checks.
    var words: [String]
    var kind: Kind
    /// Title words and description heads that describe it (`president`, `official`, `newspaper`).
    var heads: [WordKey]
    /// Byte offsets of its mentions, in text order.
    var positions: [Int]
    /// Whether it was introduced by a description rather than a name.
    var isDescription: Bool

    /// Adds title words or description heads not yet known.
    mutating func addHeads(_ new: [WordKey]) {
        for h in new where !heads.contains(h) { heads.append(h) }
    }
}
