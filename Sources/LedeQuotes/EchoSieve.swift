import LedeCore

/// Last sieve: a quote repeating the words of an attributed quote elsewhere in the
/// document (a headline's `“Significant Progress”` echoing the body) takes its speaker.
struct EchoSieve: AttributionSieve {
    let name = "echo"

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        let mine = ctx.quotes[q].inner
        for (other, found) in ctx.quotes.enumerated() where other != q {
            guard let a = ctx.decided[other], a.mention != nil, a.inheritedFrom == nil else { continue }
            if Self.sameWords(ctx.view.bytes, mine, found.inner) {
                return Attribution(mention: a.mention, cue: nil, rule: name, inheritedFrom: other)
            }
        }
        return nil
    }

    /// Whether two spans hold the same bytes, ignoring ASCII case.
    static func sameWords(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Span, _ b: Span) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count {
            let x = bytes[a.start + k], y = bytes[b.start + k]
            if x != y && (x | 0x20) != (y | 0x20) { return false }
        }
        return true
    }
}
