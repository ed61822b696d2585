import LedeCore
import LedeTestSupport
import Testing

/// Marks every capitalised word; honours the contract.
private struct CapitalWords: Extractor {
    static let registryName = "capitals"
    var requires: Set<Capability> { [.tokens] }
    var provides: Set<Capability> { [.matches] }
    func extract(_ document: inout AnnotatedDocument) {
        guard let tokens = document.tokens else { return }
        for t in tokens where t.kind == .word {
            let b = document.document.bytes[t.span.start]
            if b >= 0x41 && b <= 0x5A { document.matches.append(Match(pattern: "capital", span: t.span)) }
        }
    }
}

/// Emits a span that splits a multi-byte character; breaks the contract.
private struct SplitsScalars: Extractor {
    static let registryName = "splitter"
    var requires: Set<Capability> { [] }
    var provides: Set<Capability> { [.matches] }
    func extract(_ document: inout AnnotatedDocument) {
        document.matches.append(Match(pattern: "bad", span: Span(start: 0, end: 1)))
    }
}

@Suite struct ExtractorVerifierTests {
    let texts = ["Seoul’s “deepen” remark, 서울.", "Lee said, “We agree.”", ""]

    @Test func acceptsAConformingExtractor() throws {
        try ExtractorVerifier.verify(CapitalWords(), on: texts)
        try ExtractorVerifier.verify(TextAnalyzer(), on: texts, preparing: [])
    }

    @Test func rejectsSpansThatSplitCharacters() {
        #expect(throws: ExtractorVerifier.VerificationError.self) {
            try ExtractorVerifier.verify(SplitsScalars(), on: ["서울"], preparing: [])
        }
    }

    @Test func rejectsMissingPrerequisites() {
        #expect(throws: ExtractorVerifier.VerificationError.self) {
            try ExtractorVerifier.verify(CapitalWords(), on: texts, preparing: [])
        }
    }
}
