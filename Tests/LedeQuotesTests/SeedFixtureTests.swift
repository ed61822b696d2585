import Foundation
import Testing
import LedeCore
import LedeQuotes

/// Runs the pipeline on the five seed articles and checks every gold quote's text and speaker.
@Suite("Seed articles")
struct SeedFixtureTests {
    struct Gold: Decodable {
        struct Doc: Decodable {
            struct GoldQuote: Decodable {
                var text: String
                var speaker: [String]?
            }
            var file: String
            var quotes: [GoldQuote]
            var not_speech: [String]?
        }
        var documents: [Doc]
    }

    /// The scorer's normalisation: curly apostrophe to straight, hyphens to spaces,
    /// lower case, collapsed space, trimmed of space and `,.;:`.
    static func norm(_ s: String?) -> String {
        let t = (s ?? "").replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "-", with: " ").lowercased()
        let collapsed = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n,.;:"))
    }

    static func fixture(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    @Test func everyGoldQuoteAndSpeaker() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: Self.fixture("seeds.gold.json"))
        #expect(gold.documents.count == 5)
        for doc in gold.documents {
            let text = String(decoding: try Self.fixture(doc.file), as: UTF8.self)
            let annotated = try annotate(text)
            var byText: [String: Quote] = [:]
            for q in annotated.quotes {
                let key = Self.norm(annotated.document.text(of: q.span))
                if byText[key] == nil { byText[key] = q }
            }
            for g in doc.quotes {
                let found = byText[Self.norm(g.text)]
                #expect(found != nil, "\(doc.file): quote not found: \(g.text)")
                if let speakers = g.speaker {
                    let names = Set(speakers.map { Self.norm($0) })
                    #expect(names.contains(Self.norm(found?.speaker)), "\(doc.file): speaker of \(g.text.prefix(40)): got \(found?.speaker ?? "nil")")
                }
            }
            for t in doc.not_speech ?? [] {
                #expect(byText[Self.norm(t)]?.speaker == nil, "\(doc.file): not speech but attributed: \(t)")
            }
        }
    }
}
