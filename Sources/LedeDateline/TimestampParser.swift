import LedeCore

/// Reads printed timestamps such as `Tuesday, 02 January 2024 12:17 GMT`,
/// `Nov 05, 2025, 10:05 am`, `Oct. 28, 2025`, `2025-11-05T10:05:00+09:00`,
/// `Fri, 12 Dec 2014 10:55:50 +0000` and `Updated 10:05 AM EST, November 5, 2025`.
///
/// A timestamp counts only when it fills its segment (a line, or a part of a line
/// between `|`, `•` or `·`), optionally after a label such as `Published:`; a date
/// inside a sentence is never one.
struct TimestampParser {
    let text: HeadText

    /// The timestamp filling `start..<text.limit`, if any.
    func parse(from start: Int) -> ParsedTimestamp? {
        var p = skipLabel(text.skipSpaces(start))
        p = skipWeekday(p)
        var clock: Clock?
        if let leading = time(at: p) {
            clock = leading
            p = text.skipSpaces(leading.end)
            if text.byte(p) == UInt8(ascii: ",") { p = text.skipSpaces(p + 1) }
            if let on = text.asciiWord(at: p), on.key == HeadText.pack("on") { p = text.skipSpaces(on.end) }
            p = skipWeekday(p)
        }
        guard let day = date(at: p) else { return nil }
        var end = day.end
        if clock == nil {
            var q = end
            if text.byte(q) == UInt8(ascii: "T") {
                q += 1
            } else {
                q = text.skipSpaces(q)
                if let b = text.byte(q), b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") {
                    q = text.skipSpaces(q + 1)
                } else if let at = text.asciiWord(at: q), at.key == HeadText.pack("at") {
                    q = text.skipSpaces(at.end)
                }
            }
            if let trailing = time(at: q) {
                clock = trailing
                end = trailing.end
            }
        }
        guard endsSegment(after: end) else { return nil }
        return ParsedTimestamp(span: Span(start: text.skipSpaces(start), end: end), date: day.date,
                               time: clock?.text, zone: clock?.zone, offsetMinutes: clock?.offset)
    }

    // MARK: - Dates

    private func date(at p: Int) -> (date: CalendarDate, end: Int)? {
        if let iso = numericDate(at: p) { return iso }
        if let day = text.number(at: p, maxDigits: 2) {
            // 02 January 2024, 12 Dec 2014
            var q = text.skipSpaces(skipOrdinal(day.end))
            guard q > day.end || text.letter(at: q) != nil, let month = monthWord(at: q) else { return nil }
            q = text.skipSpaces(month.end)
            if text.byte(q) == UInt8(ascii: ",") { q = text.skipSpaces(q + 1) }
            guard let year = year(at: q), let date = CalendarDate(year: year.value, month: month.month, day: day.value)
            else { return nil }
            return (date, year.end)
        }
        // September 25, 2025; Nov 05, 2025; Oct. 28, 2025
        guard let month = monthWord(at: p) else { return nil }
        var q = text.skipSpaces(month.end)
        guard q > month.end, let day = text.number(at: q, maxDigits: 2) else { return nil }
        q = skipOrdinal(day.end)
        if text.byte(q) == UInt8(ascii: ",") { q += 1 }
        let yearStart = text.skipSpaces(q)
        guard yearStart > day.end, let year = year(at: yearStart),
              let date = CalendarDate(year: year.value, month: month.month, day: day.value) else { return nil }
        return (date, year.end)
    }

    /// `2025-11-05`, `2025/11/05`, `2025.11.05`.
    private func numericDate(at p: Int) -> (date: CalendarDate, end: Int)? {
        guard let year = year(at: p), let sep = text.byte(year.end),
              sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: "."),
              let month = text.number(at: year.end + 1, maxDigits: 2), text.byte(month.end) == sep,
              let day = text.number(at: month.end + 1, maxDigits: 2),
              let date = CalendarDate(year: year.value, month: month.value, day: day.value) else { return nil }
        return (date, day.end)
    }

    /// Four digits; a digit right after them is allowed only where a time follows with
    /// no space (`November 5, 20253:14 AM`, as copied from some sites).
    private func year(at p: Int) -> (value: Int, end: Int)? {
        var value = 0
        for i in p..<(p + 4) {
            guard let b = text.byte(i), b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        let end = p + 4
        guard (1900...2199).contains(value) else { return nil }
        if let b = text.byte(end), b >= 0x30, b <= 0x39, time(at: end) == nil { return nil }
        if let b = text.byte(end), text.letter(at: end) != nil, b != UInt8(ascii: "T") { return nil }
        return (value, end)
    }

    private func monthWord(at p: Int) -> (month: Int, end: Int)? {
        guard let word = text.asciiWord(at: p), let month = CalendarWords.months[word.key] else { return nil }
        return (month, text.byte(word.end) == UInt8(ascii: ".") ? word.end + 1 : word.end)
    }

    private func skipOrdinal(_ p: Int) -> Int {
        guard let word = text.asciiWord(at: p), word.length == 2 else { return p }
        return TimestampParser.ordinals.contains(word.key) ? word.end : p
    }

    static let ordinals: Set<UInt64> = Set(["st", "nd", "rd", "th"].map(HeadText.pack))

    private func skipWeekday(_ p: Int) -> Int {
        guard let word = text.asciiWord(at: p), CalendarWords.weekdays.contains(word.key) else { return p }
        var q = word.end
        if text.byte(q) == UInt8(ascii: ".") { q += 1 }
        if text.byte(q) == UInt8(ascii: ",") { q += 1 }
        let next = text.skipSpaces(q)
        return next > q || text.byte(next) == nil ? next : p
    }

    /// `Published:`, `Updated on`, `Last updated:`, `Posted at` ...
    private func skipLabel(_ p: Int) -> Int {
        var q = p
        var sawLabel = false
        while let word = text.asciiWord(at: q), TimestampParser.labels.contains(word.key) || (sawLabel && isConnector(word.key)) {
            sawLabel = true
            q = text.skipSpaces(word.end)
            if text.byte(q) == UInt8(ascii: ":") { q = text.skipSpaces(q + 1) }
        }
        return sawLabel ? q : p
    }

    private func isConnector(_ key: UInt64) -> Bool {
        key == HeadText.pack("on") || key == HeadText.pack("at")
    }

    static let labels: Set<UInt64> = Set(["published", "updated", "posted", "last", "first", "date", "dated",
                                          "created", "modified", "released", "issued"].map(HeadText.pack))

    /// Whether nothing but an end or another labelled timestamp follows `end` in the segment.
    private func endsSegment(after end: Int) -> Bool {
        var q = text.skipSpaces(end)
        while let b = text.byte(q), b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") {
            q = text.skipSpaces(q + 1)
        }
        guard text.byte(q) != nil else { return true }
        if let word = text.asciiWord(at: q), TimestampParser.labels.contains(word.key) { return true }
        return false
    }

    // MARK: - Times and zones

    struct Clock {
        var text: String
        var zone: String?
        var offset: Int?
        var end: Int
    }

    /// `10:05`, `10:05:50`, `10:05 am`, `10:05 a.m. EST`, `13:09 PDT`, `10:05:00.000Z`, `10:05+09:00`.
    private func time(at p: Int) -> Clock? {
        // `10.05 GMT` (Guardian style) counts only with a zone or am/pm after it.
        guard var hour = text.number(at: p, maxDigits: 2), let colon = text.byte(hour.end),
              colon == UInt8(ascii: ":") || colon == UInt8(ascii: "."),
              let minute = text.number(at: hour.end + 1, minDigits: 2, maxDigits: 2), minute.value < 60
        else { return nil }
        if colon == UInt8(ascii: "."), meridiem(at: text.skipSpaces(minute.end)) == nil, zone(at: minute.end) == nil {
            return nil
        }
        var end = minute.end
        var second: Int?
        if text.byte(end) == UInt8(ascii: ":"), let s = text.number(at: end + 1, minDigits: 2, maxDigits: 2), s.value < 61 {
            second = s.value
            end = s.end
            if text.byte(end) == UInt8(ascii: "."), let fraction = text.number(at: end + 1, maxDigits: 9) { end = fraction.end }
        }
        if let meridiem = meridiem(at: text.skipSpaces(end)) {
            guard (1...12).contains(hour.value) else { return nil }
            hour.value = hour.value % 12 + (meridiem.pm ? 12 : 0)
            end = meridiem.end
        } else if let b = text.byte(end), text.letter(at: end) != nil, b != UInt8(ascii: "Z") {
            return nil
        }
        guard hour.value < 24 else { return nil }
        var clock = Clock(text: two(hour.value) + ":" + two(minute.value) + (second.map { ":" + two($0) } ?? ""), end: end)
        if let zone = zone(at: end) {
            clock.zone = zone.text
            clock.offset = zone.offset
            clock.end = zone.end
        }
        return clock
    }

    private func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    private func meridiem(at p: Int) -> (pm: Bool, end: Int)? {
        guard let b = text.byte(p) else { return nil }
        let lower = b | 0x20
        guard lower == UInt8(ascii: "a") || lower == UInt8(ascii: "p") else { return nil }
        var q = p + 1
        if text.byte(q) == UInt8(ascii: ".") { q += 1 }
        guard let m = text.byte(q), m | 0x20 == UInt8(ascii: "m") else { return nil }
        q += 1
        if text.byte(q) == UInt8(ascii: ".") { q += 1 }
        if text.letter(at: q) != nil { return nil }
        return (lower == UInt8(ascii: "p"), q)
    }

    /// A zone right after a time: `Z`, `+0000`, `+09:00`, `GMT`, `GMT+9`, `(KST)`.
    private func zone(at end: Int) -> (text: String, offset: Int?, end: Int)? {
        if text.byte(end) == UInt8(ascii: "Z"), text.letter(at: end + 1) == nil {
            return ("Z", 0, end + 1)
        }
        if let offset = offset(at: end) { return (slice(end, offset.end), offset.minutes, offset.end) }
        var p = text.skipSpaces(end)
        let open = text.byte(p) == UInt8(ascii: "(")
        if open { p += 1 }
        if let offset = offset(at: p), p > end {
            let close = open && text.byte(offset.end) == UInt8(ascii: ")") ? offset.end + 1 : offset.end
            return (slice(p, offset.end), offset.minutes, close)
        }
        var q = p
        while let b = text.byte(q), b >= 0x41, b <= 0x5A, q - p < 5 { q += 1 }
        guard q > p, text.letter(at: q) == nil, q > end else { return nil }
        let name = slice(p, q)
        var minutes: Int?
        guard let known = CalendarWords.zones[name] else { return nil }
        minutes = known
        var zoneEnd = q
        if name == "GMT" || name == "UTC", let extra = offset(at: q) {
            minutes = extra.minutes
            zoneEnd = extra.end
        }
        let printed = slice(p, zoneEnd)
        if open {
            guard text.byte(zoneEnd) == UInt8(ascii: ")") else { return nil }
            zoneEnd += 1
        }
        return (printed, minutes, zoneEnd)
    }

    /// `+0000`, `-05:00`, `+9`, `+09`.
    private func offset(at p: Int) -> (minutes: Int, end: Int)? {
        guard let sign = text.byte(p), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
              let digits = text.number(at: p + 1, maxDigits: 4) else { return nil }
        var hours = digits.value
        var minutes = 0
        var end = digits.end
        let count = digits.end - p - 1
        if count == 4 || count == 3 {
            hours = digits.value / 100
            minutes = digits.value % 100
        } else if text.byte(end) == UInt8(ascii: ":"), let m = text.number(at: end + 1, minDigits: 2, maxDigits: 2) {
            minutes = m.value
            end = m.end
        }
        guard hours <= 14, minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return (sign == UInt8(ascii: "-") ? -total : total, end)
    }

    private func slice(_ a: Int, _ b: Int) -> String {
        String(decoding: text.bytes[a..<b], as: UTF8.self)
    }
}
