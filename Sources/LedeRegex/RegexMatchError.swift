import CPCRE2

/// A search that could not finish: a limit was hit or PCRE2 reported an error.
public struct RegexMatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What stopped the search.
    public enum Kind: Sendable, Hashable {
        /// ``MatchLimits/matchLimit`` was reached.
        case matchLimit
        /// ``MatchLimits/depthLimit`` was reached.
        case depthLimit
        /// ``MatchLimits/heapLimitKiB`` was reached.
        case heapLimit
        /// The per-thread JIT stack (``MatchLimits/jitStackKiB``) was exhausted.
        case jitStackLimit
        /// Memory could not be allocated.
        case noMemory
        /// Another PCRE2 match error, with its code.
        case other(Int32)
    }

    /// What stopped the search.
    public var kind: Kind
    /// PCRE2's message.
    public var message: String

    /// Creates an error from a negative `pcre2_match` result.
    init(code: Int32) {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: kind = .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT: kind = .depthLimit
        case PCRE2_ERROR_HEAPLIMIT: kind = .heapLimit
        case PCRE2_ERROR_JIT_STACKLIMIT: kind = .jitStackLimit
        case PCRE2_ERROR_NOMEMORY: kind = .noMemory
        default: kind = .other(code)
        }
        message = pcre2Message(code)
    }

    /// Whether a resource limit, rather than a malfunction, stopped the search.
    public var isLimit: Bool {
        switch kind {
        case .matchLimit, .depthLimit, .heapLimit, .jitStackLimit, .noMemory: return true
        case .other: return false
        }
    }

    /// The configuration key that raises the limit hit, if any.
    public var limitKey: String? {
        switch kind {
        case .matchLimit: return "match_limit"
        case .depthLimit: return "depth_limit"
        case .heapLimit, .noMemory: return "heap_limit"
        case .jitStackLimit: return "jit_stack"
        case .other: return nil
        }
    }

    public var description: String { message }
}
