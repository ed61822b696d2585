import LedeCore
import Testing

/// Problems with `tokens` over `bytes`: tokens out of order, empty or overlapping,
/// or a byte outside every token that is not white space. Empty when sound.
func tokenInvariantViolations(_ bytes: [UInt8], _ tokens: TokenBuffer) -> [String] {
    var problems: [String] = []
    var covered = 0
    for i in tokens.indices {
        let s = tokens[i].span
        if s.start < covered || s.end <= s.start || s.end > bytes.count {
            problems.append("token \(i) \(s) after \(covered)")
            continue
        }
        problems += gapViolations(bytes, covered, s.start)
        covered = s.end
    }
    return problems + gapViolations(bytes, covered, bytes.count)
}

/// Non-white-space scalars in `bytes[from..<to]`, a gap between tokens.
private func gapViolations(_ bytes: [UInt8], _ from: Int, _ to: Int) -> [String] {
    guard from < to else { return [] }
    var problems: [String] = []
    var offset = from
    var decoder = UTF8()
    var iterator = bytes[from..<to].makeIterator()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            if !Tokenizer.isWhiteSpace(scalar) { problems.append("uncovered U+\(String(scalar.value, radix: 16)) at \(offset)") }
            offset += UTF8.width(scalar)
        case .error:
            problems.append("uncovered invalid byte at \(offset)")
            return problems
        case .emptyInput:
            return problems
        }
    }
}

@Suite struct TokenizerInvariantTests {
    static let adversarial: [String] = [
        "", " ", "\n\n", "\u{00A0}\u{00A0}", "\"", "'", "“", "”", "‘", "’", "«", "»", "--", "-", "—", "– –",
        "\u{FFFD}", "\u{FFFD}\u{FFFD}abc\u{FFFD}", "대한민국 국방부", "😀", "👨‍👩‍👧‍👦!", "🇰🇷🇺🇸", "a\u{0301}", "\u{0301}a",
        "war\u{97}peace", "\u{80}\u{9F}\u{85}", "...", "…", "@", "#", "@@", "##", "a@b", "x@y.", "a@b.c", "@_",
        "http://", "https://", "www.", "www.x", "U.S", "U.S.", "J.", "a.", ".", ".5.", "-.5", "1,", "1,0000",
        "1.", "a-", "a'", "'a", "’n", "’n’", "'90", "’9", "workers'", "\"\"", "''", "“”", "\"'\"", "(\"", "\")",
        "x\u{200D}y", "\u{200D}", "\u{00AD}", "a\u{00AD}b", "\u{2028}a\u{2029}", "\t\r\n\u{0B}\u{0C}", "\u{0}\u{1}\u{7F}",
        "a--b---c", "U.S.–Korea", "#U.S.–Korea", "e-mail@x.com", "john.@x.com", ".john@x.com",
    ]

    @Test func adversarialStrings() {
        for text in Self.adversarial {
            let doc = Document(text: text)
            let problems = tokenInvariantViolations(doc.bytes, Tokenizer().tokenize(doc))
            #expect(problems.isEmpty, "\(text.debugDescription): \(problems)")
        }
    }

    @Test func invalidUTF8BytesBecomeSymbols() {
        // Raw buffers bypass Document's repair: lone 0x97 (Windows-1252 em dash),
        // truncated, overlong and surrogate sequences, bytes that never occur.
        let raw: [[UInt8]] = [
            [0x77, 0x61, 0x72, 0x97, 0x70, 0x65, 0x61, 0x63, 0x65], [0xE2, 0x80], [0xE2, 0x80, 0x61],
            [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE, 0x20, 0xF5], [0x80, 0x80, 0x80],
            [0x61, 0xE2], [0x22, 0xE2, 0x80, 0x9D, 0xE2],
        ]
        for bytes in raw {
            var tokens = TokenBuffer()
            bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
            let problems = tokenInvariantViolations(bytes, tokens)
            #expect(problems.isEmpty, "\(bytes): \(problems)")
        }
        var tokens = TokenBuffer()
        [0x77, 0x61, 0x72, 0x97, 0x70] .withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
        #expect(tokens.map(\.kind) == [.word, .symbol, .word])
    }

    @Test func seedArticlesAreFullyCovered() throws {
        for (name, text) in try loadSeedArticles() {
            let doc = Document(text: text)
            let tokens = Tokenizer().tokenize(doc)
            #expect(tokens.count > 300, "\(name)")
            let problems = tokenInvariantViolations(doc.bytes, tokens)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test func randomMixturesOfTrickyPieces() {
        // Deterministic pseudo-random strings built from pieces that stress the rules.
        let pieces = [
            "a", "Z", "한", "é", "1", "0", ".", ",", "-", "'", "’", "‘", "\"", "“", "”", "«", "»", "@", "#", "_",
            "/", ":", " ", "\n", "\u{00A0}", "–", "—", "…", "😀", "\u{200D}", "\u{FE0F}", "\u{97}", "\u{FFFD}",
            "http://", "www.", ".com", "U.S.", "Gen.", "s", "n", "(", ")", "$", "\u{0301}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 24) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let doc = Document(text: text)
            let problems = tokenInvariantViolations(doc.bytes, Tokenizer().tokenize(doc))
            #expect(problems.isEmpty, "\(text.debugDescription): \(problems)")
        }
    }
}
