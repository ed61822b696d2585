/// Walks the first lines of a document looking for the header timestamp and the
/// dateline. Only lines starting within ``headBytes`` are read, at most
/// ``maxLines`` non-blank lines and ``maxLineBytes`` of each, so the cost per
/// document is bounded whatever its length.
struct HeadScanner {
    let bytes: [UInt8]
    var headBytes: Int
    var maxLines = 24
    var maxLineBytes = 1024
    /// Timestamp lines are short; longer lines are body or captions.
    var maxTimestampLineBytes = 200

    /// The header timestamp (the first one found before the body starts) and the dateline.
    func scan() -> (timestamp: ParsedTimestamp?, dateline: ParsedDateline?) {
        var timestamp: ParsedTimestamp?
        var lineStart = 0
        var lines = 0
        var prose = 0
        let headEnd = min(bytes.count, headBytes)
        while lineStart < headEnd, lines < maxLines {
            let cap = min(bytes.count, lineStart + maxLineBytes)
            let lineEnd = newline(from: lineStart, before: cap)
            let next = lineEnd < bytes.count && bytes[lineEnd] == 0x0A ? lineEnd + 1 : lineEnd
            var contentEnd = lineEnd
            while contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = HeadText(bytes: bytes, limit: contentEnd)
            let first = line.skipSpaces(lineStart)
            if first < contentEnd {
                lines += 1
                if timestamp == nil, prose < 3, contentEnd - first <= maxTimestampLineBytes {
                    timestamp = findTimestamp(from: first, to: contentEnd)
                }
                let parser = DatelineParser(text: line)
                if let dateline = parser.parse(from: first, allowBare: prose < 2, allowKnownBare: prose < 3,
                                                  headerAbove: lines > 1)
                    ?? (prose < 2 ? parser.parseAfterHeadline(from: first) : nil) {
                    return (timestamp, dateline)
                }
                prose += proseWeight(first, contentEnd)
                if prose >= 6 { break }
            }
            // A line cut at maxLineBytes continues past the cap: skip to its real end.
            var resume = next
            if lineEnd == cap && cap < bytes.count && bytes[cap] != 0x0A {
                resume = cap
                while resume < headEnd, bytes[resume] != 0x0A { resume += 1 }
                resume += 1
            }
            lineStart = resume
        }
        return (timestamp, nil)
    }

