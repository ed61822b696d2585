import Foundation
import PackagePlugin

/// Build-tool plugin: for every `*.patterns.yaml` / `*.patterns.json` file of a target,
/// runs `lede-patterns`, which compiles each pattern with PCRE2 and generates Swift
/// constants (`<File>Patterns.swift`). A broken pattern fails the build with
/// `file:line:column: error: <PCRE2 message>` pointing into the patterns file.
@main
struct LedePatterns: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url).filter { Self.isPatternsFile($0.lastPathComponent) }
        return try Self.commands(for: files, tool: context.tool(named: "lede-patterns").url,
                                 workDirectory: context.pluginWorkDirectoryURL)
    }

    static func isPatternsFile(_ name: String) -> Bool {
        name.hasSuffix(".patterns.yaml") || name.hasSuffix(".patterns.yml") || name.hasSuffix(".patterns.json")
    }

    /// One build command per patterns file; two files that would generate the same
    /// Swift type are an error, reported before anything runs.
    static func commands(for files: [URL], tool: URL, workDirectory: URL) throws -> [Command] {
        var outputs: [String: URL] = [:]
        var commands: [Command] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = file.lastPathComponent
            let base = String(name[..<(name.range(of: ".patterns.")?.lowerBound ?? name.endIndex)])
            let outputName = base + ".patterns.swift"
            if let other = outputs[outputName] {
                Diagnostics.error("\(file.path) and \(other.path) would both generate \(outputName); rename one")
                continue
            }
            outputs[outputName] = file
            let output = workDirectory.appending(path: outputName)
            commands.append(.buildCommand(
                displayName: "Checking patterns in \(name)",
                executable: tool,
                arguments: [file.path, output.path],
                inputFiles: [file],
                outputFiles: [output]
            ))
        }
        return commands
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension LedePatterns: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let files = target.inputFiles.map(\.url).filter { Self.isPatternsFile($0.lastPathComponent) }
        return try Self.commands(for: files, tool: context.tool(named: "lede-patterns").url,
                                 workDirectory: context.pluginWorkDirectoryURL)
    }
}
#endif
