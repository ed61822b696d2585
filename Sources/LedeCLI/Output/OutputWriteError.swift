/// Writing the output failed for a reason other than a closed pipe (disk full).
struct OutputWriteError: Error, CustomStringConvertible {
    let reason: String
    var description: String { "cannot write output: \(reason)" }
}
