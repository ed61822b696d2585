import LedeCore

/// Finds headline-like paragraphs: short, without a closing period, and in title case
/// (most longer words capitalised). Quotes in them are titles, not speech, unless they
/// echo an attributed quote of the body.
enum HeadlineDetector {
    /// Whether each quote opens in a headline-like paragraph. Only paragraphs where a
    /// quote opens are read (most paragraphs hold none).
    static func inHeadline(_ view: WordView, quotes: [FoundQuote]) -> [Bool] {
        var out: [Bool] = []
        out.reserveCapacity(quotes.count)
        var lastParagraph = -1
        var lastAnswer = false
        for q in quotes {
            if q.firstParagraph != lastParagraph {
                lastParagraph = q.firstParagraph
                lastAnswer = isHeadline(view, paragraph: q.firstParagraph)
            }
            out.append(lastAnswer)
        }
        return out
    }

    /// Whether paragraph `p` (an index into the document's paragraphs) is headline-like.
    static func isHeadline(_ view: WordView, paragraph p: Int) -> Bool {
        view.items.withUnsafeBufferPointer { items in
            view.paragraph.withUnsafeBufferPointer { paragraph in
                // The paragraph's first item: items are in text order, so paragraph numbers ascend.
                let target = Int32(truncatingIfNeeded: p)
                var lo = 0, hi = items.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if paragraph[mid] < target { lo = mid + 1 } else { hi = mid }
                }
                guard lo < items.count, paragraph[lo] == target else { return false }
                var words = 0, capitalized = 0
                var j = lo
                while j < items.count && paragraph[j] == target {
                    let it = items[j]
                    if it.kind == .word && it.end - it.start > 3 {
                        words += 1
                        if it.capitalized { capitalized += 1 }
                        if words > 25 { return false }
                    }
                    j += 1
                }
                let last = items[j - 1]
                let endsSentence = last.kind == .stop && view.bytes[Int(last.start)] == 0x2E
                return words >= 2 && capitalized * 10 >= words * 7 && !endsSentence
            }
        }
    }
}
