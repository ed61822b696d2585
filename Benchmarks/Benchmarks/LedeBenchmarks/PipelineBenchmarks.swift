import Benchmark
import Lede

/// The whole default pipeline, and JSON encoding of its results.
enum PipelineBenchmarks {
    static func register() {
        Benchmark("Pipeline.default.1MB-articles", configuration: Suite.throughput()) { _, state in
            state.run()
        } setup: {
            try PipelineState(Corpus.articles(totalBytes: Suite.mega))
        }

        Benchmark("Pipeline.default.seeds", configuration: Suite.plain()) { _, state in
            state.run()
        } setup: {
            try PipelineState(Corpus.seedDocuments)
        }

        // Throughput here is per byte of input text, like every other benchmark.
        Benchmark("ResultEncoder.1MB-articles", configuration: Suite.throughput()) { _, state in
            state.encode()
        } setup: {
            try EncoderState(Corpus.articles(totalBytes: Suite.mega), include: [])
        }

        Benchmark("ResultEncoder.1MB-articles.tokens-sentences", configuration: Suite.throughput()) { _, state in
            state.encode()
        } setup: {
            try EncoderState(Corpus.articles(totalBytes: Suite.mega), include: [.tokens, .sentences])
        }

        Benchmark("ResultEncoder.seeds", configuration: Suite.plain()) { _, state in
            state.encode()
        } setup: {
            try EncoderState(Corpus.seedDocuments, include: [])
        }
    }
}

/// The default pipeline and the documents it runs over.
final class PipelineState {
    let pipeline: Pipeline
    let documents: [Document]

    init(_ documents: [Document]) throws {
        pipeline = try Pipeline.makeDefault()
        self.documents = documents
    }

    func run() {
        for document in documents {
            blackHole(pipeline.result(for: document))
        }
    }
}

/// Results of the default pipeline and one JSON writer reused for every line, as the CLI does.
final class EncoderState {
    let results: [AnnotatedDocument]
    let encoder: ResultEncoder
    var writer = JSONWriter(capacity: 1 << 20)

    init(_ documents: [Document], include: OutputField) throws {
        let pipeline = try Pipeline.makeDefault()
        results = documents.map { (try? pipeline.run($0)) ?? AnnotatedDocument($0) }
        encoder = ResultEncoder(include: include)
    }

    func encode() {
        for result in results {
            writer.bytes.removeAll(keepingCapacity: true)
            encoder.encode(result, into: &writer)
            blackHole(writer.bytes.count)
        }
    }
}
