// swift-tools-version: 6.1
// The Swift side of the regex speed comparison (see README.md); not part of CI.
// Depends on the Lede package two folders up, whatever its checkout folder is called.
import Foundation
import PackageDescription

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "RegexBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "regex-bench",
            dependencies: [.product(name: "LedeRegex", package: root.lastPathComponent)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
