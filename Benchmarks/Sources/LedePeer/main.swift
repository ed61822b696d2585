// lede-peer: Lede's side of Benchmarks/compare/compare.py, measured in-process the way the
// Python peers are (their interpreter start-up and imports are not timed either).
//
//   lede-peer patterns                 the default regex step's patterns as JSON
//   lede-peer tokenize FILE [RUNS]     Tokenizer into a reused, pre-sized TokenBuffer
//   lede-peer regex FILE [RUNS]        the default `regex` step over FILE as one document
//
// Timings are the best of RUNS in CPU seconds of this process (robust on a shared machine),
// printed as one JSON object.
import Foundation
import Lede

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU seconds used by this process so far.
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The best CPU time of `runs` calls of `body`, and its last result.
func best<R>(_ runs: Int, _ body: () throws -> R) rethrows -> (seconds: Double, result: R) {
    var fastest = Double.infinity
    var last = try body()
    for _ in 0..<max(1, runs) {
        let start = cpuSeconds()
        last = try body()
        fastest = min(fastest, cpuSeconds() - start)
    }
    return (fastest, last)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lede-peer: \(message)\n".utf8))
    exit(64)
}

func readDocument(_ path: String) -> Document {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return Document(id: path, bytes: data)
}

func printJSON(_ object: [String: Any]) {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
        fail("cannot encode the result")
    }
    print(String(decoding: data, as: UTF8.self))
}

let arguments = Array(CommandLine.arguments.dropFirst())
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

switch arguments.first {
case "patterns":
    let patterns = PatternLibrary.defaultPatternSet.map { entry -> [String: Any] in
        let options = RegexOptions.named.filter { entry.options.contains($0.option) }.map(\.name)
        return ["name": entry.name, "pattern": entry.pattern, "options": options]
    }
    guard let data = try? JSONSerialization.data(withJSONObject: patterns, options: [.prettyPrinted]) else {
        fail("cannot encode the patterns")
    }
    print(String(decoding: data, as: UTF8.self))

case "tokenize" where arguments.count > 1:
    let document = readDocument(arguments[1])
    var tokens = TokenBuffer(capacity: document.bytes.count + 16)
    let tokenizer = Tokenizer()
    let (seconds, count) = best(runs) {
        tokens.removeAll(keepingCapacity: true)
        document.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
        return tokens.count
    }
    printJSON(["seconds": seconds, "tokens": count, "bytes": document.bytes.count])

case "regex" where arguments.count > 1:
    let document = readDocument(arguments[1])
    let step: Pipeline.Step
    do {
        step = try ExtractorRegistry.builtIn.makeStep(StepConfiguration(extractor: "regex"))
    } catch {
        fail("cannot make the regex step: \(error)")
    }
    do {
        let (seconds, count) = try best(runs) { () throws -> Int in
            var annotated = AnnotatedDocument(document)
            try step.extractor.extract(&annotated)
            return annotated.matches.count
        }
        printJSON(["seconds": seconds, "matches": count, "bytes": document.bytes.count])
    } catch {
        fail("regex step failed: \(error)")
    }

default:
    fail("usage: lede-peer patterns | tokenize FILE [RUNS] | regex FILE [RUNS]")
}
