import LedeCore

/// Last sieve: a quote repeating the words of an attributed quote elsewhere in the
/// document (a headline's `“Significant Progress”` echoing the body) takes its speaker.
///
/// Built once after the other sieves have run: the attributed quotes are indexed by
/// their words, so each unattributed quote is one lookup (comparing every pair was
/// quadratic: 60,000 scare quotes in a 400 KB page took 20 s).
struct EchoSieve: AttributionSieve {
    let name = "echo"
    /// The first quote (in text order) with its own speaker mention, by ``key(_:_:)``.
    private let sources: [[UInt8]: Int]

    init(_ ctx: AttributionContext) {
        var sources: [[UInt8]: Int] = [:]
        for (q, found) in ctx.quotes.enumerated() {
            guard let a = ctx.decided[q], a.mention != nil, a.inheritedFrom == nil else { continue }
            let key = Self.key(ctx.view.bytes, found.inner)
            if sources[key] == nil { sources[key] = q }
        }
        self.sources = sources
    }

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        guard !sources.isEmpty, let other = sources[Self.key(ctx.view.bytes, ctx.quotes[q].inner)], other != q,
              let a = ctx.decided[other] else { return nil }
        return Attribution(mention: a.mention, cue: nil, rule: name, inheritedFrom: other)
    }

    /// A quote's words with ASCII case ignored: bit 0x20 set in every byte, so two spans
    /// have the same key exactly when each byte pair is equal or differs only in that bit.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> [UInt8] {
        bytes[span.range].map { $0 | 0x20 }
    }
}
