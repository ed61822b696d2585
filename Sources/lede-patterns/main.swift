// lede-patterns: the LedePatterns build plugin's tool. Reads one `*.patterns.yaml`
// or `*.patterns.json` file, compiles every pattern with PCRE2 and writes Swift
// source exposing them as `NamedPattern` constants. On a bad file it prints
// `file:line:column: error: message` for every problem and exits 1, which fails the
// build with the error shown in place.
//
// Usage: lede-patterns INPUT OUTPUT.swift
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: lede-patterns INPUT.patterns.yaml OUTPUT.swift\n".utf8))
    exit(64)
}
let inputPath = arguments[1]
let outputPath = arguments[2]

guard let data = FileManager.default.contents(atPath: inputPath) else {
    FileHandle.standardError.write(Data("\(inputPath):1:1: error: cannot read the patterns file\n".utf8))
    exit(1)
}
let source = SourceFile(path: inputPath, bytes: [UInt8](data))

switch PatternFileGenerator.generate(source) {
case .success(let swift):
    do {
        try Data(swift.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("\(inputPath):1:1: error: cannot write \(outputPath): \(error)\n".utf8))
        exit(1)
    }
case .failure(let failure):
    for e in failure.diagnostics { FileHandle.standardError.write(Data(e.rendered(in: source).utf8)) }
    exit(1)
}
