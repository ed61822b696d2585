import Foundation
import Testing

/// Streaming behaviour: per-batch flushing, closed pipes, signals, atomic output.
@Suite struct StreamingTests {
    private static func jsonl(_ count: Int) -> [UInt8] {
        var text = ""
        for index in 0..<count {
            text += "{\"id\":\"doc\(index)\",\"text\":\"Officials said on Monday that talks number \(index) would resume.\"}\n"
        }
        return Array(text.utf8)
    }

    /// Reads stdout until `count` lines arrived (or 20 s passed).
    private static func readLines(_ handle: FileHandle, count: Int) -> [UInt8] {
        var data: [UInt8] = []
        let deadline = Date().addingTimeInterval(20)
        while data.filter({ $0 == 0x0A }).count < count && Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data += chunk
        }
        return data
    }

    private static func waitForExit(_ process: Process, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        return !process.isRunning
    }

    @Test(arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
    func resultsAreFlushedWhileStandardInputStaysOpenAndASignalStopsWithASummary(signal: Int32, name: String) throws {
        for jobs in ["1", "2"] {
            let (process, stdin, stdout, stderr) = try ExtractProcess.start(["--input-format", "jsonl", "--jobs", jobs])
            stdin.fileHandleForWriting.write(Data(Self.jsonl(2)))

            // Both results arrive although stdin is still open: output is flushed per batch.
            let early = Self.readLines(stdout.fileHandleForReading, count: 2)
            #expect(early.filter { $0 == 0x0A }.count == 2)

            kill(process.processIdentifier, signal)
            #expect(Self.waitForExit(process))
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 128 + signal)
            let summary = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(summary.contains("stopped by \(name) after 2 documents (0 failed)"))
            try? stdin.fileHandleForWriting.close()
        }
    }

    @Test func closedStandardOutputEndsTheRunQuietly() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("many.jsonl", Self.jsonl(20_000))
        let (process, _, stdout, stderr) = try ExtractProcess.start(["--jobs", "2", input])

        let first = Self.readLines(stdout.fileHandleForReading, count: 1)
        #expect(!first.isEmpty)
        try stdout.fileHandleForReading.close()

        #expect(Self.waitForExit(process))
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(stderr.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test func aKilledRunLeavesTheEarlierOutputFileUntouched() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("out.jsonl", "earlier results\n")
        let (process, stdin, _, _) = try ExtractProcess.start(["--input-format", "jsonl", "--output", output, "-"])
        stdin.fileHandleForWriting.write(Data(Self.jsonl(3)))
        // Let it process what it has, then kill it hard while it waits for more input.
        let deadline = Date().addingTimeInterval(20)
        var temporary: [String] = []
        while temporary.isEmpty && Date() < deadline {
            temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".out.jsonl.") }
            usleep(10_000)
        }
        #expect(!temporary.isEmpty)
        usleep(200_000)
        kill(process.processIdentifier, SIGKILL)
        #expect(Self.waitForExit(process))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier results\n")

        let complete = try ExtractProcess.run(["--input-format", "jsonl", "--output", output, "-"], stdin: Self.jsonl(3))
        #expect(complete.status == 0)
        #expect(complete.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 3)
        #expect(written.hasPrefix("{\"id\":\"doc0\""))
    }
}
