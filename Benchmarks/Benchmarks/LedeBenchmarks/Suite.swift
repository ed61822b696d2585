import Benchmark
import Foundation

/// Settings shared by every benchmark in the suite.
enum Suite {
    /// Bytes per iteration of every throughput benchmark: with `scalingFactor: .mega` the
    /// harness's throughput (iterations/s × 10^6) is then bytes per second.
    static let mega = 1_000_000

    /// Metrics for benchmarks that process `mega` bytes per iteration.
    static let throughputMetrics: [BenchmarkMetric] = [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident]
    /// Metrics for benchmarks whose input size is not `mega` bytes.
    static let plainMetrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident]

    /// How much a malloc count may move before `thresholds check` fails. Counts are
    /// deterministic for a given input and build; the slack absorbs the harness's own
    /// bookkeeping and allocator-size effects of growing arrays.
    enum MallocSlack {
        /// Near-zero counts (the tokenizer into a reused buffer): at most 2 allocations either way.
        case flat
        /// Counts that scale with the input: at most 1% either way.
        case proportional

        var thresholds: BenchmarkThresholds {
            switch self {
            case .flat: BenchmarkThresholds(absolute: [.p90: 2])
            case .proportional: BenchmarkThresholds(relative: [.p90: 1.0])
            }
        }
    }

    /// The suite's default configuration.
    static func configuration() -> Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: plainMetrics,
            warmupIterations: 1,
            maxDuration: .seconds(2),
            maxIterations: 1_000
        )
    }

    /// A configuration for a benchmark processing `mega` bytes per iteration.
    static func throughput(_ slack: MallocSlack = .proportional) -> Benchmark.Configuration {
        var configuration = configuration()
        configuration.metrics = throughputMetrics
        configuration.scalingFactor = .mega
        configuration.thresholds = [.mallocCountTotal: slack.thresholds]
        return configuration
    }

    /// A configuration for a benchmark over other input sizes.
    static func plain(_ slack: MallocSlack = .proportional) -> Benchmark.Configuration {
        var configuration = configuration()
        configuration.thresholds = [.mallocCountTotal: slack.thresholds]
        return configuration
    }

    /// `name` usable in a benchmark name. Threshold files are named after benchmarks, and the
    /// harness writes them with spaces and slashes replaced but reads them back without doing
    /// so, so benchmark names hold neither.
    static func safe(_ name: String) -> String {
        String(name.map { $0 == " " || $0 == "/" ? "-" : $0 })
    }

    /// Says which benchmarks this build cannot run and why, on one line (stderr: stdout
    /// belongs to the harness). Printed by every benchmark process, so kept short.
    static func skip(_ benchmarks: [String]) {
        guard !benchmarks.isEmpty else { return }
        let line = "LedeBenchmarks: not in this build, skipped: " + benchmarks.joined(separator: "; ") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
