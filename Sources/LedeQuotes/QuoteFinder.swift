import LedeCore

/// Finds double-quoted passages in raw UTF-8 bytes, paragraph by paragraph.
///
/// - Curly `“ ”`, low `„`, guillemets `« »` and straight `"` marks; a straight mark
///   opens or closes according to its neighbours (like Markdown's flanking rules), and
///   a curly mark typed the wrong way round (`”Mr. Trump`) is read by context too.
/// - Single marks (`‘ ’ '`) never delimit a top-level quote, so apostrophes
///   (`Korea’s`, `’90s`, `rock ’n’ roll`) and quotes inside quotes cannot break pairing.
/// - Inch marks (`6'3"`), HTML attribute values (`id="…"`) and `<tag …>` markup are skipped.
/// - A paragraph that ends inside a quote continues into the next paragraph when that
///   one opens with a mark; the quote then spans first word to last.
/// - A mark of the other family inside a quote (`“` inside `"…"`) opens a quote inside
///   the quote; both are reported.
/// - Recovery is local: an opening mark while a quote is open drops the stray earlier
///   opening; a closing mark with nothing open is ignored; a quote still open at a
///   paragraph end (and not continued) ends there. Nothing throws.
public struct QuoteFinder: Sendable {
    /// Creates a finder.
    public init() {}

