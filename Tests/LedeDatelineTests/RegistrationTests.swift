import Lede
import LedeCore
import LedeDateline
import LedeTestSupport
import Testing

/// The `dateline` step as configured from YAML and the CLI's `--pipeline`.
@Suite struct RegistrationTests {
    @Test func registeredAsBuiltIn() throws {
        let registration = try #require(ExtractorRegistry.builtIn.registration(named: "dateline"))
        #expect(registration.requires.isEmpty)
        #expect(registration.provides == [.dateline, .published])
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration(extractorNames: ["dateline"]))
        let result = try pipeline.run(Document(text: "LONDON, March 2 (Reuters) - x",
                                               referenceDate: CalendarDate(year: 1987, month: 12, day: 31)))
        #expect(result.dateline?.date == CalendarDate(year: 1987, month: 3, day: 2))
    }

    @Test func headBytesOption() throws {
        let yaml = "pipeline:\n  - extractor: dateline\n    head_bytes: 300\n"
        let pipeline = try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml))
        let far = String(repeating: "x\n", count: 200) + "LONDON, March 2 (Reuters) - x"
        #expect(try pipeline.run(Document(text: far)).dateline == nil)
    }

    @Test func headBytesOutOfRangeIsAConfigurationError() throws {
        let yaml = "pipeline:\n  - extractor: dateline\n    head_bytes: 10\n"
        #expect(throws: ConfigurationError.self) {
            try ExtractorRegistry.builtIn.makePipeline(PipelineConfiguration.parse(yaml))
        }
    }

    @Test func invalidUTF8NeverCrashes() throws {
        let bytes: [UInt8] = Array("SEOUL ".utf8) + [0x97] + Array(" South Korea said on Wednesday that the talks had gone well.\n".utf8) + [0xFF, 0xFE, 0xC3]
        var document = AnnotatedDocument(Document(bytes: bytes, referenceDate: seedReference))
        try DatelineExtractor().extract(&document)
        #expect(document.dateline?.location == "Seoul")
    }
}

/// The `Extractor` contract: spans in bounds and on scalar boundaries, determinism, thread safety.
@Suite struct ContractTests {
    @Test func honoursTheExtractorContract() throws {
        var texts = try ["000_ee8ecf434b4cedfc", "001_167d04bd473724f8", "002_fbb2744d5617af63",
                         "003_96aeffd01d083ba3", "004_7487475de5a83e30"].map(SeedTests.seed)
        texts += DatelineFormTests.positives.map(\.text) + DatelineFormTests.negatives
        texts += ["", "\n\n\n", "SEOUL \u{2013}", "(", "(07-17)", "Nov 5, 20", "\u{FEFF}WASHINGTON (AP) \u{2014}"]
        try ExtractorVerifier.verify(DatelineExtractor(), on: texts, preparing: [])
    }
}
