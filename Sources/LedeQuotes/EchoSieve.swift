import LedeCore

/// Last sieve: a quote repeating the words of an attributed quote elsewhere in the
/// document (a headline's `“Significant Progress”` echoing the body) takes its speaker.
///
/// Built once after the other sieves have run: the attributed quotes are indexed by
/// their words, so each unattributed quote is one lookup (comparing every pair was
/// quadratic: 60,000 scare quotes in a 400 KB page took 20 s). Only attributed quotes
/// as long as some unattributed one can be echoed, so only those are indexed, by a
/// 64-bit hash of their case-folded bytes; equal hashes are confirmed byte by byte.
struct EchoSieve: AttributionSieve {
    let name = "echo"
    /// The first quote (in text order) with its own speaker mention, by the hash of its words.
    private let sources: [UInt64: Int]
    /// Later indexed quotes with the same hash but other words: `next[q]`, -1 ends.
    private let next: [Int]

    init(_ ctx: AttributionContext) {
        var sources: [UInt64: Int] = [:]
        var next: [Int] = []
        // Candidate sources first (often none: then no lengths are collected at all).
        let candidates = ctx.quotes.indices.filter { q in
            ctx.decided[q]?.mention != nil && ctx.decided[q]?.inheritedFrom == nil
        }
        var lengths = Set<Int>()
        if !candidates.isEmpty {
            for (q, found) in ctx.quotes.enumerated() where ctx.decided[q] == nil { lengths.insert(found.inner.end - found.inner.start) }
        }
        if !lengths.isEmpty {
            next = [Int](repeating: -1, count: ctx.quotes.count)
            let bytes = ctx.view.bytes
            for q in candidates where lengths.contains(ctx.quotes[q].inner.end - ctx.quotes[q].inner.start) {
                let found = ctx.quotes[q]
                let h = Self.hash(bytes, found.inner)
                guard var e = sources[h] else { sources[h] = q; continue }
                // The first quote with these words wins; another with the same hash joins the chain.
                while !Self.sameWords(bytes, ctx.quotes[e].inner, found.inner) {
                    if next[e] < 0 { next[e] = q; break }
                    e = next[e]
                }
            }
        }
        self.sources = sources
        self.next = next
    }

    func attribute(_ q: Int, in ctx: AttributionContext) -> Attribution? {
        guard !sources.isEmpty else { return nil }
        let span = ctx.quotes[q].inner
        guard var other = sources[Self.hash(ctx.view.bytes, span)] else { return nil }
        while !Self.sameWords(ctx.view.bytes, ctx.quotes[other].inner, span) {
            other = next[other]
            if other < 0 { return nil }
        }
        guard other != q, let a = ctx.decided[other] else { return nil }
        return Attribution(mention: a.mention, cue: nil, rule: name, inheritedFrom: other)
    }

    /// Whether two spans have the same bytes with ASCII case ignored: bit 0x20 set in
    /// every byte, each byte pair is equal (as the lookup key always compared).
    static func sameWords(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Span, _ b: Span) -> Bool {
        let n = a.end - a.start
        guard b.end - b.start == n, a.start >= 0, b.start >= 0, a.end <= bytes.count, b.end <= bytes.count else {
            return false
        }
        var i = 0
        while i < n {
            if bytes[a.start + i] | 0x20 != bytes[b.start + i] | 0x20 { return false }
            i += 1
        }
        return true
    }

    /// A hash of the span's bytes with bit 0x20 set in each, eight bytes at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> UInt64 {
        guard let base = bytes.baseAddress, span.start >= 0, span.end <= bytes.count else { return 0 }
        let fold: UInt64 = 0x2020_2020_2020_2020, multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: span.end - span.start)
        var i = span.start
        while i + 8 <= span.end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | fold
            h = (h ^ x) &* multiplier
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < span.end {
            tail |= UInt64(base[i] | 0x20) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* multiplier
        return h ^ (h >> 32)
    }
}
