import Foundation
import LedeCore

/// Reads a copied article from the test bundle's Fixtures folder.
enum Fixture {
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func document(_ name: String) throws -> Document {
        Document(id: name, text: try text(name))
    }

    static let seeds = ["000_ee8ecf434b4cedfc.txt", "001_167d04bd473724f8.txt", "003_96aeffd01d083ba3.txt"]
    static let reuters = ["reuters-00001.txt", "reuters-00012.txt", "reuters-00023.txt"]
}

extension Document {
    /// The text of every match, in order.
    func texts(_ matches: [Match]) -> [String] { matches.map { text(of: $0.span) } }
}
