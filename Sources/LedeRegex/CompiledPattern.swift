import CPCRE2
import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A PCRE2 pattern compiled once (UTF and UCP always on) and JIT-compiled when the
/// platform supports it; shared by every thread that searches with it.
///
/// ```swift
/// let troops = try CompiledPattern(#"(?<count>\d{1,3}(?:,\d{3})+)\s+American\s+troops"#)
/// for match in try troops.matches(in: document.bytes) {
///     print(match.span, match.group(named: "count") as Any)
/// }
/// ```
///
/// Searches run over the caller's UTF-8 bytes without copying them, and every span
/// falls on a character boundary: `\C` (match one byte) is refused at compile time and
/// empty matches advance by whole characters.
public final class CompiledPattern: @unchecked Sendable {
    // @unchecked Sendable: `code` is created in init, never mutated, and freed in deinit.
    // PCRE2 documents compiled (and JIT-compiled) code as read-only during matching and
    // safe to share between threads; all per-search state lives in the per-thread
    // `MatchScratch`.
    let code: OpaquePointer

    /// The pattern as written.
    public let pattern: String
    /// The options it was compiled with (beyond UTF and UCP).
    public let options: RegexOptions
    /// Number of capture groups (numbered 1 through `captureCount`).
    public let captureCount: Int
    /// Named groups in group-number order; a name used twice (`dupnames`) lists each number.
    public let namedGroups: [(name: String, number: Int)]
    /// Whether searches run JIT-compiled machine code (otherwise the interpreter).
    public let usesJIT: Bool
    /// The shortest match length in characters PCRE2 could determine (0 if it can match empty).
    public let minimumLength: Int

