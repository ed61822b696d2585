import Foundation
import Yams

/// A pipeline file (YAML or JSON, one schema):
///
/// ```yaml
/// pipeline:
///   - extractor: regex      # registry name
///     name: entities        # unique step name, defaults to the extractor name
///     patterns: { acronym: '\b[A-Z]{2,6}\b' }
///   - extractor: dateline
///   - extractor: quotes
/// ```
///
/// Errors name the file, the line, the step and the key. Unknown top-level keys
/// and unknown step keys are errors.
public struct PipelineConfiguration: Sendable {
    /// The steps, in order.
    public var steps: [StepConfiguration]
    /// The file the configuration came from.
    public var file: String?

    /// Creates a configuration from steps.
    public init(steps: [StepConfiguration], file: String? = nil) {
        self.steps = steps
        self.file = file
    }

    /// A configuration of the named extractors with default options, each step named
    /// after its extractor (`--pipeline tokens,dateline`).
    public init(extractorNames: [String]) {
        self.init(steps: extractorNames.map { StepConfiguration(extractor: $0) })
    }

    /// Reads and parses a YAML or JSON pipeline file.
    public static func load(path: String) throws(ConfigurationError) -> PipelineConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(.unreadableFile, "cannot read configuration file: \(error)", file: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses YAML or JSON text (JSON is read as the YAML it is a subset of, which
    /// gives line numbers for both).
    public static func parse(_ text: String, file: String? = nil) throws(ConfigurationError) -> PipelineConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(.syntax, "not valid YAML or JSON: \(error)", file: file)
        }
        guard let root, case .mapping(let top) = root else {
            throw ConfigurationError(.syntax, "expected a mapping with a `pipeline:` list of steps", file: file, line: root?.mark?.line)
        }
        var stepsNode: Node?
        for (key, value) in top {
            guard let k = key.scalar?.string else {
                throw ConfigurationError(.syntax, "keys must be strings", file: file, line: key.mark?.line)
            }
            if k == "pipeline" {
                stepsNode = value
            } else {
                throw ConfigurationError(.unknownKey, "unknown top-level key '\(k)'; expected `pipeline:`",
                                         file: file, line: key.mark?.line, key: k)
            }
        }
        guard let stepsNode, case .sequence(let list) = stepsNode else {
            throw ConfigurationError(.missingKey, "expected `pipeline:` with a list of steps", file: file,
                                     line: stepsNode?.mark?.line, key: "pipeline")
        }
        var steps: [StepConfiguration] = []
        for (index, node) in list.enumerated() {
            steps.append(try parseStep(node, index: index, file: file))
        }
        return PipelineConfiguration(steps: steps, file: file)
    }

    private static func parseStep(_ node: Node, index: Int, file: String?) throws(ConfigurationError) -> StepConfiguration {
        let line = node.mark?.line
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(.syntax, "step \(index + 1) must be a mapping with an `extractor:` key", file: file, line: line)
        }
        var extractor: String?
        var name: String?
        var options: [JSONValue.Member] = []
        var lines: [String: Int] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string else {
                throw ConfigurationError(.syntax, "keys must be strings", file: file, line: key.mark?.line)
            }
            if let l = key.mark?.line { lines[k] = l }
            switch k {
            case "extractor": extractor = value.scalar?.string
            case "name": name = value.scalar?.string
            default:
                if options.contains(where: { $0.key == k }) {
                    throw ConfigurationError(.syntax, "key '\(k)' appears twice", file: file, line: key.mark?.line, key: k)
                }
                options.append(JSONValue.Member(k, try convert(value, file: file)))
            }
        }
        guard let extractor, !extractor.isEmpty else {
            throw ConfigurationError(.missingKey, "step \(index + 1) has no `extractor:`", file: file, line: line,
                                     step: name, key: "extractor")
        }
        return StepConfiguration(extractor: extractor, name: name, options: options, file: file, line: line, lines: lines)
    }

    private static func convert(_ node: Node, file: String?) throws(ConfigurationError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            // Quoted scalars are strings; plain ones resolve like YAML (true, 12, 1.5, null).
            if scalar.style == .plain {
                if node.null != nil, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
                if ["true", "True", "TRUE", "false", "False", "FALSE"].contains(scalar.string), let b = node.bool { return .bool(b) }
                if let i = Int(scalar.string) { return .int(i) }
                if let d = Double(scalar.string), scalar.string.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                    return .double(d)
                }
            }
            return .string(scalar.string)
        case .sequence(let seq):
            var items: [JSONValue] = []
            for item in seq { items.append(try convert(item, file: file)) }
            return .array(items)
        case .mapping(let mapping):
            var members: [JSONValue.Member] = []
            for (key, value) in mapping {
                guard let k = key.scalar?.string else {
                    throw ConfigurationError(.syntax, "keys must be strings", file: file, line: key.mark?.line)
                }
                members.append(JSONValue.Member(k, try convert(value, file: file)))
            }
            return .object(members)
        case .alias:
            throw ConfigurationError(.syntax, "YAML aliases are not supported in pipeline files", file: file, line: node.mark?.line)
        }
    }
}
