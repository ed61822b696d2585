import CPCRE2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one thread needs to run searches: match data (the ovector and the
/// interpreter's backtracking frames), a match context carrying the limits, and a
/// JIT stack. Never shared between threads: ``withThreadScratch(_:)`` hands each
/// thread its own, cached in thread-local storage so the hot path takes no lock
/// and allocates nothing after a thread's first document.
final class MatchScratch {
    private(set) var matchData: OpaquePointer
    private(set) var pairCapacity: Int
    let context: OpaquePointer
    private var jitStack: OpaquePointer?
    private var jitStackKiB: UInt32 = 0
    private var limits: MatchLimits?
    /// Start candidates of the built-in patterns in the current document (``StartRule``).
    let candidates = StartCandidates()

    /// The PCRE2 allocations failed; the caller reports `noMemory`.
    struct AllocationFailure: Error {}

    init() throws(AllocationFailure) {
        guard let context = pcre2_match_context_create_8(nil) else { throw AllocationFailure() }
        guard let data = pcre2_match_data_create_8(16, nil) else {
            pcre2_match_context_free_8(context)
            throw AllocationFailure()
        }
        self.context = context
        self.matchData = data
        self.pairCapacity = 16
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Makes room for `pairs` ovector pairs and applies `limits` (a no-op when unchanged).
    func prepare(pairs: Int, limits newLimits: MatchLimits) throws(AllocationFailure) {
        if pairs > pairCapacity {
            guard let data = pcre2_match_data_create_8(UInt32(clamping: pairs), nil) else { throw AllocationFailure() }
            pcre2_match_data_free_8(matchData)
            matchData = data
            pairCapacity = pairs
        }
        guard newLimits != limits else { return }
        pcre2_set_match_limit_8(context, newLimits.matchLimit)
        pcre2_set_depth_limit_8(context, newLimits.depthLimit)
        pcre2_set_heap_limit_8(context, newLimits.heapLimitKiB)
        if newLimits.jitStackKiB != jitStackKiB {
            let maxBytes = Int(max(newLimits.jitStackKiB, 32)) * 1024
            guard let stack = pcre2_jit_stack_create_8(min(32 * 1024, maxBytes), maxBytes, nil) else {
                throw AllocationFailure()
            }
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
            if let jitStack { pcre2_jit_stack_free_8(jitStack) }
            jitStack = stack
            jitStackKiB = newLimits.jitStackKiB
        }
        limits = newLimits
    }
}

#if canImport(Darwin)
private func releaseScratch(_ raw: UnsafeMutableRawPointer) {
    Unmanaged<MatchScratch>.fromOpaque(raw).release()
}
#else
private func releaseScratch(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    Unmanaged<MatchScratch>.fromOpaque(raw).release()
}
#endif

/// The thread-local slot; its destructor frees a thread's scratch when the thread ends.
private let scratchKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, releaseScratch)
    return key
}()

/// Runs `body` with this thread's scratch. The scratch is taken out of its slot for
/// the duration, so a nested call on the same thread gets a fresh one instead of
/// clobbering the outer call's match data.
func withThreadScratch<R>(_ body: (MatchScratch) throws(RegexMatchError) -> R) throws(RegexMatchError) -> R {
    let scratch: MatchScratch
    if let raw = pthread_getspecific(scratchKey) {
        scratch = Unmanaged<MatchScratch>.fromOpaque(raw).takeRetainedValue()
        pthread_setspecific(scratchKey, nil)
    } else {
        do {
            scratch = try MatchScratch()
        } catch {
            throw RegexMatchError(code: PCRE2_ERROR_NOMEMORY)
        }
    }
    defer {
        if pthread_getspecific(scratchKey) == nil {
            pthread_setspecific(scratchKey, Unmanaged.passRetained(scratch).toOpaque())
        }
    }
    return try body(scratch)
}
