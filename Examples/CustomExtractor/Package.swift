// swift-tools-version: 6.1
import PackageDescription

// What a third party does with Lede: an extractor of its own (troop counts and named
// military units), patterns checked at build time by the LedePatterns plugin, and an
// `extract`-compatible command with one extra registration.
let package = Package(
    name: "CustomExtractor",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TroopCounts", targets: ["TroopCounts"]),
        .executable(name: "troop-extract", targets: ["troop-extract"]),
    ],
    dependencies: [
        // In your own package: .package(url: "https://github.com/lede-news/lede", from: "0.1.0")
        .package(name: "Lede", path: "../.."),
    ],
    targets: [
        .target(
            name: "TroopCounts",
            dependencies: [.product(name: "Lede", package: "Lede")],
            plugins: [.plugin(name: "LedePatterns", package: "Lede")]
        ),
        .executableTarget(name: "troop-extract", dependencies: [
            "TroopCounts",
            .product(name: "LedeCLI", package: "Lede"),
        ]),
        .testTarget(name: "TroopCountsTests", dependencies: [
            "TroopCounts",
            .product(name: "Lede", package: "Lede"),
            .product(name: "LedeTestSupport", package: "Lede"),
        ], resources: [.copy("Fixtures")]),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
package.swiftLanguageModes = [.v6]
