/// The output file cannot be created or put in place.
struct OutputFileError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
