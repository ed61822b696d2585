/// How a known abbreviation that ends in a period behaves at a possible sentence end.
public enum AbbreviationKind: Sendable, Hashable {
    /// A title or connective that precedes what it belongs to and never ends a
    /// sentence (`Mr.`, `Gen.`, `Sen.`, `St.`, `vs.`).
    case title
    /// A month: not a sentence end before a number (`Oct. 28`), otherwise like ``terminal``.
    case month
    /// A number label: not a sentence end before a number (`No. 2`), otherwise like ``terminal``.
    case numberPrefix
    /// An abbreviation that may end a sentence (`Inc.`, `Jr.`, `etc.`, dotted
    /// acronyms such as `U.S.` and `a.m.`, initials such as `J.`): the sentence
    /// ends only when a common sentence starter follows (see ``SentenceSplitter``).
    case terminal
}
