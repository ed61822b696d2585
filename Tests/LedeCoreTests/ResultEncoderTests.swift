import Foundation
import LedeCore
import Testing

@Suite struct ResultEncoderTests {
    private func decode(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func writesContractKeysWithCodePointOffsets() throws {
        let text = "Seoul’s leader said “we \"agree\"\n\tnow”."
        var result = AnnotatedDocument(Document(id: "doc-1", text: text))
        let bytes = Array(text.utf8)
        let open = try #require((0..<bytes.count).first { bytes[$0] == 0xE2 && bytes[$0 + 2] == 0x9C })
        let close = try #require((0..<bytes.count).last { bytes[$0] == 0xE2 && bytes[$0 + 2] == 0x9D })
        result.quotes = [Quote(span: Span(start: open + 3, end: close), kind: .partial, speaker: "Seoul leader",
                               mention: Span(start: 0, end: 16), cue: Span(start: 17, end: 21))]
        result.matches = [Match(pattern: "word", span: Span(start: 0, end: 10),
                                groups: [.init(name: "g", span: Span(start: 0, end: 5)), .init(name: "h", span: nil)])]
        let line = ResultEncoder().line(for: .success(result), id: "ignored")
        #expect(line.last == 0x0A)
        #expect(!line.dropLast().contains(0x0A))
        let obj = try decode(line)
        #expect(obj["id"] as? String == "doc-1")
        #expect(obj["dateline"] is NSNull)
        #expect(obj["published"] is NSNull)
        let quote = try #require((obj["quotes"] as? [[String: Any]])?.first)
        let start = try #require(quote["start"] as? Int)
        let end = try #require(quote["end"] as? Int)
        let scalars = Array(text.unicodeScalars)
        var sliced = String.UnicodeScalarView()
        sliced.append(contentsOf: scalars[start..<end])
        #expect(String(sliced) == "we \"agree\"\n\tnow")
        #expect(quote["text"] as? String == "we \"agree\"\n\tnow")
        #expect(quote["kind"] as? String == "partial")
        #expect((quote["mention"] as? [String: Any])?["text"] as? String == "Seoul’s leader")
        #expect((quote["cue"] as? [String: Any])?["end"] as? Int == 21 - 2)
        let match = try #require((obj["matches"] as? [[String: Any]])?.first)
        #expect((match["groups"] as? [String: Any])?["g"] as? String == "Seoul")
        #expect((match["groups"] as? [String: Any])?["h"] is NSNull)
    }

    @Test func failedDocumentsKeepTheContractShape() throws {
        let line = ResultEncoder().line(for: .failure(.empty("x.txt is empty")), id: "x.txt")
        let obj = try decode(line)
        #expect(obj["id"] as? String == "x.txt")
        #expect((obj["error"] as? [String: Any])?["code"] as? String == "empty")
        #expect((obj["quotes"] as? [Any])?.isEmpty == true)
        #expect((obj["matches"] as? [Any])?.isEmpty == true)
        #expect(obj.keys.contains("dateline") && obj.keys.contains("published"))
    }

    @Test func jsonWriterEscapesControlCharacters() throws {
        var writer = JSONWriter()
        writer.value(.object([.init("s", .string("a\u{01}\"\\\u{7F}€")), .init("n", .int(-1234567)),
                              .init("l", .array([.null, .bool(false), .double(1.5)]))]))
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == #"{"s":"a\u0001\"\\"# + "\u{7F}€\",\"n\":-1234567,\"l\":[null,false,1.5]}")
        let obj = try decode(writer.bytes)
        #expect(obj["s"] as? String == "a\u{01}\"\\\u{7F}€")
    }

    @Test func includeParsesKnownFieldsOnly() {
        if case .success(let fields) = OutputField.parse("tokens, sentences") {
            #expect(fields == [.tokens, .sentences])
        } else {
            Issue.record("tokens,sentences should parse")
        }
        if case .failure(let error) = OutputField.parse("tokens,lemmas") {
            #expect(error.message.contains("'lemmas'"))
        } else {
            Issue.record("lemmas should be rejected")
        }
    }
}
