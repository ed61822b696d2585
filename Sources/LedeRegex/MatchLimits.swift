/// Bounds on the work one search may do, so a pathological pattern or document
/// (`(a+)+$` over `aaaa…b`) fails that document quickly instead of hanging the run.
///
/// Set through a PCRE2 match context. `matchLimit` applies to the JIT and the
/// interpreter; `depthLimit` and `heapLimitKiB` bound the interpreter's backtracking
/// memory (the JIT is bounded by its per-thread stack, ``jitStackKiB``).
public struct MatchLimits: Sendable, Hashable {
    /// Most internal match steps (backtracking points) one search may take: PCRE2's `match_limit`.
    public var matchLimit: UInt32
    /// Deepest backtracking nesting for the interpreter: PCRE2's `depth_limit`.
    public var depthLimit: UInt32
    /// Most heap memory, in KiB, the interpreter may use for backtracking: PCRE2's `heap_limit`.
    public var heapLimitKiB: UInt32
    /// Largest JIT stack, in KiB, a thread may grow for one search.
    public var jitStackKiB: UInt32

    /// Creates limits; omitted values take the defaults.
    public init(matchLimit: UInt32 = MatchLimits.standard.matchLimit,
                depthLimit: UInt32 = MatchLimits.standard.depthLimit,
                heapLimitKiB: UInt32 = MatchLimits.standard.heapLimitKiB,
                jitStackKiB: UInt32 = MatchLimits.standard.jitStackKiB) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
        self.jitStackKiB = jitStackKiB
    }

    private init(raw matchLimit: UInt32, _ depthLimit: UInt32, _ heapLimitKiB: UInt32, _ jitStackKiB: UInt32) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
        self.jitStackKiB = jitStackKiB
    }

    /// The defaults: 1,000,000 match steps, depth 100,000, 64 MiB of interpreter heap,
    /// 1 MiB of JIT stack. News-article patterns stay orders of magnitude below these
    /// (every library pattern runs over the whole Reuters development text and the seed
    /// articles with `match_limit: 1000`), while a catastrophic pattern hits the match
    /// limit within milliseconds (`(a+)+$` over twenty 5,000-byte documents: 0.3 s).
    public static let standard = MatchLimits(raw: 1_000_000, 100_000, 65_536, 1_024)
}
