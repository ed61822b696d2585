/// Optional output beyond the contract's fixed keys (`--include`).
public struct OutputField: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Every token: `{"kind", "text", "start", "end"}`.
    public static let tokens = OutputField(rawValue: 1)
    /// Every sentence: `{"text", "start", "end"}`.
    public static let sentences = OutputField(rawValue: 2)
    /// Every paragraph: `{"start", "end"}`.
    public static let paragraphs = OutputField(rawValue: 4)

    /// Parses a comma-separated list (`tokens,sentences`); `nil` names the unknown item.
    public static func parse(_ list: String) -> Result<OutputField, ConfigurationError> {
        var fields: OutputField = []
        for item in list.split(separator: ",") {
            switch item.trimmingSpaces {
            case "tokens": fields.insert(.tokens)
            case "sentences": fields.insert(.sentences)
            case "paragraphs": fields.insert(.paragraphs)
            case let other:
                return .failure(ConfigurationError(.invalidValue,
                    "unknown --include item '\(other)'; known: tokens, sentences, paragraphs", key: "include"))
            }
        }
        return .success(fields)
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
