/// An ordered list of named steps, checked when built, run over one document at a time.
///
/// ```swift
/// let pipeline = try Pipeline([TextAnalyzer(), MyExtractor()])
/// let result = try pipeline.run(Document(text: article))
/// ```
///
/// A pipeline is immutable and `Sendable`: share one across threads.
public struct Pipeline: Sendable {
    /// A named step.
    public struct Step: Sendable {
        /// Unique within the pipeline; names the step in errors and diagnostics.
        public let name: String
        /// The extractor that runs.
        public let extractor: any Extractor

        /// Creates a step; the name defaults to the extractor's registry name.
        public init(name: String? = nil, _ extractor: any Extractor) {
            self.name = name ?? type(of: extractor).registryName
            self.extractor = extractor
        }
    }

    /// The steps in the order they run.
    public let steps: [Step]

    /// Builds a pipeline, checking that step names are unique and that every step's
    /// requirements are provided by an earlier step.
    public init(steps: [Step], file: String? = nil) throws(ConfigurationError) {
        var provided = Set<Capability>()
        var names = Set<String>()
        for step in steps {
            guard names.insert(step.name).inserted else {
                throw ConfigurationError(.duplicateStep,
                    "two steps are named '\(step.name)'; give one a different `name:`", file: file, step: step.name)
            }
            let missing = step.extractor.requires.subtracting(provided).sorted()
            if let first = missing.first {
                let providers = steps.filter { $0.extractor.provides.contains(first) }.map(\.name)
                let hint = providers.isEmpty
                    ? "add a step that provides it (the `tokens` step provides tokens, sentences and paragraphs)"
                    : "move step '\(providers[0])' before it"
                throw ConfigurationError(.missingRequirement,
                    "step '\(step.name)' requires '\(first)', which no earlier step provides; \(hint)",
                    file: file, step: step.name, key: "extractor")
            }
            provided.formUnion(step.extractor.provides)
        }
        self.steps = steps
    }

    /// Builds a pipeline of extractors named after their registry names.
    public init(_ extractors: [any Extractor]) throws(ConfigurationError) {
        try self.init(steps: extractors.map { Step($0) })
    }

    /// Everything the pipeline's steps provide.
    public var provides: Set<Capability> {
        steps.reduce(into: []) { $0.formUnion($1.extractor.provides) }
    }

    /// Runs every step over `document`.
    ///
    /// - Throws: ``DocumentError`` when a step fails on this document; errors other
    ///   than ``DocumentError`` are wrapped with code `extractor-failed`.
    public func run(_ document: Document) throws(DocumentError) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document)
        for step in steps {
            do {
                try step.extractor.extract(&annotated)
            } catch let error as DocumentError {
                throw error
            } catch {
                throw DocumentError(code: "extractor-failed", message: "step '\(step.name)': \(error)")
            }
        }
        return annotated
    }

    /// Runs every step over `document`, returning failure as a value.
    public func result(for document: Document) -> Result<AnnotatedDocument, DocumentError> {
        do {
            return .success(try run(document))
        } catch {
            return .failure(error)
        }
    }
}
