import Foundation

/// A one-line progress display on stderr: `[=====>      ] 120/800 docs  14.2 MB/s  ETA 0:41`.
///
/// Why not ConsoleKitTerminal's `ProgressBar` (checked, 4.16.2): its `Terminal` prints
/// through `Swift.print` to **stdout**, which is where `extract` writes results, its bar
/// shows only a fraction with a fixed title (no count, rate or ETA), it animates from a
/// timer thread of its own, and it brings swift-nio into the CLI. This renderer is a
/// few lines, is driven by the writer as results land, and is throttled to 10 Hz.
final class ProgressBar {
    private let total: Int?
    private let start: Date
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let width = 24

    /// - Parameter total: the number of documents, when known before reading.
    init(total: Int?, start: Date = Date()) {
        self.total = total
        self.start = start
    }

    /// Redraws for the current counts, at most ten times a second.
    func update(_ tally: RunTally) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        draw(Self.line(tally, total: total, elapsed: now.timeIntervalSince(start), width: width))
    }

    /// Clears the line so the summary and shell prompt start clean.
    func finish() {
        if drawn { draw("") }
    }

    private func draw(_ text: String) {
        let bytes = Array("\r\(text)\u{1B}[K".utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        drawn = true
    }

    /// The progress line's text (no control characters), for a given state.
    static func line(_ tally: RunTally, total: Int?, elapsed: Double, width: Int = 24) -> String {
        let rate = elapsed > 0 ? Double(tally.bytes) / 1e6 / elapsed : 0
        let speed = String(format: "%.1f MB/s", rate)
        guard let total, total > 0 else {
            return "\(tally.documents) docs  \(speed)"
        }
        let fraction = min(1, Double(tally.documents) / Double(total))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        var text = "[\(bar)] \(tally.documents)/\(total) docs  \(speed)"
        if tally.documents > 0, tally.documents < total {
            let remaining = elapsed / Double(tally.documents) * Double(total - tally.documents)
            let seconds = Int(remaining.rounded())
            text += String(format: "  ETA %d:%02d", seconds / 60, seconds % 60)
        }
        return text
    }
}
