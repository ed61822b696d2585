import ArgumentParser

/// `extract list`: the registered extractors, their options and the built-in patterns.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the extractors, their options and the built-in regex patterns.",
        usage: "extract list"
    )

    func run() {
        print(ExtractorCatalog(environment: ExtractEnvironment.current.withLock { $0 }).text, terminator: "")
    }
}
