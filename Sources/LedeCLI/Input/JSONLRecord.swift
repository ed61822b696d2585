import Foundation
import LedeCore

/// One JSONL input line: `{"id": ..., "text": ..., "published": "YYYY-MM-DD"}`.
struct JSONLRecord: Decodable {
    /// The record's id; a number is accepted and written as its decimal text.
    var id: String?
    var text: String
    var published: String?

    private enum CodingKeys: String, CodingKey { case id, text, published }

    /// A record read by ``JSONLFastScanner``.
    init(id: String?, text: String, published: String?) {
        self.id = id
        self.text = text
        self.published = published
    }

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
        let record: JSONLRecord
        if let fields = JSONLFastScanner.scan(line) {
            record = JSONLRecord(id: fields.id, text: fields.text, published: fields.published)
        } else {
            do {
                record = try JSONDecoder().decode(JSONLRecord.self, from: Data(line))
            } catch {
                return .failure(.malformedInput("\(fallbackId): not a JSON object with a string \"text\" (\(reason(error)))"))
            }
        }
        var published: CalendarDate?
        if let text = record.published {
            guard let date = CalendarDate(iso: text) else {
                return .failure(.malformedInput("\(fallbackId): \"published\" must be YYYY-MM-DD, got '\(text)'"))
            }
            published = date
        }
        return .success(Document(id: record.id ?? fallbackId, text: record.text, published: published,
                                 referenceDate: referenceDate))
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
