import LedeCore

/// Reads the dateline that may open a line: `WASHINGTON (AP) —`, `LONDON, March 2 (Reuters) -`,
/// `Hong Kong (AFP) –`, `BAHIA BLANCA, Argentina, March 2 -`, `SEOUL –`, `CHESTERFIELD, S.C. --`,
/// `Yokota Air Base, Oct 28 (NationPress)`, `(MENAFN)`, `Oct 22 (Reuters) -`,
/// `(07-17) 13:09 PDT BERKELEY --`.
///
/// The evidence needed grows as the form gets weaker: a printed date or agency is
/// enough; a place followed by a bare dash must carry a state or country, be a known
/// city, or be all capitals (a country, or a town name that is not an acronym, a
/// headline kicker such as `EXCLUSIVE` or a possessive), and must open a paragraph of
/// body text.
struct DatelineParser {
    let text: HeadText

    /// The dateline opening the line at `lineStart`. `allowBare` admits the weakest
    /// forms (a place and a dash or colon, with no date or agency); the scanner turns it
    /// off once running text has begun. `headerAbove` tells that a headline or other
    /// header line precedes, so a title-case `Dubai:` cannot be a headline's subject.
    /// `allowKnownBare` still admits a bare dateline of a known place in capitals with a
    /// spaced dash after one paragraph (an abstract or editor's note above the story).
    func parse(from lineStart: Int, allowBare: Bool = true, allowKnownBare: Bool = false,
               headerAbove: Bool = false) -> ParsedDateline? {
        let start = text.skipSpaces(lineStart)
        var p = start
        var lead: (month: Int, day: Int)?
        if let stamp = leadingTimestamp(at: p) {
            lead = (stamp.month, stamp.day)
            p = stamp.end
        }
        // (MENAFN) South Korean President ...
        if let agency = agency(at: p) {
            guard let end = end(afterAgency: agency.end), bodyFollows(text.skipSpaces(end)) else { return nil }
            return ParsedDateline(span: Span(start: start, end: end), month: lead?.month, day: lead?.day,
                                  source: agency.name)
        }
        // Oct 22 (Reuters) - ...
        if let date = datePart(at: p) {
            guard let agency = agency(at: text.skipSpaces(date.end)), let end = end(afterAgency: agency.end)
            else { return nil }
            return ParsedDateline(span: Span(start: start, end: end), year: date.year, month: date.month ?? lead?.month,
                                  day: date.day ?? lead?.day, source: agency.name)
        }
        guard let place = name(at: p, maxWords: 6), !startsWithNonPlace(place) else { return nil }
        var locationEnd = bracket(after: place.end) ?? place.end
        var qualifiers: [Name] = []
        var date: DatePart?
        var q = locationEnd
        if text.byte(text.skipSpaces(q)) == UInt8(ascii: ","), text.skipSpaces(q) - q <= 1 { q = text.skipSpaces(q) }
        while text.byte(q) == UInt8(ascii: ",") {
            let next = text.skipSpaces(q + 1)
            guard next > q + 1 else { return nil }  // `CHESTERFIELD,S.C.`: not a dateline
            if let d = datePart(at: next) {
                date = d
                q = d.end
                break
            }
            guard qualifiers.count < 2, let qualifier = name(at: next, maxWords: 4) else { return nil }
            qualifiers.append(qualifier)
            locationEnd = bracket(after: qualifier.end) ?? qualifier.end
            q = locationEnd
        }
        // A typo such as `New york, March 2 -` needs the printed date and a known city
        // (`Police said, March 2 -` is no place).
        if place.endsLowercase && (date?.month == nil || !Gazetteer.isCity(text.bytes[place.start..<place.end])) {
            return nil
        }
        // Most capitalised line openings are no dateline: without a date, one of an
        // agency, a colon or a dash must follow the place (the checks below, done first
        // here so the location is only spelled out for candidates).
        if date == nil, text.byte(q) != UInt8(ascii: ":"), separator(at: q) == nil,
           agency(at: text.skipSpaces(q)) == nil {
            return nil
        }
        let location = LocationText.display(text.bytes[place.start..<locationEnd])
        // `03/04/2025` reads day first, except in the United States.
        if var d = date, d.dayMonthSwappable, Gazetteer.locate(location)?.country == "US" {
            (d.month, d.day) = (d.day, d.month)
            date = d
        }
        var result = ParsedDateline(span: Span(start: start, end: q), location: location, year: date?.year,
                                    month: date?.month ?? lead?.month, day: date?.day ?? lead?.day)
        // `MOSCOW, November 5. /TASS/.`
        let agencyStart = date != nil && text.byte(q) == UInt8(ascii: ".") ? q + 1 : q
        if let agency = agency(at: text.skipSpaces(agencyStart)) {
            guard let end = end(afterAgency: agency.end) else { return nil }
            result.source = agency.name
            result.span.end = end
            return result
        }
        // `TOKYO, Nov 5 Kyodo -`: after a date, one capitalised word before the dash is the agency.
        if date?.month != nil, let agency = bareAgency(at: text.skipSpaces(q)) {
            result.source = agency.name
            result.span.end = agency.end
            return result
        }
        // `NEW DELHI: The government ...`, `KARACHI, Nov 5: ...`
        if text.byte(q) == UInt8(ascii: ":"), text.spaceLength(at: q + 1) > 0 {
            let body = text.skipSpaces(q + 1)
            guard bodyFollows(body) else { return nil }
            result.span.end = q + 1
            if date?.month != nil { return result }
            guard allowBare, paragraphContinues(body), !containsKicker(place),
                  colonPlaceKnown(place, qualifiers: qualifiers, headerAbove: headerAbove) else { return nil }
            return result
        }
        guard let separator = separator(at: q) else { return nil }
        result.span.end = separator.end
        // `SAN FRANCISCO--(BUSINESS WIRE)--`
        if let agency = agency(at: separator.next), let second = self.separator(at: agency.end) {
            result.source = agency.name
            result.span.end = second.end
            return result
        }
        if date?.month != nil || lead != nil { return result }
        // A bare place and dash: the weakest form.
        guard allowBare || allowKnownBare, bodyFollows(separator.next), paragraphContinues(separator.next) else { return nil }
        if !allowBare {
            let spaced = text.spaceLength(at: q) > 0 && separator.next > separator.end
            let known = qualifiers.last.map { Gazetteer.isRegionOrCountry(text.bytes[$0.start..<$0.end]) }
                ?? Gazetteer.isCity(text.bytes[place.start..<place.end])
            return spaced && place.allCapitals && known ? result : nil
        }
        if let last = qualifiers.last {
            let qualifierKnown = Gazetteer.isRegionOrCountry(text.bytes[last.start..<last.end])
            return place.allCapitals || qualifierKnown ? result : nil
        }
        let name = text.bytes[place.start..<place.end]
        if Gazetteer.isCity(name) { return result }
        // Past here only all capitals count: a country (`SINGAPORE -`), or an unknown town
        // that is no acronym (`NASA -`, `U.S. -`), kicker, possessive or lone headline.
        guard place.allCapitals, !name.contains(UInt8(ascii: ".")) else { return nil }
        if Gazetteer.isCountry(name) { return result }
        let letters = name.filter { $0 >= 0x41 && $0 <= 0x5A }.count
        // `SIEGEL--Jerome Arthur, 98,` (a paid notice): an unknown name needs a spaced dash.
        let spaced = text.spaceLength(at: q) > 0 || separator.next > separator.end
        guard spaced, place.words <= 4, letters >= 5, !containsKicker(place), !isPossessive(place), !endsLikeHeadline()
        else { return nil }
        return result
    }

