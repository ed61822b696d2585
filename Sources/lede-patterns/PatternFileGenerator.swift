/// Parses, checks and generates: the whole job for one patterns file.
enum PatternFileGenerator {
    /// Every problem found in a file, in file order.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
    }

    /// The Swift source for `file`, or every problem found in it (in file order).
    static func generate(_ file: SourceFile) -> Result<String, Failure> {
        guard String(validating: file.bytes, as: UTF8.self) != nil else {
            return .failure(Failure(diagnostics: [Diagnostic(0, "the file is not valid UTF-8")]))
        }
        var parser = PatternFileParser(bytes: file.bytes)
        let root: Node?
        do {
            root = try parser.parseDocument()
        } catch {
            return .failure(Failure(diagnostics: [error]))
        }
        var errors: [Diagnostic] = []
        let entries = PatternEntry.entries(of: root, errors: &errors)
        var items: [SwiftEmitter.Item] = []
        var identifiers: [String: String] = [:]
        for entry in entries {
            let name = entry.name.string
            let id = SwiftEmitter.identifier(for: name)
            if SwiftEmitter.reserved.contains(id) {
                errors.append(Diagnostic(entry.name.start, "pattern name '\(name)' clashes with the generated '\(id)'; rename it"))
                continue
            }
            if let other = identifiers[id] {
                errors.append(Diagnostic(entry.name.start, "patterns '\(other)' and '\(name)' both become the Swift name '\(id)'; rename one"))
                continue
            }
            identifiers[id] = name
            switch PatternCompiler.check(entry) {
            case .success(let options):
                items.append(.init(identifier: id, name: name, pattern: entry.pattern.string, options: options,
                                   groups: entry.groups.map(\.string)))
            case .failure(let e):
                errors.append(e)
            }
        }
        guard errors.isEmpty else { return .failure(Failure(diagnostics: errors.sorted { $0.offset < $1.offset })) }
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let emitter = SwiftEmitter(typeName: SwiftEmitter.typeName(forFile: fileName), fileName: fileName, items: items)
        return .success(emitter.source())
    }
}
