import Foundation
import LedeCore
import LedeRegex

/// Arbitrary bytes as options + a regex pattern + a subject: byte 0 picks compile
/// options, the pattern runs to the first NUL, the rest is the subject. Compiled with
/// and without JIT; matches are checked for bounds, order and UTF-8 boundaries, and the
/// two engines must agree whenever neither hits a limit.
private let optionBits: [RegexOptions] = [.caseless, .multiline, .dotall, .extended, .ungreedy, .dollarEndOnly,
                                          .duplicateNames, .noAutoCapture]
private let limits = MatchLimits(matchLimit: 100_000, depthLimit: 10_000, heapLimitKiB: 8_192)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let raw = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let flags = raw.first else { return 0 }
    let rest = raw.dropFirst()
    let cut = rest.firstIndex(of: 0) ?? rest.endIndex
    let pattern = String(decoding: rest[..<cut], as: UTF8.self)
    let subject = Array(rest[cut...].dropFirst())
    var options: RegexOptions = []
    for (bit, option) in optionBits.enumerated() where flags & (1 << bit) != 0 { options.insert(option) }

    let jit: CompiledPattern
    let interpreter: CompiledPattern
    do {
        jit = try CompiledPattern(pattern, options: options)
        interpreter = try CompiledPattern(pattern, options: options, jit: false)
    } catch {
        if error.description.isEmpty || error.caretDiagram.isEmpty { violation("empty pattern error") }
        _ = error.characterOffset
        return 0
    }
    // Raw subject: invalid UTF-8 must throw, never crash.
    let rawJIT = run(jit, subject)
    let rawInterpreted = run(interpreter, subject)
    if let a = rawJIT, let b = rawInterpreted, a != b {
        violation("JIT and interpreter disagree on \(pattern.debugDescription): \(a) vs \(b)")
    }
    // The same subject decoded as a Document is valid UTF-8: matches must exist or hit a limit.
    let document = Document(bytes: subject)
    var viaBuffer: [Span] = []
    do {
        try document.bytes.withUnsafeBufferPointer { (buf) throws(RegexMatchError) in
            try jit.forEachMatch(in: buf, isValidUTF8: true, limits: limits) { (view: MatchView) -> Void in
                checkMatch(view.span, (0..<view.count).map { view.group($0) }, document.bytes)
                viaBuffer.append(view.span)
            }
        }
    } catch {
        return 0
    }
    if let checked = run(jit, document.bytes), checked != viaBuffer {
        violation("checked and unchecked searches disagree on \(pattern.debugDescription)")
    }
    return 0
}

/// The match spans of `pattern` in `subject`, or `nil` when the search threw.
private func run(_ pattern: CompiledPattern, _ subject: [UInt8]) -> [Span]? {
    let matches: [RegexMatch]
    do {
        matches = try pattern.matches(in: subject, limits: limits)
    } catch {
        return nil
    }
    var previous: Span?
    for m in matches {
        checkMatch(m.span, m.groups, subject)
        if m.groups.count != pattern.captureCount + 1 { violation("group count \(m.groups.count) for \(pattern.captureCount) captures") }
        if let p = previous, m.span.start < p.end || (m.span.start == p.end && m.span.isEmpty && p.isEmpty) {
            violation("match \(m.span) overlaps or repeats \(p)")
        }
        previous = m.span
    }
    return matches.map(\.span)
}

private func checkMatch(_ span: Span, _ groups: [Span?], _ subject: [UInt8]) {
    checkSpan(span, subject, "match")
    for (i, g) in groups.enumerated() {
        if let g { checkSpan(g, subject, "group \(i)") }
    }
}