    /// The first line feed in `from..<limit`, or `limit`; eight bytes at a time.
    private func newline(from start: Int, before limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return limit }
            var i = start
            while i + 8 <= limit {
                let feeds = Swar.equal(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), 0x0A)
                if feeds != 0 { return i + feeds.trailingZeroBitCount >> 3 }
                i += 8
            }
            while i < limit, buf[i] != 0x0A { i += 1 }
            return i
        }
    }

    /// Tries each part of a line between `|`, `•`, `·` and ` / `.
    private func findTimestamp(from start: Int, to end: Int) -> ParsedTimestamp? {
        bytes.withUnsafeBufferPointer { buf -> ParsedTimestamp? in
            guard let base = buf.baseAddress else { return nil }
            /// The length of the separator at `i`, or 0.
            func separatorLength(_ i: Int) -> Int {
                switch buf[i] {
                case UInt8(ascii: "|"): return 1
                case UInt8(ascii: "/"): return i > start && buf[i - 1] == 0x20 && i + 1 < end && buf[i + 1] == 0x20 ? 1 : 0
                case 0xC2: return i + 1 < end && buf[i + 1] == 0xB7 ? 2 : 0
                case 0xE2: return i + 2 < end && buf[i + 1] == 0x80 && buf[i + 2] == 0xA2 ? 3 : 0
                default: return 0
                }
            }
            var segmentStart = start
            /// Parses the segment ending at a separator at `i`; moves past the separator.
            func segment(endingAt i: Int) -> ParsedTimestamp? {
                let length = separatorLength(i)
                guard length > 0 else { return nil }
                if let stamp = TimestampParser(text: HeadText(bytes: bytes, limit: i)).parse(from: segmentStart) {
                    return stamp
                }
                segmentStart = i + length
                return nil
            }
            // Separators start with `|`, `/`, 0xC2 or 0xE2 (none of their other bytes
            // is one), found eight bytes at a time.
            var i = start
            while i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                var hits = Swar.equal(w, UInt8(ascii: "|")) | Swar.equal(w, UInt8(ascii: "/"))
                    | Swar.equal(w, 0xC2) | Swar.equal(w, 0xE2)
                while hits != 0 {
                    if let stamp = segment(endingAt: i + hits.trailingZeroBitCount >> 3) { return stamp }
                    hits &= hits &- 1
                }
                i += 8
            }
            while i < end {
                if let stamp = segment(endingAt: i) { return stamp }
                i += 1
            }
            return TimestampParser(text: HeadText(bytes: bytes, limit: end)).parse(from: segmentStart)
        }
    }

    /// `- point`, `* point`, `• point`: a summary's bullets sit above the dateline.
    private func isBullet(_ start: Int, _ end: Int) -> Bool {
        let line = HeadText(bytes: bytes, limit: end)
        let b = bytes[start]
        if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*")) && line.spaceLength(at: start + 1) > 0 { return true }
        return line.matches(HeadScanner.bullet, at: start)
    }

    static let bullet: [UInt8] = Array("\u{2022}".utf8)

    /// Whether a line carries a photo credit (`(AP Photo/...)`, `REUTERS/...`, `Photo: ...`,
    /// `Getty Images`): captions sit above datelines and are not running text.
    private func isPhotoCaption(_ start: Int, _ end: Int) -> Bool {
        let line = HeadText(bytes: bytes, limit: end)
        return bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            // Every credit is longer than two bytes and begins `Ph`, `RE` or `Ge`; the
            // first bytes are found eight at a time.
            func candidate(_ i: Int) -> Bool {
                guard i + 1 < end else { return false }
                let b = buf[i], c = buf[i + 1]
                guard (b == UInt8(ascii: "P") && c == UInt8(ascii: "h")) || (b == UInt8(ascii: "R") && c == UInt8(ascii: "E"))
                    || (b == UInt8(ascii: "G") && c == UInt8(ascii: "e")) else { return false }
                return HeadScanner.photoCredits.contains { line.matches($0, at: i) }
            }
            var i = start
            while i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                var hits = Swar.equal(w, UInt8(ascii: "P")) | Swar.equal(w, UInt8(ascii: "R")) | Swar.equal(w, UInt8(ascii: "G"))
                while hits != 0 {
                    if candidate(i + hits.trailingZeroBitCount >> 3) { return true }
                    hits &= hits &- 1
                }
                i += 8
            }
            while i < end {
                if candidate(i) { return true }
                i += 1
            }
            return false
        }
    }

    static let photoCredits: [[UInt8]] = ["Photo:", "Photo/", "Photo by", "REUTERS/", "Getty Images", "Photograph:"]
        .map { Array($0.utf8) }

    /// How strongly a line shows that running text has begun: 2 for a line of 80 bytes
    /// or more ending like a sentence with enough lower-case words (a paragraph, not a
    /// title-case headline ending in a period), 1 for a line of mostly lower-case words
    /// that is part of a wrapped paragraph, 0 for headlines, decks, bylines, bullets,
    /// captions and other header lines (a short line standing between blank lines is a
    /// headline or deck even in sentence case).
    private func proseWeight(_ start: Int, _ end: Int) -> Int {
        guard end - start >= 40, !isBullet(start, end) else { return 0 }
        let weight = textWeight(start, end)
        return weight > 0 && isPhotoCaption(start, end) ? 0 : weight
    }

    private func textWeight(_ start: Int, _ end: Int) -> Int {
        var last = end - 1
        while last > start, bytes[last] == 0x20 || bytes[last] == 0x09 { last -= 1 }
        let (words, lower) = wordCounts(start, end)
        let proseLike = words >= 5 && lower * 10 >= words * 4
        if end - start >= 80 && proseLike {
            switch bytes[last] {
            case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""): return 2
            case 0x9D, 0x99:  // ” ’
                if last >= start + 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 { return 2 }
            default: break
            }
        }
        return proseLike && !standsAlone(start, end) ? 1 : 0
    }

    /// Whether blank lines (or the document's edges) surround the line.
    private func standsAlone(_ start: Int, _ end: Int) -> Bool {
        var before = start
        while before > 0, bytes[before - 1] != 0x0A { before -= 1 }
        var p = before - 1
        if p > 0, bytes[p - 1] == 0x0D { p -= 1 }
        let blankBefore = p <= 0 || bytes[p - 1] == 0x0A
        var after = end
        while after < bytes.count, bytes[after] == 0x0D || bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count, bytes[after] == 0x0A else { return blankBefore }
        var q = after + 1
        while q < bytes.count, bytes[q] == 0x0D || bytes[q] == 0x20 || bytes[q] == 0x09 { q += 1 }
        return blankBefore && (q >= bytes.count || bytes[q] == 0x0A)
    }

    /// Words of the line and how many begin with a lower-case ASCII letter.
    private func wordCounts(_ start: Int, _ end: Int) -> (words: Int, lower: Int) {
        var words = 0
        var lower = 0
        var atWordStart = true
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var i = start
            // Eight bytes at a time: a word starts at a non-space byte after a space
            // (or at the start); `carry` flags the byte before the word (bit 7).
            var carry: UInt64 = 0x80
            while i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let space = Swar.equal(w, 0x20) | Swar.equal(w, 0x09)
                let starts = ~space & (space << 8 | carry) & Swar.high
                words += starts.nonzeroBitCount
                lower += (starts & Swar.inRange(w, 0x61, 0x7A)).nonzeroBitCount
                carry = space >> 56
                i += 8
            }
            atWordStart = carry != 0
            while i < end {
                let b = buf[i]
                if b == 0x20 || b == 0x09 {
                    atWordStart = true
                } else if atWordStart {
                    atWordStart = false
                    words += 1
                    if b >= 0x61 && b <= 0x7A { lower += 1 }
                }
                i += 1
            }
        }
        return (words, lower)
    }
}

/// Byte tests on eight bytes at once, exact per byte (no carry between bytes): each
/// returns bit 7 of every byte that passes.
enum Swar {
    static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Bytes equal to `b`.
    @inline(__always)
    static func equal(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(b))
        return ~(((x & low7) &+ low7) | x) & high
    }

    /// ASCII bytes in `lo...hi` (`hi` < 0x7F).
    @inline(__always)
    static func inRange(_ w: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let v = w & low7
        let atLeastLo = v &+ ones &* UInt64(0x80 - lo)
        let aboveHi = v &+ ones &* UInt64(0x7F - hi)
        return atLeastLo & ~aboveHi & ~w & high
    }
}
