/// One named pattern read from a patterns file, every part still located in the file.
struct PatternEntry {
    var name: Scalar
    var pattern: Scalar
    var options: [Scalar] = []
    var groups: [Scalar] = []

    /// The entries of a parsed file: a mapping of name → pattern, or name →
    /// `{pattern, options, groups}`. Collects every error rather than stopping at the first.
    static func entries(of root: Node?, errors: inout [Diagnostic]) -> [PatternEntry] {
        guard let root else {
            errors.append(Diagnostic(0, "the file defines no patterns; write `name: pattern` lines"))
            return []
        }
        guard case .mapping(let members, _) = root else {
            errors.append(Diagnostic(root.start, "expected a mapping of pattern names to patterns"))
            return []
        }
        var seen: Set<String> = []
        var result: [PatternEntry] = []
        for (key, value) in members {
            guard seen.insert(key.string).inserted else {
                errors.append(Diagnostic(key.start, "pattern '\(key.string)' is defined twice"))
                continue
            }
            do {
                result.append(try entry(name: key, value: value))
            } catch {
                errors.append(error)
            }
        }
        return result
    }

    private static func entry(name: Scalar, value: Node) throws(Diagnostic) -> PatternEntry {
        switch value {
        case .scalar(let pattern):
            return PatternEntry(name: name, pattern: pattern)
        case .sequence(_, let start):
            throw Diagnostic(start, "expected a pattern string or {pattern, options, groups} for '\(name.string)'; "
                + "a pattern starting with '[' must be quoted")
        case .mapping(let fields, let start):
            var pattern: Scalar?
            var entry = PatternEntry(name: name, pattern: Scalar(start: start))
            for (key, field) in fields {
                switch key.string {
                case "pattern":
                    guard case .scalar(let s) = field else {
                        throw Diagnostic(field.start, "'pattern' must be a string; quote a pattern starting with '[' or '{'")
                    }
                    pattern = s
                case "options": entry.options = try strings(field, key: "options")
                case "groups": entry.groups = try strings(field, key: "groups")
                default:
                    throw Diagnostic(key.start, "unknown key '\(key.string)' for pattern '\(name.string)'; known keys: groups, options, pattern")
                }
            }
            guard let pattern else { throw Diagnostic(name.start, "pattern '\(name.string)' has no 'pattern:'") }
            entry.pattern = pattern
            return entry
        }
    }

    /// A list of strings, or one comma-separated string.
    private static func strings(_ node: Node, key: String) throws(Diagnostic) -> [Scalar] {
        switch node {
        case .scalar(let s): return s.splitOnCommas()
        case .sequence(let items, _):
            var out: [Scalar] = []
            for item in items {
                guard case .scalar(let s) = item else { throw Diagnostic(item.start, "'\(key)' must list strings") }
                out.append(s)
            }
            return out
        case .mapping(_, let start): throw Diagnostic(start, "'\(key)' must be a list of strings")
        }
    }
}

extension Scalar {
    /// The comma-separated parts, trimmed of spaces, each still located in the file.
    func splitOnCommas() -> [Scalar] {
        var parts: [Scalar] = []
        var current = Scalar(start: start)
        func flush() {
            while current.bytes.first == 0x20 { current.bytes.removeFirst(); current.origins.removeFirst() }
            while current.bytes.last == 0x20 { current.bytes.removeLast(); current.origins.removeLast() }
            if let first = current.origins.first, let last = current.origins.last {
                current.start = first
                current.end = last + 1
                parts.append(current)
            }
        }
        for (k, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") {
                flush()
                current = Scalar(start: origins[k])
            } else {
                current.append(byte, from: origins[k])
            }
        }
        flush()
        return parts
    }
}
