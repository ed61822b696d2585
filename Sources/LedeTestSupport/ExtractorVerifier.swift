import Dispatch
import LedeCore

/// Checks that an `Extractor` honours the protocol's contract, the way
/// swift-nio's `ByteToMessageDecoderVerifier` checks decoders. Use it in the tests
/// of an extractor of your own:
///
/// ```swift
/// try ExtractorVerifier.verify(TroopCounter(), on: ["“We have 28,500 troops,” he said."])
/// ```
///
/// It runs the extractor (after `preparing` steps that provide its requirements)
/// over every text and checks that:
/// - every span it adds lies within the text, has `start <= end` and falls on
///   UTF-8 scalar boundaries;
/// - running twice gives byte-identical output (determinism);
/// - running on several threads at once gives the same output (thread safety);
/// - its `Extractor.requires` are provided by `preparing`.
public enum ExtractorVerifier {
    /// A broken contract, with the text and the reason.
    public struct VerificationError: Error, CustomStringConvertible {
        /// Index of the input text that showed the problem.
        public var input: Int
        /// What was wrong.
        public var reason: String
        public var description: String { "input \(input): \(reason)" }
    }

    /// Verifies `extractor` on `texts`; throws the first violation found.
    public static func verify(_ extractor: any Extractor, on texts: [String],
                              preparing: [any Extractor] = [TextAnalyzer()]) throws {
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(steps: preparing.map { Pipeline.Step($0) } + [Pipeline.Step(name: "under-test", extractor)])
        } catch {
            throw VerificationError(input: -1, reason: "pipeline does not build: \(error)")
        }
        let encoder = ResultEncoder()
        var expected: [[UInt8]] = []
        for (i, text) in texts.enumerated() {
            let doc = Document(id: "input-\(i)", text: text)
            let first = pipeline.result(for: doc)
            if case .success(let annotated) = first {
                try checkSpans(annotated, input: i)
            }
            let line = encoder.line(for: first, id: doc.id)
            let again = encoder.line(for: pipeline.result(for: doc), id: doc.id)
            guard line == again else {
                throw VerificationError(input: i, reason: "two runs gave different output (not deterministic)")
            }
            expected.append(line)
        }
        // Thread safety: every text on several threads at once must give the same lines.
        let rounds = 4
        let results = ResultBox(count: texts.count * rounds)
        DispatchQueue.concurrentPerform(iterations: texts.count * rounds) { k in
            let i = k % texts.count
            let doc = Document(id: "input-\(i)", text: texts[i])
            results.set(k, encoder.line(for: pipeline.result(for: doc), id: doc.id))
        }
        for k in 0..<(texts.count * rounds) where results.get(k) != expected[k % texts.count] {
            throw VerificationError(input: k % texts.count, reason: "concurrent runs gave different output (not thread-safe)")
        }
    }

    private static func checkSpans(_ annotated: AnnotatedDocument, input: Int) throws {
        let bytes = annotated.document.bytes
        var spans: [(String, Span)] = []
        if let d = annotated.dateline { spans.append(("dateline", d.span)) }
        if let p = annotated.published { spans.append(("published", p.span)) }
        for q in annotated.quotes {
            spans.append(("quote", q.span))
            if let m = q.mention { spans.append(("quote mention", m)) }
            if let c = q.cue { spans.append(("quote cue", c)) }
        }
        for m in annotated.matches {
            spans.append(("match '\(m.pattern)'", m.span))
            for g in m.groups { if let s = g.span { spans.append(("group '\(g.name)'", s)) } }
        }
        for s in annotated.sentences ?? [] { spans.append(("sentence", s)) }
        for s in annotated.paragraphs ?? [] { spans.append(("paragraph", s)) }
        if let tokens = annotated.tokens {
            for t in tokens { spans.append(("token", t.span)) }
        }
        func boundary(_ i: Int) -> Bool { i == bytes.count || bytes[i] & 0xC0 != 0x80 }
        for (what, span) in spans {
            guard span.start >= 0, span.start <= span.end, span.end <= bytes.count else {
                throw VerificationError(input: input, reason: "\(what) span \(span) is outside the text (\(bytes.count) bytes)")
            }
            guard boundary(span.start), boundary(span.end) else {
                throw VerificationError(input: input, reason: "\(what) span \(span) splits a UTF-8 sequence")
            }
        }
    }
}

/// Results written from concurrent iterations, each to its own slot.
private final class ResultBox: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [UInt8]) {
        lock.wait()
        slots[i] = value
        lock.signal()
    }
    func get(_ i: Int) -> [UInt8] {
        lock.wait()
        defer { lock.signal() }
        return slots[i]
    }
}