    /// Quotes in text order.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Span]) -> [FoundQuote] {
        var out: [FoundQuote] = []
        var marks: [QuoteMark] = []
        // A quote carried over from the previous paragraph: (opening mark, its paragraph).
        var carried: (mark: QuoteMark, paragraph: Int)?
        for (p, para) in paragraphs.enumerated() {
            marks.removeAll(keepingCapacity: true)
            collectMarks(bytes, para, into: &marks)
            var pending: (mark: QuoteMark, paragraph: Int)?
            var nested: QuoteMark?
            var k = 0
            if let c = carried {
                // The paragraph must open with a mark of the same family to continue the quote.
                if let first = marks.first, first.start == para.start, first.role != .close,
                   first.family == c.mark.family {
                    pending = c
                    k = 1
                } else {
                    emitUnclosed(c.mark, paragraph: c.paragraph, end: paragraphs[p - 1].end, bytes, &out)
                }
                carried = nil
            }
            while k < marks.count {
                let m = marks[k]
                k += 1
                let role: QuoteMark.Role = m.role == .either ? (pending == nil ? .open : .close) : m.role
                if role == .open {
                    if let open = pending, nested == nil, m.family != open.mark.family {
                        nested = m  // a quote inside the quote, in the other family of marks
                    } else {
                        if nested == nil { pending = (m, p) } else { nested = m }
                    }
                } else if let inner = nested, let open = pending,
                          !(m.family == open.mark.family && m.family != inner.family) {
                    // A quote inside the quote is a quote too (`“Shark Tank”` inside a transcript).
                    emit(inner, closeStart: m.start, closeEnd: m.end, first: p, last: p, bytes, &out)
                    nested = nil
                } else if let open = pending {
                    emit(open.mark, closeStart: m.start, closeEnd: m.end, first: open.paragraph, last: p, bytes, &out)
                    pending = nil
                    nested = nil
                }
            }
            if let open = pending {
                if p + 1 < paragraphs.count {
                    carried = open
                } else {
                    emitUnclosed(open.mark, paragraph: open.paragraph, end: para.end, bytes, &out)
                }
            }
        }
        out.sort { $0.outer.start < $1.outer.start }
        return out
    }

    private func emit(_ open: QuoteMark, closeStart: Int, closeEnd: Int, first: Int, last: Int,
                      _ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [FoundQuote]) {
        guard let inner = Self.trimmed(bytes, open.end, closeStart) else { return }
        out.append(FoundQuote(inner: inner, outer: Span(start: open.start, end: closeEnd), closed: true,
                              firstParagraph: first, lastParagraph: last))
    }

    private func emitUnclosed(_ open: QuoteMark, paragraph: Int, end: Int,
                              _ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [FoundQuote]) {
        guard let inner = Self.trimmed(bytes, open.end, end) else { return }
        out.append(FoundQuote(inner: inner, outer: Span(start: open.start, end: end), closed: false,
                              firstParagraph: paragraph, lastParagraph: paragraph))
    }

    /// The quoted words: white space trimmed at both ends, then trailing `, ; :` and one
    /// trailing `.`; nil when fewer than two bytes of words remain.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Span? {
        var a = lo, b = hi
        while a < b, let w = spaceWidth(bytes, a, b) { a += w }
        while b > a, let w = spaceWidthBefore(bytes, b, a) { b -= w }
        while b > a, bytes[b - 1] == 0x2C || bytes[b - 1] == 0x3B || bytes[b - 1] == 0x3A { b -= 1 }
        if b > a, bytes[b - 1] == 0x2E, !(b - a >= 3 && bytes[b - 2] == 0x2E) { b -= 1 }
        while b > a, let w = spaceWidthBefore(bytes, b, a) { b -= w }
        return b - a >= 2 ? Span(start: a, end: b) : nil
    }

    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
        let c = bytes[i]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { return 1 }
        if c == 0xC2, i + 1 < limit, bytes[i + 1] == 0xA0 { return 2 }
        return nil
    }

    private static func spaceWidthBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ limit: Int) -> Int? {
        let c = bytes[end - 1]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { return 1 }
        if c == 0xA0, end - 2 >= limit, bytes[end - 2] == 0xC2 { return 2 }
        return nil
    }

    /// Appends the double marks of one paragraph, with their context-decided roles.
    func collectMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ para: Span, into marks: inout [QuoteMark]) {
        var i = para.start
        let end = para.end
        guard let base = bytes.baseAddress else { return }
        let wordEnd = min(end, bytes.count)  // 8-byte loads never pass the buffer
        while i < end {
            // Skip eight bytes at a time while none of them can start a mark or a tag
            // (`<`, `"`, or a non-ASCII byte such as the lead byte of `“` or `«`).
            if i + 8 <= wordEnd {
                let found = Self.markBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if found == 0 {
                    i += 8
                    continue
                }
                // Jump to the first such byte (the lowest flagged one is exact).
                let skip = found.trailingZeroBitCount >> 3
                if skip > 0 {
                    i += skip
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x3C, i + 1 < end, Self.isASCIILetter(bytes[i + 1]) || bytes[i + 1] == 0x2F,
               let close = Self.tagEnd(bytes, i + 1, min(end, i + 600)) {
                i = close + 1
                continue
            }
            if b == 0x22 {
                if let m = straightMark(bytes, i, para) { marks.append(m) }
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x9C || c == 0x9E {
                    marks.append(curlyMark(bytes, i, 3, .opening, para))
                } else if c == 0x9D {
                    marks.append(curlyMark(bytes, i, 3, .closing, para))
                }
                i += 3
                continue
            }
            if b == 0xC2, i + 1 < end {
                if bytes[i + 1] == 0xAB { marks.append(curlyMark(bytes, i, 2, .opening, para)) }
                else if bytes[i + 1] == 0xBB { marks.append(curlyMark(bytes, i, 2, .closing, para)) }
                i += 2
                continue
            }
            i += 1
        }
    }

    private func straightMark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ para: Span) -> QuoteMark? {
        let prev = Self.classBefore(bytes, i, para.start)
        let next = Self.classAfter(bytes, i + 1, para.end)
        if i > para.start && bytes[i - 1] == 0x3D { return nil }  // attribute value: id="…"
        let canOpen = prev.allowsOpeningBefore && next.allowsOpeningAfter
        let canClose = prev.allowsClosingBefore && next.allowsClosingAfter
        if i > para.start, Self.isDigit(bytes[i - 1]), !canOpen, Self.isInchMark(bytes, i, para.start) {
            return nil
        }
        let role: QuoteMark.Role = canOpen && !canClose ? .open : (canClose && !canOpen ? .close : .either)
        return QuoteMark(start: i, length: 1, glyph: .straight, role: role)
    }

    private func curlyMark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int, _ glyph: QuoteMark.Glyph,
                           _ para: Span) -> QuoteMark {
        let prev = Self.classBefore(bytes, i, para.start)
        let next = Self.classAfter(bytes, i + length, para.end)
        let canOpen = prev.allowsOpeningBefore && next.allowsOpeningAfter
        let canClose = prev.allowsClosingBefore && next.allowsClosingAfter
        var role: QuoteMark.Role = glyph == .opening ? .open : .close
        if glyph == .opening && canClose && !canOpen { role = .close }
        if glyph == .closing && canOpen && !canClose { role = .open }
        return QuoteMark(start: i, length: length, glyph: glyph, role: role)
    }

    /// `6'3"`, `12"`: digits right before the mark, preceded by a foot mark or standing alone.
    private static func isInchMark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
        var j = i - 1
        while j >= lo && isDigit(bytes[j]) { j -= 1 }
        return j < lo || bytes[j] == 0x27 || bytes[j] == 0x20 || bytes[j] == 0x2D || bytes[j] == 0x78
    }

    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ limit: Int) -> Int? {
        var j = from
        while j < limit {
            if bytes[j] == 0x3E { return j }
            if bytes[j] == 0x3C || bytes[j] == 0x0A { return nil }
            j += 1
        }
        return nil
    }

    /// The high bit of each of eight bytes (little-endian) that is `<`, `"` or 0x80 or
    /// above; zero when there is none. Bits above the first flagged byte may be spurious.
    @inline(__always) private static func markBytes(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let lt = x ^ 0x3C3C_3C3C_3C3C_3C3C, quote = x ^ 0x2222_2222_2222_2222
        let zero = ((lt &- ones) & ~lt) | ((quote &- ones) & ~quote)
        return (zero | x) & high
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The class of the character ending at `i` (exclusive), or `.none` at the paragraph start.
    static func classBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> NeighbourClass {
        guard i > lo else { return .none }
        var j = i - 1
        while j > lo && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return classify(bytes, j, i)
    }

    /// The class of the character starting at `i`, or `.none` at the paragraph end.
    static func classAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> NeighbourClass {
        guard i < hi else { return .none }
        var j = i + 1
        while j < hi && bytes[j] & 0xC0 == 0x80 { j += 1 }
        return classify(bytes, i, j)
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> NeighbourClass {
        let b = bytes[s]
        if b < 0x80 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D: return .space
            case 0x28, 0x5B, 0x7B: return .openPunct
            case 0x29, 0x5D, 0x7D, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return .closePunct
            case 0x2D: return .dash
            case 0x22: return .straightMark
            case 0x27: return .letter
            default:
                return isASCIILetter(b) || isDigit(b) ? .letter : .other
            }
        }
        if b == 0xC2, e - s == 2 {
            if bytes[s + 1] == 0xA0 { return .space }
            if bytes[s + 1] == 0xAB { return .openMark }
            if bytes[s + 1] == 0xBB { return .closeMark }
        }
        if b == 0xE2, e - s == 3, bytes[s + 1] == 0x80 {
            switch bytes[s + 2] {
            case 0x93, 0x94, 0x95: return .dash
            case 0x9C, 0x98, 0x9E: return .openMark
            case 0x9D: return .closeMark
            case 0x99: return .letter
            case 0xA6: return .closePunct
            case 0x8B, 0x89, 0x8A, 0xAF, 0x80...0x88: return .space
            default: return .other
            }
        }
        return .letter
    }
}
