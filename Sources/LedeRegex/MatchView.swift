import CPCRE2
import LedeCore

/// One match as PCRE2 reports it, read in place from the thread's ovector: valid only
/// inside the `forEachMatch` body that receives it (copy it into a ``RegexMatch`` to keep).
public struct MatchView {
    let ovector: UnsafePointer<Int>
    /// Groups PCRE2 reported (1 + the highest set group); later ones are unset.
    let groupCount: Int
    /// 1 + the pattern's capture count.
    let capacity: Int

    /// The whole match.
    public var span: Span { Span(start: ovector[0], end: ovector[1]) }

    /// Number of groups, counting the whole match as group 0.
    public var count: Int { capacity }

    /// Group `number`'s span (0 is the whole match), or `nil` if it did not take part.
    public func group(_ number: Int) -> Span? {
        guard number >= 0, number < groupCount else { return nil }
        let start = ovector[2 * number], end = ovector[2 * number + 1]
        guard start != lede_pcre2_unset(), end != lede_pcre2_unset(), start <= end else { return nil }
        return Span(start: start, end: end)
    }

    /// The first set group among `numbers` (a name shared by several groups).
    public func firstSetGroup(_ numbers: [Int]) -> Span? {
        for n in numbers {
            if let span = group(n) { return span }
        }
        return nil
    }
}
