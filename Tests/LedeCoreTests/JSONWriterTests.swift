import Foundation
import LedeCore
import Testing

@Suite struct JSONWriterTests {
    private func text(_ writer: JSONWriter) -> String { String(decoding: writer.bytes, as: UTF8.self) }

    @Test func integersKeepEveryDigitAndSign() throws {
        var writer = JSONWriter(capacity: 0)
        writer.beginArray()
        let values = [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min, 1_000_000_000_000_000_000]
        for v in values { writer.int(v) }
        writer.endArray()
        #expect(text(writer) == "[" + values.map(String.init).joined(separator: ",") + "]")
    }

    @Test func nestingPutsCommasOnlyBetweenMembers() throws {
        var writer = JSONWriter(capacity: 0)
        writer.beginObject()
        writer.key("a"); writer.beginArray(); writer.endArray()
        writer.key("b"); writer.beginObject()
        writer.key("c"); writer.null()
        writer.key("d"); writer.bool(false)
        writer.endObject()
        writer.key("e"); writer.value(.array([.int(1), .object([.init("f", .string("g"))]), .double(2.5)]))
        writer.endObject()
        #expect(text(writer) == #"{"a":[],"b":{"c":null,"d":false},"e":[1,{"f":"g"},2.5]}"#)
    }

    @Test func stringsEscapeQuotesBackslashesAndControls() throws {
        var writer = JSONWriter(capacity: 0)
        let long = String(repeating: "Seoul’s ", count: 40)
        writer.beginArray()
        writer.string("He said \"no\" \\ then\n\tleft\u{1}")
        writer.string(utf8: ArraySlice(long.utf8))
        writer.endArray()
        let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
        #expect(decoded == ["He said \"no\" \\ then\n\tleft\u{1}", long])
        #expect(text(writer).contains(#"\"no\" \\ then\n\tleft\u0001"#))
    }

    /// The writer finds the first byte to escape 32, then 8 bytes per step: put one at
    /// every position of strings longer than a step, so each lane and the tail are hit.
    @Test func everyEscapePositionIsFound() throws {
        for special in ["\"", "\\", "\n", "\u{1F}"] {
            for length in [1, 7, 8, 9, 31, 32, 33, 70] {
                for at in 0..<length {
                    var chars = [String](repeating: "é", count: length)
                    chars[at] = special
                    let string = chars.joined() + "x"
                    var writer = JSONWriter(capacity: 0)
                    writer.beginArray()
                    writer.string(string)
                    writer.endArray()
                    let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
                    #expect(decoded == [string], "\(special.debugDescription) at \(at) of \(length)")
                }
            }
        }
    }
}
