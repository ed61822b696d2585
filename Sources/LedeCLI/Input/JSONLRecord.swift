import Foundation
import LedeCore

/// One JSONL input line: `{"id": ..., "text": ..., "published": "YYYY-MM-DD"}`.
struct JSONLRecord: Decodable {
    /// The record's id; a number is accepted and written as its decimal text.
    var id: String?
    var text: String
    var published: String?

    private enum CodingKeys: String, CodingKey { case id, text, published }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        if let string = try? container.decodeIfPresent(String.self, forKey: .id) {
            id = string
        } else if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
            id = String(number)
        } else if container.contains(.id), try !container.decodeNil(forKey: .id) {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: [CodingKeys.id],
                debugDescription: "\"id\" must be a string or an integer"))
        }
    }

    /// Parses one line into a document, or says why it cannot.
    static func document(from line: [UInt8], fallbackId: String, referenceDate: CalendarDate?)
        -> Result<Document, DocumentError> {
        if let fields = JSONLFastScanner.scan(line) {
            // The text stays bytes: `Document` checks them (invalid UTF-8 goes to the
            // full decoder, which words the error as before).
            var document = Document(id: fields.id ?? fallbackId, bytes: fields.text, referenceDate: referenceDate)
            if !document.hadInvalidUTF8 {
                return parsePublished(fields.published, fallbackId).map { published in
                    document.published = published
                    return document
                }
            }
        }
        let record: JSONLRecord
        do {
            record = try JSONDecoder().decode(JSONLRecord.self, from: Data(line))
        } catch {
            return .failure(.malformedInput("\(fallbackId): not a JSON object with a string \"text\" (\(reason(error)))"))
        }
        return parsePublished(record.published, fallbackId).map { published in
            Document(id: record.id ?? fallbackId, text: record.text, published: published, referenceDate: referenceDate)
        }
    }

    /// The record's `published` date (`nil` when absent), or the error for a malformed one.
    private static func parsePublished(_ text: String?, _ fallbackId: String) -> Result<CalendarDate?, DocumentError> {
        guard let text else { return .success(nil) }
        guard let date = CalendarDate(iso: text) else {
            return .failure(.malformedInput("\(fallbackId): \"published\" must be YYYY-MM-DD, got '\(text)'"))
        }
        return .success(date)
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context): context.debugDescription
        case .dataCorrupted: "invalid JSON"
        case .valueNotFound(_, let context): context.debugDescription
        default: "invalid JSON"
        }
    }
}
