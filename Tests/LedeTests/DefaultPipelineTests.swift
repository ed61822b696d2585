import Foundation
import Lede
import LedeTestSupport
import Testing

/// The repository root, found from this file's path (tests run from a checkout).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled example articles (the five seeds).
func exampleArticles() throws -> [(name: String, bytes: Data)] {
    let folder = repositoryRoot.appendingPathComponent("Examples/articles")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
}

@Suite struct DefaultPipelineTests {
    @Test func seedOutputValidatesAgainstTheSchema() throws {
        let validator = try JSONSchemaValidator(contentsOf: repositoryRoot.appendingPathComponent("Docs/output.schema.json"))
        let pipeline = try Pipeline.makeDefault()
        let encoder = ResultEncoder(include: [.tokens, .sentences, .paragraphs])
        let articles = try exampleArticles()
        #expect(articles.count == 5)
        for article in articles {
            let doc = Document(id: article.name, bytes: article.bytes, referenceDate: CalendarDate(iso: "2025-11-01"))
            let line = encoder.line(for: pipeline.result(for: doc), id: doc.id)
            try validator.validate(jsonLine: Data(line))
        }
        // The error shape validates too.
        try validator.validate(jsonLine: Data(ResultEncoder().line(for: .failure(.empty("x is empty")), id: "x")))
    }

    @Test func schemaValidatorRejectsContractViolations() throws {
        let validator = try JSONSchemaValidator(contentsOf: repositoryRoot.appendingPathComponent("Docs/output.schema.json"))
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try validator.validate(jsonLine: Data(#"{"id":"x","dateline":null,"published":null,"quotes":[{"text":"a"}],"matches":[]}"#.utf8))
        }
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try validator.validate(jsonLine: Data(#"{"id":"x","dateline":null,"published":null,"quotes":[]}"#.utf8))
        }
    }

    @Test func defaultPipelineRunsEveryBuiltIn() throws {
        let pipeline = try Pipeline.makeDefault()
        let names = Set(pipeline.steps.map { type(of: $0.extractor).registryName })
        #expect(names.isSuperset(of: Set(ExtractorRegistry.builtIn.registrations.map(\.name))))
    }
}
