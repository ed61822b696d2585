// swift-tools-version: 6.1
import PackageDescription

// Lede: structured facts (datelines, timestamps, quotes and speakers, named patterns)
// from news articles. One module per concern; `Lede` re-exports them all.
let package = Package(
    name: "Lede",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Lede", targets: ["Lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeRegex", targets: ["LedeRegex"]),
        .library(name: "LedeDateline", targets: ["LedeDateline"]),
        .library(name: "LedeQuotes", targets: ["LedeQuotes"]),
        .library(name: "LedeCLI", targets: ["LedeCLI"]),
        .library(name: "LedeTestSupport", targets: ["LedeTestSupport"]),
        .executable(name: "extract", targets: ["extract"]),
        .plugin(name: "LedePatterns", targets: ["LedePatterns"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(name: "LedeCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "LedeRegex", dependencies: ["LedeCore", "CPCRE2"]),
        .target(name: "LedeDateline", dependencies: ["LedeCore"]),
        .target(name: "LedeQuotes", dependencies: ["LedeCore"]),
        .target(name: "Lede", dependencies: ["LedeCore", "LedeRegex", "LedeDateline", "LedeQuotes"]),
        .target(name: "LedeCLI", dependencies: [
            "Lede",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "extract", dependencies: ["LedeCLI"]),
        // Shipped for third parties: checks an extractor honours the `Extractor` contract.
        .target(name: "LedeTestSupport", dependencies: ["LedeCore"]),
        // Build-time pattern checking: the plugin runs the tool on *.patterns.yaml/json files.
        .executableTarget(name: "lede-patterns", dependencies: ["CPCRE2"]),
        .plugin(name: "LedePatterns", capability: .buildTool(), dependencies: ["lede-patterns"]),

        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeRegexTests", dependencies: ["LedeRegex", "Lede", "LedeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeDatelineTests", dependencies: ["LedeDateline", "Lede", "LedeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeQuotesTests", dependencies: ["LedeQuotes", "Lede", "LedeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeTests", dependencies: ["Lede", "LedeTestSupport"]),
        .testTarget(name: "LedeCLITests", dependencies: ["LedeCLI", "Lede", "extract"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedePatternsToolTests", dependencies: ["lede-patterns"]),
    ]
)

// Strict settings for every target in one place (swift-log style).
for target in package.targets where target.type != .system && target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
package.swiftLanguageModes = [.v6]
