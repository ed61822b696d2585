// swift-tools-version: 6.1
import PackageDescription

// Lede's benchmark suite, a package of its own so that the library never depends on
// the benchmark harness. Run from the repository root:
//   swift package --package-path Benchmarks benchmark
// (see Docs/Benchmarks.md).
let package = Package(
    name: "LedeBenchmarks",
    platforms: [.macOS(.v13)],
    products: [
        // Lede's side of Benchmarks/compare/compare.py (not a benchmark of the suite).
        .executable(name: "lede-peer", targets: ["LedePeer"]),
    ],
    dependencies: [
        .package(name: "Lede", path: ".."),
        // The malloc interposer gives deterministic malloc counts (the metric CI gates on).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LedeBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Lede", package: "Lede"),
            ],
            path: "Benchmarks/LedeBenchmarks",
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "LedePeer",
            dependencies: [.product(name: "Lede", package: "Lede")],
            path: "Sources/LedePeer",
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
