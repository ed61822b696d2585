import Foundation
import LedeCore

/// Benchmark inputs: the five seed articles bundled in the repository's `Examples/articles`,
/// and news-like text generated from them deterministically (same bytes on every run and
/// machine), so malloc counts can be gated and time compared across runs.
enum Corpus {
    /// The date year-less dates resolve against (as `extract --reference-date 2025-11-01`),
    /// so results never depend on the day the suite runs.
    static let referenceDate = CalendarDate(year: 2025, month: 11, day: 1)

    /// The seed articles' texts, in file-name order.
    static let seedTexts: [String] = loadSeeds()

    /// The seed articles as documents.
    static var seedDocuments: [Document] {
        seedTexts.enumerated().map { Document(id: "seed-\($0.offset)", text: $0.element, referenceDate: referenceDate) }
    }

    /// Total UTF-8 size of the seeds.
    static var seedBytes: Int { seedTexts.reduce(0) { $0 + $1.utf8.count } }

    /// Generated articles whose texts add up to exactly `totalBytes` UTF-8 bytes (the last
    /// one is cut at a scalar boundary and padded with spaces).
    static func articles(totalBytes: Int) -> [Document] {
        var generator = ArticleGenerator()
        var documents: [Document] = []
        var used = 0
        while used < totalBytes {
            var bytes = Array(generator.next().utf8)
            if used + bytes.count > totalBytes { bytes = cut(bytes, to: totalBytes - used) }
            used += bytes.count
            documents.append(Document(id: "gen-\(documents.count)", bytes: bytes, referenceDate: referenceDate))
        }
        return documents
    }

    /// One text of exactly `count` bytes: generated articles separated by blank lines.
    static func text(bytes count: Int) -> [UInt8] {
        var generator = ArticleGenerator()
        var out: [UInt8] = []
        out.reserveCapacity(count + 8192)
        while out.count < count {
            out.append(contentsOf: generator.next().utf8)
            out.append(contentsOf: [0x0A, 0x0A])
        }
        return cut(out, to: count)
    }

    /// The first `n` bytes of `bytes`, backed off to a scalar boundary and padded with spaces.
    private static func cut(_ bytes: [UInt8], to n: Int) -> [UInt8] {
        guard bytes.count > n else { return bytes }
        var end = n
        while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[..<end]) + Array(repeating: 0x20, count: n - end)
    }

    private static func loadSeeds() -> [String] {
        guard let folder = articlesFolder() else {
            FileHandle.standardError.write(Data("""
                LedeBenchmarks: cannot find Examples/articles (looked next to this source file and \
                in the working directory). Run the suite from a checkout of the Lede repository.\n
                """.utf8))
            exit(1)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// `Examples/articles` of the repository this suite belongs to. The source file's own
    /// path is tried first (the suite is always built from source), then the working directory.
    private static func articlesFolder() -> String? {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent()   // LedeBenchmarks
            .deletingLastPathComponent()                     // Benchmarks (targets)
            .deletingLastPathComponent()                     // Benchmarks (package)
            .deletingLastPathComponent()                     // repository root
        let cwd = FileManager.default.currentDirectoryPath
        let candidates = [repository.path, cwd, cwd + "/.."].map { $0 + "/Examples/articles" }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// Deterministic news-like articles recombined from the seeds: each keeps one seed's header
/// lines (timestamp, headline, dateline) and shuffles its body with paragraphs of the others.
struct ArticleGenerator {
    private var random = SplitMix64(seed: 0x1ede_2025)
    private let heads: [[Substring]]
    private let bodies: [[Substring]]
    private let pool: [Substring]

    init(seeds: [String] = Corpus.seedTexts) {
        let lines = seeds.map { $0.split(separator: "\n", omittingEmptySubsequences: true) }
        heads = lines.map { Array($0.prefix(3)) }
        bodies = lines.map { Array($0.dropFirst(3)) }
        pool = bodies.flatMap { $0 }
    }

    /// The next article.
    mutating func next() -> String {
        guard !heads.isEmpty else { return "" }
        let seed = random.below(heads.count)
        var body = bodies[seed]
        if !pool.isEmpty {
            for _ in 0..<3 { body.append(pool[random.below(pool.count)]) }
        }
        for i in stride(from: body.count - 1, to: 0, by: -1) {
            body.swapAt(i, random.below(i + 1))
        }
        return (heads[seed] + body).joined(separator: "\n\n") + "\n"
    }
}

/// A small, fast, seedable generator (SplitMix64), so generated inputs never change.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
