import Benchmark

// Lede's benchmark suite. Names are stable, dotted and free of spaces and slashes
// (`Tokenizer.1MB.reused-buffer`): thresholds under Benchmarks/Thresholds and saved baselines
// are keyed by them, and the CI subset is chosen by name in scripts/bench-check.sh.
//
// Throughput: every benchmark that reports it processes exactly `Suite.mega` bytes per
// iteration with `scalingFactor: .mega`, so "Throughput (# / s) (M)" reads as MB/s
// (10^6 bytes per second). Time is reported, never gated; malloc counts are gated.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Suite.configuration()
    TextBenchmarks.register()
    StepBenchmarks.register()
    PipelineBenchmarks.register()
}
