import Lede

/// The text of `extract list`: every registered extractor with what it needs, gives
/// and accepts, then the regex step's built-in patterns.
struct ExtractorCatalog {
    let environment: ExtractEnvironment

    var text: String {
        var lines = ["Extractors (use in --pipeline or as `extractor:` in a pipeline file):"]
        for entry in environment.registry.registrations {
            lines.append("")
            lines.append("  \(entry.name)")
            lines.append("    \(entry.summary)")
            lines.append("    requires: \(Self.list(entry.requires))   provides: \(Self.list(entry.provides))")
            if entry.options.isEmpty {
                lines.append("    options: none")
            } else {
                lines.append("    options:")
                for option in entry.options {
                    let fallback = option.defaultValue.map { ", default \($0)" } ?? ""
                    lines.append("      \(option.key) (\(option.type)\(fallback)): \(option.summary)")
                }
            }
        }
        lines.append("")
        if environment.patterns.isEmpty {
            lines.append("Built-in patterns: none in this build.")
        } else {
            lines.append("Built-in patterns (regex step, `library: [name, ...]`):")
            let width = environment.patterns.map(\.name.count).max() ?? 0
            for pattern in environment.patterns.sorted(by: { $0.name < $1.name }) {
                let padding = String(repeating: " ", count: width - pattern.name.count)
                lines.append("  \(pattern.name)\(padding)  \(pattern.summary)")
                lines.append("  \(String(repeating: " ", count: width))    \(pattern.pattern)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ capabilities: Set<Capability>) -> String {
        capabilities.isEmpty ? "-" : capabilities.sorted().map(\.name).joined(separator: ", ")
    }
}
