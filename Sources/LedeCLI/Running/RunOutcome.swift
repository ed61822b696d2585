/// How a run ended.
struct RunOutcome: Sendable {
    /// Counts of what was written.
    var tally: RunTally
    /// Seconds from the first read to the last write.
    var seconds: Double
    /// The signal that stopped the run early, if any.
    var stoppedBy: Int32?
    /// Whether the output's reader went away (EPIPE).
    var outputClosed: Bool
}
