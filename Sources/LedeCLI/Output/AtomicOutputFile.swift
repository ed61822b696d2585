import Foundation

/// `--output FILE`: results go to a temporary file beside FILE, renamed over it only
/// when the run ends, so a killed run leaves an earlier FILE untouched.
final class AtomicOutputFile {
    let path: String
    let temporaryPath: String
    let fd: Int32
    private var finished = false

    /// Creates the temporary file; throws a configuration error when the folder is not writable.
    init(path: String) throws(OutputFileError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let template = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path
        var bytes = Array(template.utf8CString)
        let fd = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw OutputFileError(message: "cannot create output file \(path): \(String(cString: strerror(errno)))")
        }
        self.fd = fd
        temporaryPath = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(fd, 0o644)
    }

    deinit { discard() }

    /// Syncs and renames the temporary file over ``path``.
    func commit() throws(OutputFileError) {
        guard !finished else { return }
        finished = true
        fsync(fd)
        close(fd)
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputFileError(message: "cannot rename output into \(path): \(reason)")
        }
    }

    /// Removes the temporary file, leaving ``path`` as it was.
    func discard() {
        guard !finished else { return }
        finished = true
        close(fd)
        unlink(temporaryPath)
    }
}
