import Foundation

/// Runs the built `extract` executable, which SwiftPM puts in the products folder
/// beside this test target's resource bundle (the test target depends on it, so
/// `swift test` builds it first).
struct ExtractProcess {
    /// What one run printed and how it ended.
    struct Output {
        var stdout: [UInt8]
        var stderr: String
        var status: Int32

        var lines: [String] {
            String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init)
        }

        /// Each stdout line parsed as a JSON object.
        var objects: [[String: Any]] {
            lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("extract")
    }

    /// Starts `extract` with pipes on all three streams; the caller drives it.
    static func start(_ arguments: [String], environment: [String: String] = [:],
                      directory: URL? = nil) throws -> (Process, stdin: Pipe, stdout: Pipe, stderr: Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = "80"
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let (input, output, error) = (Pipe(), Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return (process, input, output, error)
    }

    /// Runs to completion with `stdin` as standard input.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Output {
        let (process, input, output, error) = try start(arguments, environment: environment, directory: directory)
        // Write stdin and drain stderr on other threads so no pipe fills up and blocks.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errors = Collected()
        let errorReader = Thread { errors.set(error.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errors.isSet { usleep(1000) }
        return Output(stdout: Array(out), stderr: String(decoding: errors.data, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

/// Data filled in by another thread.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Data?

    func set(_ data: Data) { lock.withLock { value = data } }
    var isSet: Bool { lock.withLock { value != nil } }
    var data: Data { lock.withLock { value ?? Data() } }
}
