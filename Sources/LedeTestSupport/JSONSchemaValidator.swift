import Foundation

/// Validates JSON values against the subset of JSON Schema (2020-12) that Lede's
/// `Docs/output.schema.json` uses: `type` (one or several), `required`,
/// `properties`, `additionalProperties`, `items`, `enum`, `pattern`, `minimum`,
/// `maximum`, `anyOf` and local `$ref` (`#/$defs/...`).
///
/// Keywords outside that subset make validation fail loudly rather than pass
/// silently, so the schema and its checker cannot drift apart unnoticed.
public struct JSONSchemaValidator {
    private let root: [String: Any]

    /// Loads a schema from a file.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SchemaError(path: "$", reason: "schema is not a JSON object")
        }
        root = object
    }

    /// A value that does not satisfy the schema.
    public struct SchemaError: Error, CustomStringConvertible {
        /// Where in the instance (`$.quotes[0].kind`).
        public var path: String
        /// Why.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    private static let known: Set<String> = ["$schema", "$id", "title", "description", "type", "required", "properties",
                                             "additionalProperties", "items", "enum", "pattern", "minimum", "maximum",
                                             "anyOf", "$ref", "$defs"]

    /// Validates one JSON line (the output of `extract --format jsonl`).
    public func validate(jsonLine: Data) throws {
        let value = try JSONSerialization.jsonObject(with: jsonLine, options: [.fragmentsAllowed])
        try validate(value, against: root, path: "$")
    }

    private func resolve(_ ref: String) throws -> [String: Any] {
        let prefix = "#/$defs/"
        guard ref.hasPrefix(prefix), let defs = root["$defs"] as? [String: Any],
              let schema = defs[String(ref.dropFirst(prefix.count))] as? [String: Any] else {
            throw SchemaError(path: ref, reason: "unresolvable $ref")
        }
        return schema
    }

    private func typeName(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let n as NSNumber:
            let objCType = String(cString: n.objCType)
            if objCType == "c" || objCType == "B" { return "boolean" }
            return n.doubleValue == n.doubleValue.rounded() ? "integer" : "number"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return "unknown"
        }
    }

    private func validate(_ value: Any, against schema: [String: Any], path: String) throws {
        for key in schema.keys where !Self.known.contains(key) {
            throw SchemaError(path: path, reason: "schema keyword '\(key)' is not supported by this validator")
        }
        if let ref = schema["$ref"] as? String {
            try validate(value, against: resolve(ref), path: path)
        }
        if let options = schema["anyOf"] as? [[String: Any]] {
            guard options.contains(where: { (try? validate(value, against: $0, path: path)) != nil }) else {
                throw SchemaError(path: path, reason: "matches none of anyOf")
            }
        }
        let actual = typeName(value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            guard ok else { throw SchemaError(path: path, reason: "type \(actual), expected \(allowed.joined(separator: " or "))") }
        }
        if let choices = schema["enum"] as? [Any] {
            guard choices.contains(where: { ($0 as? NSObject)?.isEqual(value) == true }) else {
                throw SchemaError(path: path, reason: "\(value) is not one of \(choices)")
            }
        }
        if let s = value as? String, let pattern = schema["pattern"] as? String {
            let regex = try NSRegularExpression(pattern: pattern)
            guard regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil else {
                throw SchemaError(path: path, reason: "'\(s)' does not match \(pattern)")
            }
        }
        if let n = value as? NSNumber, actual != "boolean" {
            if let min = schema["minimum"] as? Double, n.doubleValue < min {
                throw SchemaError(path: path, reason: "\(n) < minimum \(min)")
            }
            if let max = schema["maximum"] as? Double, n.doubleValue > max {
                throw SchemaError(path: path, reason: "\(n) > maximum \(max)")
            }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                throw SchemaError(path: path, reason: "missing required key '\(key)'")
            }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, member) in object {
                let memberPath = "\(path).\(key)"
                if let sub = properties[key] as? [String: Any] {
                    try validate(member, against: sub, path: memberPath)
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool {
                        if !allowed { throw SchemaError(path: memberPath, reason: "unexpected key") }
                    } else if let sub = extra as? [String: Any] {
                        try validate(member, against: sub, path: memberPath)
                    }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() {
                try validate(item, against: items, path: "\(path)[\(i)]")
            }
        }
    }
}