    /// A dateline printed on the headline's line (`Storm batters coast MIAMI (AP) — ...`):
    /// only the strong form, an all-capital place with an agency, where a run of
    /// capitals begins after a word ending in a lower-case letter, within the first
    /// ``joinedHeadlineBytes`` bytes.
    func parseAfterHeadline(from lineStart: Int) -> ParsedDateline? {
        let end = min(text.limit, lineStart + DatelineParser.joinedHeadlineBytes)
        // A candidate `i` follows a space and starts with a capital or a non-ASCII byte
        // (an all-capital word's first letter; most words after a space are lower case).
        func candidate(_ i: Int) -> ParsedDateline? {
            let first = text.bytes[i]
            guard (first >= 0x41 && first <= 0x5A) || first >= 0xC0,
                  let before = text.letter(at: i - 2), before.lower,
                  let w = word(at: i), w.allCapitals, w.end - i >= 3,
                  let found = parse(from: i, allowBare: false), found.source != nil, found.location != nil
            else { return nil }
            return found
        }
        // The spaces at `j` in `lineStart + 1 ..< end - 1` (so `i = j + 1` runs over
        // `lineStart + 2 ..< end`), found eight bytes at a time, in text order.
        return text.bytes.withUnsafeBufferPointer { buf -> ParsedDateline? in
            guard let base = buf.baseAddress else { return nil }
            var j = lineStart + 1
            while j + 8 <= end - 1 {
                var spaces = Swar.equal(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self), 0x20)
                while spaces != 0 {
                    if let found = candidate(j + spaces.trailingZeroBitCount >> 3 + 1) { return found }
                    spaces &= spaces &- 1
                }
                j += 8
            }
            while j < end - 1 {
                if buf[j] == 0x20, let found = candidate(j + 1) { return found }
                j += 1
            }
            return nil
        }
    }

    static let joinedHeadlineBytes = 300

    /// Whether the line stands alone (a blank line or the end follows) without ending
    /// like a sentence: `FED HOLDS RATES - Policymakers signal patience`.
    private func endsLikeHeadline() -> Bool {
        let bytes = text.bytes
        var i = text.limit
        if i < bytes.count, bytes[i] == 0x0D { i += 1 }
        let nextIsBlank = i + 1 >= bytes.count || bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D
        guard nextIsBlank else { return false }
        var last = text.limit - 1
        while last > 0, text.spaceLength(at: last) > 0 { last -= 1 }
        guard last >= 0, last < bytes.count else { return true }
        switch bytes[last] {
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""), 0x9D: return false
        default: return true
        }
    }

    /// `New Delhi [India]`: a bracketed qualifier right after a name.
    private func bracket(after end: Int) -> Int? {
        let open = text.skipSpaces(end)
        guard open - end <= 1, text.byte(open) == UInt8(ascii: "["), let inner = name(at: open + 1, maxWords: 4),
              text.byte(inner.end) == UInt8(ascii: "]") else { return nil }
        return inner.end + 1
    }

    /// `Friday ...`, `By Karl Plume`, `IN WASHINGTON`: a weekday, byline or preposition
    /// never opens a place (a month may: `MARCH AIR RESERVE BASE`).
    private func startsWithNonPlace(_ name: Name) -> Bool {
        guard let w = text.asciiWord(at: name.start), text.letter(at: w.end) == nil, text.byte(w.end) != UInt8(ascii: "-")
        else { return false }
        return CalendarWords.weekdays.contains(w.key) || DatelineParser.nonPlaceOpeners.contains(w.key)
    }

    static let nonPlaceOpeners: Set<UInt64> = Set(["by", "in", "at", "from", "for", "to", "with", "on", "into", "reporting",
                                                   "editing", "writing", "additional", "contact", "source", "credit"]
                                                   .map(HeadText.pack))

    /// A colon after a place is also how headlines name their subject (`Sanders: ...`,
    /// `POLL: ...`), so the place must be known: an all-capital city, region or country
    /// (or one with a known qualifier), or a title-case city below a header line.
    private func colonPlaceKnown(_ place: Name, qualifiers: [Name], headerAbove: Bool) -> Bool {
        let name = text.bytes[place.start..<place.end]
        if let last = qualifiers.last {
            return Gazetteer.isRegionOrCountry(text.bytes[last.start..<last.end]) && (place.allCapitals || headerAbove)
        }
        if place.allCapitals { return Gazetteer.isCity(name) || Gazetteer.isRegionOrCountry(name) }
        return headerAbove && Gazetteer.isCity(name)
    }

    /// `Kyodo -`: a single capitalised word (not a month or weekday) and a dash.
    private func bareAgency(at p: Int) -> (name: String, end: Int)? {
        guard let w = word(at: p), !w.firstLower, w.end - p >= 2, w.end - p <= 16,
              let key = text.asciiWord(at: p).map(\.key), CalendarWords.months[key] == nil,
              !CalendarWords.weekdays.contains(key), let separator = separator(at: w.end), bodyFollows(separator.next)
        else { return nil }
        return (String(decoding: text.bytes[p..<w.end], as: UTF8.self), separator.end)
    }

    /// `BIDEN'S PLAN`: places are not possessives.
    private func isPossessive(_ name: Name) -> Bool {
        var i = name.start
        while i + 1 < name.end {
            if text.bytes[i] == UInt8(ascii: "'"), text.bytes[i + 1] | 0x20 == UInt8(ascii: "s"),
               i + 2 == name.end || text.spaceLength(at: i + 2) > 0 { return true }
            i += 1
        }
        return false
    }

    /// Whether the text after a bare dash runs on like a paragraph rather than ending
    /// like a headline (`Paris - The City of Light Reborn`): at least 50 bytes on the
    /// line, or a next line that continues it.
    private func paragraphContinues(_ p: Int) -> Bool {
        if text.limit - p >= 50 { return true }
        let bytes = text.bytes
        var i = text.limit
        if i < bytes.count, bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == 0x0A, i + 1 < bytes.count else { return false }
        let next = bytes[i + 1]
        return next != 0x0A && next != 0x0D
    }

    // MARK: - Names

    struct Name {
        var start: Int
        var end: Int
        var words: Int
        var allCapitals: Bool
        var endsLowercase = false
    }

    /// Capitalised words (`Yokota Air Base`, `BAHIA BLANCA`, `St. Louis`, `Rio de Janeiro`, `S.C.`).
    private func name(at p: Int, maxWords: Int) -> Name? {
        var q = p
        var result = Name(start: p, end: p, words: 0, allCapitals: true)
        while let word = word(at: q) {
            if word.firstLower {
                // A connector between capitalised words (`Isle of Man`, `Rio de Janeiro`), or a
                // miscapitalised last word before a comma (`New york,`).
                if result.words > 0, text.byte(word.end) == UInt8(ascii: ","), !DatelineParser.connectors.contains(word.key) {
                    result.endsLowercase = true
                } else {
                    guard result.words > 0, DatelineParser.connectors.contains(word.key),
                          let after = nextWordStart(word.end), let following = self.word(at: after), !following.firstLower
                    else { break }
                }
            } else if !word.allCapitals {
                result.allCapitals = false
            }
            result.words += 1
            result.end = word.end
            guard result.words < maxWords + 1, let next = nextWordStart(word.end) else { break }
            q = next
        }
        guard result.words > 0, result.words <= maxWords else { return nil }
        return result
    }

    /// Where the next word begins after one or two spaces, or `nil`.
    private func nextWordStart(_ end: Int) -> Int? {
        let next = text.skipSpaces(end)
        guard next > end, next - end <= 2 else { return nil }
        return next
    }

    struct Word {
        var end: Int
        var firstLower: Bool
        var allCapitals: Bool
        var key: UInt64
    }

    /// A word of letters with inner `.`, `'`, `’`, `&`, `/` and single hyphens.
    private func word(at p: Int, slash: Bool = true) -> Word? {
        guard let first = text.letter(at: p) else { return nil }
        var q = p + first.length
        var lower = first.lower
        while let b = text.byte(q) {
            if let l = text.letter(at: q) {
                lower = lower || l.lower
                q += l.length
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&") {
                q += 1
            } else if (b == UInt8(ascii: "-") || (slash && b == UInt8(ascii: "/"))) && text.letter(at: q + 1) != nil {
                q += 1
            } else if text.matches(DatelineParser.rightQuote, at: q), text.letter(at: q + 3) != nil {
                q += 3
            } else {
                break
            }
        }
        if let b = text.byte(q), b >= 0x30, b <= 0x39 { return nil }
        let key = text.asciiWord(at: p).map { $0.end == q ? $0.key : 0 } ?? 0
        return Word(end: q, firstLower: first.lower, allCapitals: !lower, key: key)
    }

    static let rightQuote: [UInt8] = Array("\u{2019}".utf8)
    static let connectors: Set<UInt64> = Set(["of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
                                              "la", "le", "les", "el", "al", "am", "an", "and", "on", "upon", "sur",
                                              "the", "y", "en", "im", "aan", "van", "von", "der"].map(HeadText.pack))

    /// Words that open headlines and kickers rather than datelines.
    static let kickers: Set<UInt64> = Set(["breaking", "exclusive", "update", "updated", "urgent", "flash", "alert",
                                           "analysis", "opinion", "editorial", "review", "correction", "corrected",
                                           "watch", "live", "video", "photos", "photo", "news", "feature", "interview",
                                           "wrapup", "factbox", "timeline", "preview", "column", "commentary",
                                           "spotlight", "economic", "market", "markets", "report", "refile",
                                           "insight", "focus", "poll", "advisory", "note", "top",
                                           "summary", "table", "text", "highlights", "bulletin", "sports", "file", "graphic",
                                           "graphics", "buzz", "rpt", "repeat", "corrects", "obituary", "recap",
                                           "explainer", "factcheck", "editor", "editors", "listen", "read"]
                                           .map(HeadText.pack))

    private func containsKicker(_ name: Name) -> Bool {
        var q = name.start
        while q < name.end {
            if let w = text.asciiWord(at: q) {
                if DatelineParser.kickers.contains(w.key) { return true }
                q = w.end
            } else {
                q += 1
            }
        }
        return false
    }

    // MARK: - Dates

    struct DatePart {
        var year: Int?
        var month: Int?
        var day: Int?
        var end: Int
        /// A numeric `03/04/2025`, read day first, that could also be month first.
        var dayMonthSwappable = false
    }

    /// `Oct 28`, `March  2`, `Feb. 26, 1987`, `feb 26`, `2 March`, `Tuesday`, `Tuesday, March 2`,
    /// `2025-11-05`, `05/11/2025`, `28.10.2025`.
    private func datePart(at p: Int) -> DatePart? {
        if let numeric = numericDate(at: p) { return numeric }
        guard let w = text.asciiWord(at: p), CalendarWords.weekdays.contains(w.key) else { return monthDay(at: p) }
        var q = w.end
        if text.byte(q) == UInt8(ascii: ".") { q += 1 }
        let weekdayEnd = q
        if text.byte(q) == UInt8(ascii: ",") { q += 1 }
        return monthDay(at: text.skipSpaces(q)) ?? DatePart(end: weekdayEnd)
    }

    private func monthDay(at p: Int) -> DatePart? {
        if let word = text.asciiWord(at: p), let month = CalendarWords.months[word.key] {
            var q = word.end
            if text.byte(q) == UInt8(ascii: ".") { q += 1 }
            let dayStart = text.skipSpaces(q)
            guard dayStart > q, dayStart - q <= 3, let day = text.number(at: dayStart, maxDigits: 2),
                  (1...31).contains(day.value) else { return nil }
            let dayEnd = skipOrdinal(day.end)
            guard text.letter(at: dayEnd) == nil else { return nil }
            return withYear(DatePart(month: month, day: day.value, end: dayEnd))
        }
        // 2 March (British and AFP order)
        guard let day = text.number(at: p, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        let dayEnd = skipOrdinal(day.end)
        let wordStart = text.skipSpaces(dayEnd)
        guard wordStart > dayEnd, let word = text.asciiWord(at: wordStart), let month = CalendarWords.months[word.key]
        else { return nil }
        return withYear(DatePart(month: month, day: day.value, end: word.end))
    }

    /// `2025-11-05` or `2025/11/05`; `05/11/2025`, `05.11.2025` or `05-11-2025` with
    /// a four-digit year (two-digit years are too often other numbers).
    private func numericDate(at p: Int) -> DatePart? {
        guard let first = text.number(at: p, maxDigits: 4), let mark = text.byte(first.end),
              mark == UInt8(ascii: "-") || mark == UInt8(ascii: "/") || mark == UInt8(ascii: "."),
              let second = text.number(at: first.end + 1, maxDigits: 2), text.byte(second.end) == mark,
              let third = text.number(at: second.end + 1, maxDigits: 4),
              text.letter(at: third.end) == nil, text.byte(third.end) != mark else { return nil }
        if first.end - p == 4 {
            guard mark != UInt8(ascii: "."), third.end - second.end - 1 <= 2 else { return nil }
            return validDate(year: first.value, month: second.value, day: third.value, end: third.end)
        }
        guard third.end - second.end - 1 == 4 else { return nil }
        // Day first unless that is impossible; the caller swaps ambiguous ones for US places.
        if first.value > 12 || second.value <= 12 {
            var part = validDate(year: third.value, month: second.value, day: first.value, end: third.end)
            part?.dayMonthSwappable = first.value <= 12 && first.value != second.value
            return part
        }
        return validDate(year: third.value, month: first.value, day: second.value, end: third.end)
    }

    private func validDate(year: Int, month: Int, day: Int, end: Int) -> DatePart? {
        guard (1900...2199).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return DatePart(year: year, month: month, day: day, end: end)
    }

    /// After `3rd`, `21st`: where the ordinal suffix ends.
    private func skipOrdinal(_ p: Int) -> Int {
        guard let suffix = text.asciiWord(at: p), suffix.length == 2, TimestampParser.ordinals.contains(suffix.key)
        else { return p }
        return suffix.end
    }

    /// Adds `, 1987` or ` 1987` to a month and day when printed.
    private func withYear(_ part: DatePart) -> DatePart {
        var q = part.end
        if text.byte(q) == UInt8(ascii: ",") { q += 1 }
        let yearStart = text.skipSpaces(q)
        guard yearStart > part.end, yearStart - q <= 2, let year = text.number(at: yearStart, minDigits: 4, maxDigits: 4),
              (1900...2199).contains(year.value), text.letter(at: year.end) == nil else { return part }
        var result = part
        result.year = year.value
        result.end = year.end
        return result
    }

    /// `(07-17) 13:09 PDT ` before a San Francisco Chronicle style dateline.
    private func leadingTimestamp(at p: Int) -> (month: Int, day: Int, end: Int)? {
        guard text.byte(p) == UInt8(ascii: "("), let month = text.number(at: p + 1, maxDigits: 2),
              text.byte(month.end) == UInt8(ascii: "-") || text.byte(month.end) == UInt8(ascii: "/"),
              let day = text.number(at: month.end + 1, maxDigits: 2), text.byte(day.end) == UInt8(ascii: ")"),
              (1...12).contains(month.value), (1...31).contains(day.value) else { return nil }
        var q = text.skipSpaces(day.end + 1)
        if let hour = text.number(at: q, maxDigits: 2), text.byte(hour.end) == UInt8(ascii: ":"),
           let minute = text.number(at: hour.end + 1, minDigits: 2, maxDigits: 2) {
            q = text.skipSpaces(minute.end)
            for marker in DatelineParser.meridiems where text.matches(marker, at: q) {
                q = text.skipSpaces(q + marker.count)
                break
            }
            var zoneEnd = q
            while let b = text.byte(zoneEnd), b >= 0x41, b <= 0x5A { zoneEnd += 1 }
            if zoneEnd > q, CalendarWords.zones[String(decoding: text.bytes[q..<zoneEnd], as: UTF8.self)] != nil {
                q = text.skipSpaces(zoneEnd)
            }
        }
        return (month.value, day.value, q)
    }

    static let meridiems: [[UInt8]] = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."].map { Array($0.utf8) }

    // MARK: - Agency and separator

    /// `(Reuters)`, `(AP)`, `(NationPress)`, `(MENAFN)`, `(dpa)`, `(Agence France-Presse)`, and
    /// the press-release and TASS forms `/PRNewswire/`, `/TASS/.`.
    private func agency(at p: Int) -> (name: String, end: Int)? {
        guard let open = text.byte(p), open == UInt8(ascii: "(") || open == UInt8(ascii: "/") else { return nil }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "/")
        var q = p + 1
        var words = 0
        var letters = 0
        var allLower = true
        while let w = word(at: q, slash: open != UInt8(ascii: "/")) {
            words += 1
            letters += w.end - q
            if !w.firstLower { allLower = false } else if words > 1 || w.end - q > 10 { return nil }
            q = w.end
            if text.byte(q) == UInt8(ascii: " ") || (open == UInt8(ascii: "/") && text.byte(q) == UInt8(ascii: "-")) { q += 1 }
        }
        guard words > 0, words <= 4, letters >= 2, letters <= 40, text.byte(q) == close,
              !(allLower && words > 1), !isAffiliation(from: p + 1) else { return nil }
        var end = q + 1
        if open == UInt8(ascii: "/"), text.byte(end) == UInt8(ascii: ".") { end += 1 }
        return (String(decoding: text.bytes[(p + 1)..<q], as: UTF8.self), end)
    }

    /// `(D-Calif.)`, `(R-Iowa)`, `(I-Vt.)`: a lawmaker's party and state after a name.
    private func isAffiliation(from p: Int) -> Bool {
        guard let party = text.byte(p), party >= 0x41, party <= 0x5A, text.byte(p + 1) == UInt8(ascii: "-") else { return false }
        return true
    }

    /// Where a dateline ending in an agency ends: after a following dash, or after the
    /// agency when body text follows it directly (`(NationPress) The United States`).
    private func end(afterAgency end: Int) -> Int? {
        if let separator = separator(at: end) { return separator.end }
        // `Madrid, 5 nov (EFE).- ` (Spanish agencies)
        if text.byte(end) == UInt8(ascii: "."), text.byte(end + 1) == UInt8(ascii: "-"),
           let separator = separator(at: end + 1) { return separator.end }
        // `New Delhi [India], Nov 5 (ANI):`
        if text.byte(end) == UInt8(ascii: ":"), text.spaceLength(at: end + 1) > 0 { return end + 1 }
        // `(CNN)President Trump` prints no space.
        guard bodyFollows(text.skipSpaces(end)) else { return nil }
        return end
    }

    /// A dash after optional spaces; a lone hyphen needs a space on one side and the
    /// replacement character a space on both.
    private func separator(at p: Int) -> (end: Int, next: Int)? {
        let dashStart = text.skipSpaces(p)
        // `WASHINGTON (AP) _ ` in some wire archives: an underscore between spaces.
        if text.byte(dashStart) == UInt8(ascii: "_"), dashStart > p, text.spaceLength(at: dashStart + 1) > 0 {
            return (dashStart + 1, text.skipSpaces(dashStart + 1))
        }
        guard let dash = text.dash(at: dashStart) else { return nil }
        let dashEnd = dashStart + dash.length
        let next = text.skipSpaces(dashEnd)
        let spaced = (before: dashStart > p, after: next > dashEnd || text.byte(next) == nil)
        if dash.replacement && !(spaced.before && spaced.after) { return nil }
        if !dash.strong && !(spaced.before || spaced.after) { return nil }
        if text.dash(at: next) != nil { return nil }
        return (dashEnd, next)
    }

    /// Whether the text at `p` starts like a sentence: a capital, a digit, a quote or `<`.
    private func startsBody(at p: Int) -> Bool {
        guard let b = text.byte(p) else { return false }
        if let l = text.letter(at: p) { return l.upper }
        if b >= 0x30 && b <= 0x39 { return true }
        return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "<")
            || text.matches(DatelineParser.leftQuote, at: p) || text.matches(DatelineParser.leftSingleQuote, at: p)
    }

    static let leftQuote: [UInt8] = Array("\u{201C}".utf8)
    static let leftSingleQuote: [UInt8] = Array("\u{2018}".utf8)

    /// Whether body text (a sentence start with lower-case words soon after on the same
    /// line) follows a bare dash; all-capital text after the dash marks a headline.
    private func bodyFollows(_ p: Int) -> Bool {
        guard startsBody(at: p) else { return false }
        var i = p
        while let b = text.byte(i), i < p + 120 {
            if b >= 0x61 && b <= 0x7A { return true }
            i += 1
        }
        return false
    }
}
