import LedeCore

/// Finds headline-like paragraphs: short, without a closing period, and in title case
/// (most longer words capitalised). Quotes in them are titles, not speech, unless they
/// echo an attributed quote of the body.
enum HeadlineDetector {
    static func headlines(_ view: WordView, paragraphs: [Span]) -> Set<Int> {
        var out = Set<Int>()
        view.items.withUnsafeBufferPointer { items in
            view.paragraph.withUnsafeBufferPointer { paragraph in
                var i = 0
                let n = items.count
                while i < n {
                    let p = paragraph[i]
                    var words = 0, capitalized = 0
                    var j = i
                    while j < n && paragraph[j] == p {
                        let it = items[j]
                        if it.kind == .word && it.end - it.start > 3 {
                            words += 1
                            if it.capitalized { capitalized += 1 }
                        }
                        j += 1
                    }
                    let lastKind = items[j - 1].kind
                    let endsSentence = lastKind == .stop && view.bytes[Int(items[j - 1].start)] == 0x2E
                    if words >= 2 && words <= 25 && capitalized * 10 >= words * 7 && !endsSentence {
                        out.insert(Int(p))
                    }
                    i = j
                }
            }
        }
        return out
    }
}