    /// Compiles `pattern`.
    ///
    /// - Parameters:
    ///   - options: compile options beyond UTF and UCP.
    ///   - jit: set `false` to always use the interpreter (for diagnosing JIT issues).
    /// - Throws: ``PatternError`` with PCRE2's message and the offset where it stopped.
    public init(_ pattern: String, options: RegexOptions = [], jit: Bool = true) throws(PatternError) {
        var bytes = Array(pattern.utf8)
        let length = bytes.count
        bytes.append(0)  // never hand PCRE2 a null pointer for an empty pattern
        var errorCode: Int32 = 0
        var errorOffset = 0
        let flags = options.rawValue | PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C
        let compiled = bytes.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, length, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PatternError(pattern: pattern, message: pcre2Message(errorCode), offset: errorOffset, code: errorCode)
        }
        self.code = compiled
        self.pattern = pattern
        self.options = options
        self.captureCount = Int(Self.info(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT)))
        self.minimumLength = Int(Self.info(compiled, UInt32(PCRE2_INFO_MINLENGTH)))
        self.namedGroups = Self.nameTable(compiled)
        self.usesJIT = jit && Self.jitCompile(compiled)
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// The group numbers carrying `name` (one, or several with `dupnames`).
    public func groupNumbers(named name: String) -> [Int] {
        namedGroups.filter { $0.name == name }.map(\.number)
    }

    // MARK: - Searching

    /// Every match in `bytes` (UTF-8; checked once, so invalid input throws rather than
    /// misbehaving), in text order.
    public func matches(in bytes: [UInt8], limits: MatchLimits = .standard) throws(RegexMatchError) -> [RegexMatch] {
        var result: [RegexMatch] = []
        try bytes.withUnsafeBufferPointer { (buf) throws(RegexMatchError) in
            try forEachMatch(in: buf, isValidUTF8: false, limits: limits) { view in
                result.append(RegexMatch(view, pattern: self))
            }
        }
        return result
    }

    /// Every match in `text`, in text order; spans are UTF-8 byte offsets into `text.utf8`.
    public func matches(in text: String, limits: MatchLimits = .standard) throws(RegexMatchError) -> [RegexMatch] {
        try matches(in: Array(text.utf8), limits: limits)
    }

    /// The first match in `bytes`, or `nil`.
    public func firstMatch(in bytes: [UInt8], limits: MatchLimits = .standard) throws(RegexMatchError) -> RegexMatch? {
        var first: RegexMatch?
        try bytes.withUnsafeBufferPointer { (buf) throws(RegexMatchError) in
            try forEachMatch(in: buf, isValidUTF8: false, limits: limits) { view in
                if first == nil { first = RegexMatch(view, pattern: self) }
                return first == nil
            }
        }
        return first
    }

    /// Calls `body` for each match in `buffer`, in text order, with this thread's scratch.
    ///
    /// - Parameters:
    ///   - isValidUTF8: pass `true` only for bytes known to be valid UTF-8 (a
    ///     ``Document``'s bytes): PCRE2 then skips its validity check.
    ///   - body: receives each match; the view is valid only during the call.
    ///     Return `false` to stop.
    public func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, limits: MatchLimits = .standard,
                             _ body: (MatchView) -> Bool) throws(RegexMatchError) {
        try withThreadScratch { (scratch) throws(RegexMatchError) in
            try forEachMatch(in: buffer, isValidUTF8: isValidUTF8, limits: limits, scratch: scratch, body)
        }
    }

    /// As ``forEachMatch(in:isValidUTF8:limits:_:)`` with a body that never stops early.
    public func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, limits: MatchLimits = .standard,
                             _ body: (MatchView) -> Void) throws(RegexMatchError) {
        try forEachMatch(in: buffer, isValidUTF8: isValidUTF8, limits: limits) { (view: MatchView) -> Bool in
            body(view)
            return true
        }
    }

    /// The search loop: after an empty match, the next search starts at the same place
    /// with `PCRE2_NOTEMPTY_ATSTART`, which finds a non-empty match there or moves on by
    /// whole characters (PCRE2 advances by code point in UTF mode), so a span never
    /// splits a UTF-8 sequence and the loop always progresses. Match-time
    /// `PCRE2_ANCHORED` is avoided because it forces the interpreter.
    func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, limits: MatchLimits,
                      scratch: MatchScratch, _ body: (MatchView) -> Bool) throws(RegexMatchError) {
        let pairs = captureCount + 1
        do {
            try scratch.prepare(pairs: pairs, limits: limits)
        } catch {
            throw RegexMatchError(code: PCRE2_ERROR_NOMEMORY)
        }
        let length = buffer.count
        var placeholder: UInt8 = 0
        try withUnsafePointer(to: &placeholder) { (empty) throws(RegexMatchError) in
            let subject = buffer.baseAddress ?? empty
            let ovector = UnsafePointer(pcre2_get_ovector_pointer_8(scratch.matchData))
            guard let ovector else { throw RegexMatchError(code: PCRE2_ERROR_NOMEMORY) }
            var utfCheck: UInt32 = isValidUTF8 ? PCRE2_NO_UTF_CHECK : 0
            var notEmpty: UInt32 = 0
            var offset = 0
            while offset <= length {
                let rc = pcre2_match_8(code, subject, length, offset, utfCheck | notEmpty, scratch.matchData, scratch.context)
                if rc == PCRE2_ERROR_NOMATCH { return }
                if rc < 0 { throw RegexMatchError(code: rc) }
                utfCheck = PCRE2_NO_UTF_CHECK  // the whole subject was checked on the first call
                let start = ovector[0], end = ovector[1]
                guard start <= end, end <= length else { return }  // only `\K` tricks could do this
                let view = MatchView(ovector: ovector, groupCount: min(Int(rc), pairs), capacity: pairs)
                if !body(view) { return }
                notEmpty = end == start ? PCRE2_NOTEMPTY_ATSTART : 0
                offset = end
            }
        }
    }

    /// One search from `offset` with the scratch already prepared for this pattern
    /// (`prepare(pairs:limits:)`); for a pattern compiled with ``RegexOptions/anchored``,
    /// the match that starts exactly at `offset`. The view is valid until the scratch's
    /// next search. `buffer` must be valid UTF-8 and non-empty.
    func searchOnce(in buffer: UnsafeBufferPointer<UInt8>, at offset: Int,
                    scratch: MatchScratch) throws(RegexMatchError) -> MatchView? {
        guard let subject = buffer.baseAddress,
              let ovector = UnsafePointer(pcre2_get_ovector_pointer_8(scratch.matchData)) else { return nil }
        let rc = pcre2_match_8(code, subject, buffer.count, offset, PCRE2_NO_UTF_CHECK, scratch.matchData, scratch.context)
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        if rc < 0 { throw RegexMatchError(code: rc) }
        let pairs = captureCount + 1
        guard ovector[0] <= ovector[1], ovector[1] <= buffer.count else { return nil }
        return MatchView(ovector: ovector, groupCount: min(Int(rc), pairs), capacity: pairs)
    }

    // MARK: - Compile-time helpers

    private static func info(_ code: OpaquePointer, _ what: UInt32) -> UInt32 {
        var value: UInt32 = 0
        _ = pcre2_pattern_info_8(code, what, &value)
        return value
    }

    private static func nameTable(_ code: OpaquePointer) -> [(name: String, number: Int)] {
        let count = Int(info(code, UInt32(PCRE2_INFO_NAMECOUNT)))
        let entrySize = Int(info(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE)))
        guard count > 0, entrySize > 2 else { return [] }
        var table: UnsafePointer<UInt8>?
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [] }
        var names: [(name: String, number: Int)] = []
        for i in 0..<count {
            // Each entry: a 2-byte big-endian group number, then the zero-terminated name.
            let entry = table + i * entrySize
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var nameEnd = 2
            while nameEnd < entrySize, entry[nameEnd] != 0 { nameEnd += 1 }
            let name = String(decoding: UnsafeBufferPointer(start: entry + 2, count: nameEnd - 2), as: UTF8.self)
            names.append((name, number))
        }
        return names.sorted { $0.number < $1.number }
    }

    /// JIT-compiles `code`; on failure says once (per process) that the interpreter is used.
    private static func jitCompile(_ code: OpaquePointer) -> Bool {
        guard jitAvailable else {
            _ = jitUnavailableNotice
            return false
        }
        return pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0
    }
}

/// Whether this PCRE2 build has a JIT for this machine.
private let jitAvailable: Bool = {
    var value: UInt32 = 0
    _ = pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value)
    return value == 1
}()

/// Printed the first time a pattern has to fall back to the interpreter (a global
/// `let` initializer runs exactly once, thread-safely).
private let jitUnavailableNotice: Void = {
    let message = "lede: PCRE2 JIT is not available on this system; regex steps use the slower interpreter\n"
    var bytes = Array(message.utf8)
    bytes.withUnsafeMutableBufferPointer { buf in
        _ = write(2, buf.baseAddress, buf.count)
    }
}()
