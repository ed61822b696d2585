import Foundation
import Lede
import Testing
@testable import LedeCLI

@Suite struct OutputFormattingTests {
    private func annotated() -> AnnotatedDocument {
        let text = "SEOUL (Reuters) – “We will talk, and we will “listen”,” Lee said.\n"
        var result = AnnotatedDocument(Document(id: "a,b.txt", text: text))
        func span(_ needle: String) -> Span {
            let range = text.range(of: needle)!
            return Span(start: text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                        end: text.utf8.distance(from: text.startIndex, to: range.upperBound))
        }
        result.quotes = [Quote(span: span("We will talk, and we will “listen”,"), kind: .full, speaker: "Lee Jae Myung",
                               mention: span("Lee"), cue: span("said"))]
        return result
    }

    @Test func csvQuotesFieldsPerRFC4180WithCodePointOffsets() {
        let row = String(decoding: CSVFormatter().format(.success(annotated()), id: "a,b.txt"), as: UTF8.self)

        #expect(row == "\"a,b.txt\",Lee Jae Myung,Lee,said,\"We will talk, and we will “listen”,\",19,54\r\n")
        #expect(String(decoding: CSVFormatter().prefix, as: UTF8.self) == "id,speaker,mention,cue,quote,start,end\r\n")
        #expect(CSVFormatter.row(["say \"hi\"", "two\nlines", "plain"]) == Array("\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n".utf8))
        #expect(CSVFormatter().format(.failure(.empty("x is empty")), id: "x").isEmpty)
    }

    @Test func textReportShowsSpeakerAndQuoteAndColorsOnlyWhenAsked() {
        let plain = String(decoding: TextReportFormatter(style: TextStyle(colors: false)).format(.success(annotated()), id: "a"),
                           as: UTF8.self)
        let colored = String(decoding: TextReportFormatter(style: TextStyle(colors: true)).format(.success(annotated()), id: "a"),
                             as: UTF8.self)

        #expect(plain == "== a\nLee Jae Myung: “We will talk, and we will “listen”,”\n")
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[36mLee Jae Myung\u{1B}[0m"))
        let failed = TextReportFormatter(style: TextStyle(colors: false)).format(.failure(.binary("looks binary")), id: "b")
        #expect(String(decoding: failed, as: UTF8.self) == "== b\nerror: binary: looks binary\n")
    }

    @Test func prettyPrinterKeepsStringsAndEmptyContainers() {
        let compact = Array(#"{"id":"a, {b}: \"c\"","quotes":[],"groups":{},"n":[1,{"x":null}]}"#.utf8)
        let pretty = String(decoding: JSONPrettyPrinter.indent(compact), as: UTF8.self)

        #expect(pretty == """
            {
              "id": "a, {b}: \\"c\\"",
              "quotes": [],
              "groups": {},
              "n": [
                1,
                {
                  "x": null
                }
              ]
            }
            """)
        let reparsed = try? JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? [String: Any]
        #expect(reparsed?["id"] as? String == "a, {b}: \"c\"")
    }

    @Test func statsLineIsOneJSONObject() throws {
        var tally = RunTally()
        tally.add(ProcessedDocument(output: [], failure: nil, failed: false, bytes: 2_000_000, tokens: 300))
        tally.add(ProcessedDocument(output: [], failure: "x", failed: true, bytes: 0, tokens: 0))

        let line = tally.statsLine(seconds: 0.5)

        #expect(line == #"{"documents":2,"failed":1,"bytes":2000000,"tokens":300,"seconds":0.500,"mb_per_s":4.00}"#)
    }

    @Test func progressLineShowsCountRateAndETA() {
        var tally = RunTally()
        for _ in 0..<25 { tally.add(ProcessedDocument(output: [], failure: nil, failed: false, bytes: 400_000, tokens: 1)) }

        #expect(ProgressBar.line(tally, total: 100, elapsed: 5, width: 8) == "[==>     ] 25/100 docs  2.0 MB/s  ETA 0:15")
        #expect(ProgressBar.line(tally, total: nil, elapsed: 5) == "25 docs  2.0 MB/s")
    }

    @Test func byteCountsTakeSuffixes() {
        #expect(ByteCount(argument: "1K")?.bytes == 1024)
        #expect(ByteCount(argument: "16m")?.bytes == 16 << 20)
        #expect(ByteCount(argument: "500")?.bytes == 500)
        #expect(ByteCount(argument: "0") == nil)
        #expect(ByteCount(argument: "-3K") == nil)
        #expect(ByteCount(argument: "99999999999999999G") == nil)
    }
}
