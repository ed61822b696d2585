import LedeCore
import Testing

@Suite struct DocumentTests {
    @Test func invalidUTF8IsReplacedLikePython() {
        // Python: b"a\xffb\xe2\x80c\xed\xa0\x80d\xf0\x9f\x98".decode("utf-8", "replace")
        //   == 'a\ufffdb\ufffdc\ufffd\ufffd\ufffdd\ufffd'
        let raw: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63, 0xED, 0xA0, 0x80, 0x64, 0xF0, 0x9F, 0x98]
        let doc = Document(id: "x", bytes: raw)
        #expect(doc.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}\u{FFFD}d\u{FFFD}")
        #expect(doc.hadInvalidUTF8)
        #expect(!Document(id: "y", bytes: Array("Seoul’s".utf8)).hadInvalidUTF8)
    }

    /// The UTF-8 check skips ASCII 16 and 8 bytes at a time: a bad byte at any
    /// position of a long ASCII run, or a sequence cut off at the end, must still be found.
    @Test func invalidUTF8IsFoundAtEveryPosition() {
        let bad: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
        for sequence in bad {
            for length in [0, 1, 7, 8, 15, 16, 17, 40] {
                for at in 0...length {
                    var raw = Array(repeating: UInt8(ascii: "a"), count: length)
                    raw.insert(contentsOf: sequence, at: at)
                    #expect(Document(id: "x", bytes: raw).hadInvalidUTF8, "\(sequence) at \(at) of \(length)")
                    var good = Array(repeating: UInt8(ascii: "a"), count: length)
                    good.insert(contentsOf: Array("’é".utf8), at: at)
                    #expect(!Document(id: "y", bytes: good).hadInvalidUTF8, "’é at \(at) of \(length)")
                }
            }
        }
    }

    @Test func offsetsAreCodePoints() {
        let doc = Document(text: "Seoul’s “deepen” 서울 ok")
        let map = OffsetMap(doc)
        let bytes = doc.bytes
        // “deepen” starts after 'Seoul’s ' (8 code points, 10 bytes).
        let quoteByte = bytes.firstIndex(of: 0xE2).map { _ in 10 } ?? 0
        #expect(map.codePoint(quoteByte) == 8)
        #expect(map.codePoint(bytes.count) == doc.text.unicodeScalars.count)
        // Long non-ASCII text exercises the checkpoint table.
        let long = Document(text: String(repeating: "가나다 abc ", count: 300))
        let longMap = OffsetMap(long)
        var scalars = 0
        var byte = 0
        for scalar in long.text.unicodeScalars {
            #expect(longMap.codePoint(byte) == scalars)
            byte += String(scalar).utf8.count
            scalars += 1
        }
        #expect(longMap.codePoint(byte) == scalars)
    }

    @Test func calendarDatesResolveYearlessDates() throws {
        let ref = try #require(CalendarDate(iso: "2026-01-02"))
        #expect(CalendarDate.resolving(month: 12, day: 30, notAfter: ref)?.description == "2025-12-30")
        #expect(CalendarDate.resolving(month: 1, day: 2, notAfter: ref)?.description == "2026-01-02")
        #expect(CalendarDate.resolving(month: 2, day: 29, notAfter: ref)?.description == "2024-02-29")
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "2025-2-3") == nil)
    }

    @Test func resolutionDatePrefersOwnThenPublishedThenReference() throws {
        let published = try #require(CalendarDate(iso: "2020-05-01"))
        let reference = try #require(CalendarDate(iso: "2025-11-01"))
        let own = try #require(CalendarDate(iso: "2019-01-01"))
        let doc = Document(text: "x", published: published, referenceDate: reference)
        #expect(doc.resolutionDate() == published)
        #expect(doc.resolutionDate(ownDate: own) == own)
        #expect(Document(text: "x", referenceDate: reference).resolutionDate() == reference)
    }
}
