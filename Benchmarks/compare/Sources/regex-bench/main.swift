// regex-bench CORPUS.txt [--runs N] [--dump patterns.tsv]
//
// Times Lede's regex step (the default pattern set) over one UTF-8 buffer, the way the
// `regex` step runs on a document: `RegexExtractor.matches(in:)`, which builds `Match`
// values with their named groups. Prints one JSON line; `--dump` writes the patterns as
// `name<TAB>flags<TAB>pattern` for pcre2_loop.c and regex_compare.py.
import Foundation
import LedeCore
import LedeRegex
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This thread's CPU time in seconds: unlike wall time, not inflated by other
/// processes sharing the machine. pcre2_loop.c and regex_compare.py measure the same.
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 10
var dumpPath: String?
var corpusPath: String?
while !arguments.isEmpty {
    let arg = arguments.removeFirst()
    switch arg {
    case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
    case "--dump": dumpPath = arguments.isEmpty ? nil : arguments.removeFirst()
    default: corpusPath = arg
    }
}

let library = PatternLibrary.defaultPatternSet
if let dumpPath {
    let lines = library.map { "\($0.name)\t\($0.options.rawValue)\t\($0.pattern)\n" }.joined()
    try lines.write(toFile: dumpPath, atomically: true, encoding: .utf8)
}
guard let corpusPath, let data = FileManager.default.contents(atPath: corpusPath) else {
    if dumpPath == nil { FileHandle.standardError.write(Data("usage: regex-bench CORPUS.txt [--runs N] [--dump FILE]\n".utf8)) }
    exit(dumpPath == nil ? 64 : 0)
}

let document = Document(id: corpusPath, bytes: data)
let step = try RegexExtractor(patterns: library.map(PatternDefinition.init))
var best = Double.infinity
var matches: [Match] = []
for _ in 0..<runs {
    let start = cpuSeconds()
    matches = try step.matches(in: document)
    best = min(best, cpuSeconds() - start)
}
// The bare search loop through the wrapper (no `Match` values), to separate the
// wrapper's cost from the step's result building.
var bareBest = Double.infinity
for _ in 0..<runs {
    let start = cpuSeconds()
    var count = 0
    try document.bytes.withUnsafeBufferPointer { buffer in
        for entry in step.entries {
            try entry.compiled.forEachMatch(in: buffer, isValidUTF8: true) { (_: MatchView) in count += 1 }
        }
    }
    bareBest = min(bareBest, cpuSeconds() - start)
}
var counts: [String: Int] = [:]
for match in matches { counts[match.pattern, default: 0] += 1 }
let countText = library.map { "\"\($0.name)\": \(counts[$0.name] ?? 0)" }.joined(separator: ", ")
print("{\"engine\": \"lede-swift\", \"bytes\": \(document.bytes.count), \"matches\": \(matches.count), "
    + "\"seconds\": \(String(format: "%.6f", best)), \"bare_loop_seconds\": \(String(format: "%.6f", bareBest)), \"counts\": {\(countText)}}")
