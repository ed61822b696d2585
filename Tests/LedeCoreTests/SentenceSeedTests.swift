import Foundation
import LedeCore
import Testing

struct FixtureMissing: Error {}

/// The five seed articles copied into Fixtures/seeds, as (file name, text), by name.
func loadSeedArticles() throws -> [(name: String, text: String)] {
    guard let root = Bundle.module.resourceURL else { throw FixtureMissing() }
    let dir = root.appendingPathComponent("Fixtures/seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    guard names.count == 5 else { throw FixtureMissing() }
    return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
}

/// The sentences of `text` as strings.
func sentenceTexts(_ text: String) -> [String] {
    let doc = Document(text: text)
    let tokens = Tokenizer().tokenize(doc)
    let spans = doc.bytes.withUnsafeBufferPointer { SentenceSplitter().split($0, tokens: tokens) }
    return spans.map { doc.text(of: $0) }
}

@Suite struct SentenceSeedTests {
    /// Sentence counts verified by reading each seed: headlines, timestamps, list
    /// items and boilerplate lines are sentences of their own (paragraph breaks).
    static let counts: [String: Int] = [
        "000_ee8ecf434b4cedfc.txt": 18, "001_167d04bd473724f8.txt": 19, "002_fbb2744d5617af63.txt": 15,
        "003_96aeffd01d083ba3.txt": 22, "004_7487475de5a83e30.txt": 18,
    ]

    /// Sentences of key paragraphs, checked by hand, that must come out exactly.
    static let expected: [String: [String]] = [
        "000_ee8ecf434b4cedfc.txt": [
            "Tuesday, 02 January 2024 12:17 GMT",
            "“The early regaining of wartime operational control within my term would serve as an important "
                + "opportunity to further deepen and develop the alliance between the Republic of Korea (South Korea) "
                + "and the US,” Lee declared, as cited by Kang.",
            "He further noted that “If the Korean military's capabilities are significantly strengthened and the "
                + "Republic of Korea takes a leading role in defending the Korean Peninsula, the US defense burden in "
                + "the Indo-Pacific region will also be reduced.”",
            "MENAFN provides the information “as is” without warranty of any kind.",
            "We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, "
                + "completeness, legality, or reliability of the information contained in this article.",
        ],
        "001_167d04bd473724f8.txt": [
            "- Strategic meetings scheduled for November 4.",
            "\"We wholeheartedly support the ROK in enhancing its leadership in conventional defense as a deterrent "
                + "against the DPRK.",
            "We stand behind these initiatives,\" the official stated to journalists accompanying Hegseth on his Asia "
                + "tour, which includes visits to Japan, Malaysia, Vietnam, and South Korea.",
            "\"We recognize that regaining wartime OPCON is a key priority for South Korean President Lee, and "
                + "Secretary Hegseth is eager to discuss this matter with Minister Ahn during the SCM,\" he added.",
            "Seoul and Washington are working towards a conditions-based OPCON transition.",
        ],
        "002_fbb2744d5617af63.txt": [
            "South Korea, US Note \"Significant Progress\" on Wartime Command Transfer Amid North Korean Tensions",
            "President Lee Jae Myung previously announced that he and U.S. President Donald Trump had agreed during "
                + "their summit to expand cooperation into high-tech defense sectors, signaling a deepening of the "
                + "alliance beyond traditional command structures.",
            "This move is part of a broader enhancement of the security relationship.",
        ],
        "003_96aeffd01d083ba3.txt": [
            "Nov 05, 2025, 10:05 am",
            "President Lee Jae-myung met with U.S. Defense Secretary Pete Hegseth on November 4, expressing "
                + "confidence that regaining wartime operational control (OPCON) within his term would mark a major "
                + "step forward for the U.S.–Korea alliance.",
            "Hegseth praised Seoul’s increasing defense spending and efforts to acquire advanced conventional forces "
                + "and nuclear-powered submarines.",
            "“We are proud of Korea’s commitment to strengthening its defense and will actively support it,” he said.",
            "“Korea is one of our most exemplary allies.”",
            "Attending the meeting were Acting U.S. Ambassador Kevin Kim, Joint Chiefs Chairman Gen. Daniel Cane, "
                + "Indo-Pacific Commander Adm. Samuel Paparo, U.S. Forces Korea Commander Gen. Xavier Brunson, and "
                + "from Korea, Defense Minister Ahn Kyu-baek, National Security Office Director Wi Sung-rak, Joint "
                + "Chiefs Chairman Gen. Jin Young-seung, and Deputy National Security Adviser Kim Hyun-jong.",
        ],
        "004_7487475de5a83e30.txt": [
            "But the South Korean newspaper says any resolution of the issue “looks increasingly unlikely as the US "
                + "drags its heels and tensions with North Korea mount.”",
            "“In other words, take charge without decreasing its reliance on American forces,” the newspaper said.",
            "Pre-emptive strike plan",
            "Comments are closed.",
        ],
    ]

    @Test func seedSentenceCountsAndKeySentences() throws {
        let seeds = try loadSeedArticles()
        for (name, text) in seeds {
            let sentences = sentenceTexts(text)
            #expect(sentences.count == Self.counts[name], "\(name): \(sentences.count) sentences")
            for sentence in Self.expected[name] ?? [] {
                #expect(sentences.contains(sentence), "\(name): missing «\(sentence)»")
            }
            // Quoted speech with its attribution stays one sentence.
            #expect(!sentences.contains { $0.hasPrefix("he said") || $0.hasPrefix("the newspaper said") }, "\(name)")
        }
    }

    @Test func seedSentencesStayInsideParagraphs() throws {
        for (name, text) in try loadSeedArticles() {
            let doc = Document(text: text)
            let tokens = Tokenizer().tokenize(doc)
            let (sentences, paragraphs) = doc.bytes.withUnsafeBufferPointer {
                (SentenceSplitter().split($0, tokens: tokens), ParagraphSplitter().split($0))
            }
            for s in sentences {
                #expect(paragraphs.contains { $0.contains(s) }, "\(name): \(doc.text(of: s)) crosses a paragraph")
            }
            // Sentences are in order and every token belongs to one.
            let ranges = doc.bytes.withUnsafeBufferPointer { SentenceSplitter().tokenRanges($0, tokens: tokens) }
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == tokens.count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
    }
}
