import Benchmark
import LedeCore

/// The tokenizer and sentence splitter on raw bytes: the throughput-critical path.
enum TextBenchmarks {
    static func register() {
        // The same text at 1 MB and 8 MB into a buffer reserved once: per-iteration malloc
        // counts must stay at ~0 for both (no allocation per token, issue 2).
        Benchmark("Tokenizer.1MB.reused-buffer", configuration: Suite.throughput(.flat)) { _, state in
            state.tokenize()
        } setup: {
            TokenizeState(Corpus.text(bytes: Suite.mega))
        }

        Benchmark("Tokenizer.8MB.reused-buffer", configuration: Suite.plain(.flat)) { _, state in
            state.tokenize()
        } setup: {
            TokenizeState(Corpus.text(bytes: 8 * Suite.mega))
        }

        // The convenience API: a fresh, pre-sized buffer per call (a handful of allocations).
        Benchmark("Tokenizer.1MB.new-buffer", configuration: Suite.throughput()) { _, document in
            blackHole(Tokenizer().tokenize(document).count)
        } setup: {
            Document(id: "text-1MB", bytes: Corpus.text(bytes: Suite.mega))
        }

        Benchmark("SentenceSplitter.1MB", configuration: Suite.throughput()) { _, state in
            state.split()
        } setup: {
            TokenizeState(Corpus.text(bytes: Suite.mega), tokenized: true)
        }
    }
}

/// Text and a token buffer reserved for the worst case (one token per byte), reused by
/// every iteration so that only the tokenizer's own allocations are counted.
final class TokenizeState {
    let bytes: [UInt8]
    var tokens: TokenBuffer
    private let tokenizer = Tokenizer()
    private let splitter = SentenceSplitter()

    init(_ bytes: [UInt8], tokenized: Bool = false) {
        self.bytes = bytes
        tokens = TokenBuffer(capacity: bytes.count + 16)
        if tokenized { tokenize() }
    }

    func tokenize() {
        tokens.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
        blackHole(tokens.count)
    }

    func split() {
        let sentences = bytes.withUnsafeBufferPointer { splitter.split($0, tokens: tokens) }
        blackHole(sentences.count)
    }
}
