import LedeCore

/// One word or punctuation mark as the attributor sees it.
struct WordItem: Sendable {
    /// What the item is.
    enum Kind: UInt8, Sendable {
        case word, number, comma, stop, colon, semicolon, dash, openParen, closeParen, mark, other
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// Whether the word starts with an upper-case letter.
    var capitalized: Bool
    /// Case-folded key of the word (``WordKey/none`` for punctuation).
    var key: WordKey

    var span: Span { Span(start: Int(start), end: Int(end)) }
    var isWord: Bool { kind == .word }
}
