/// Typed access to a step's options for an extractor's factory. Every accessor
/// throws a ``ConfigurationError`` naming the file, line, step and key when a value
/// has the wrong type.
public struct StepOptions: Sendable {
    /// The step being built.
    public let step: StepConfiguration

    /// Wraps a step's configuration.
    public init(_ step: StepConfiguration) { self.step = step }

    /// The step's name.
    public var stepName: String { step.name }

    /// The raw value of `key`, if present.
    public func value(_ key: String) -> JSONValue? {
        step.options.first { $0.key == key }?.value
    }

    /// An error about `key`, located in the step's file.
    public func error(_ key: String?, _ message: String, code: ConfigurationError.Code = .invalidValue,
                      detail: String? = nil) -> ConfigurationError {
        ConfigurationError(code, message, file: step.file, line: key.flatMap { step.lines[$0] } ?? step.line,
                           step: step.name, key: key, detail: detail)
    }

    /// A string; numbers and Booleans written bare are accepted as their text.
    public func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        default: throw error(key, "expected a string")
        }
    }

    /// An integer.
    public func int(_ key: String) throws(ConfigurationError) -> Int? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .int(let i): return i
        case .string(let s):
            if let i = Int(s) { return i }
            throw error(key, "expected an integer, got '\(s)'")
        default: throw error(key, "expected an integer")
        }
    }

    /// A number.
    public func double(_ key: String) throws(ConfigurationError) -> Double? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: throw error(key, "expected a number")
        }
    }

    /// A Boolean.
    public func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .bool(let b): return b
        case .string(let s) where ["true", "yes", "on"].contains(s.lowercased()): return true
        case .string(let s) where ["false", "no", "off"].contains(s.lowercased()): return false
        default: throw error(key, "expected true or false")
        }
    }

    /// A list of strings; a single string counts as a list of one, and a
    /// comma-separated string is split.
    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .string(let s): return s.split(separator: ",").map { String($0).trimmingSpaces }
        case .array(let items):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw error(key, "expected a list of strings") }
                out.append(s)
            }
            return out
        default: throw error(key, "expected a list of strings")
        }
    }

    /// A mapping, in file order.
    public func object(_ key: String) throws(ConfigurationError) -> [JSONValue.Member]? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .object(let members): return members
        default: throw error(key, "expected a mapping of names to values")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        Substring(self).trimmingSpaces
    }
}
