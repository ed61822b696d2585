import CPCRE2
import LedeCore

/// The `regex` step: runs named PCRE2 patterns over each document and adds every
/// match to ``AnnotatedDocument/matches``.
///
/// ```swift
/// let troops = PatternDefinition(name: "troops",
///     pattern: #"(?<count>\d{1,3}(?:,\d{3})+)\s+(?<who>American|US|U\.S\.)\s+troops"#)
/// let step = try RegexExtractor(patterns: [troops] + PatternLibrary.defaultPatternSet.map(PatternDefinition.init))
/// ```
///
/// Patterns compile (and JIT-compile) once, when the step is made; a broken pattern is a
/// ``ConfigurationError`` then, before any document is read. Each document is searched
/// in place; a search that hits a limit (``MatchLimits``) fails only that document,
/// with a ``DocumentError`` of code `regex-limit`.
///
/// ## Match order
/// Within a step, matches are sorted by start offset; matches starting at the same
/// offset follow the order in which the step lists its patterns, then end offset. Each
/// pattern reports its own non-overlapping, leftmost-first matches, so matches of
/// different patterns may overlap (`quantity` and `money` on `20 mln dlrs`).
///
/// ## One pass per pattern
/// Every pattern makes its own JIT pass over the document. One combined alternation
/// (`(*MARK:name)` per branch) was measured with `Benchmarks/compare` on the Reuters
/// development text (0.84 MB, the 11 default patterns, CPU time): separate passes
/// 0.020 s, the alternation 0.10–0.11 s — 5× slower, and it finds fewer matches because an
/// alternation cannot report overlapping matches of different patterns. The patterns'
/// first characters together cover most letters and digits, so the alternation tries
/// every branch at nearly every position, while each separate pass jumps between its
/// own possible first characters. Emulating separate passes exactly on top of the
/// alternation would add anchored searches at every match, so combining never wins here.
///
/// ## Built-in patterns start only where they can
/// PCRE2's own search for a possible first character costs about 8 instructions per
/// byte per pattern. The library patterns (exactly as the library writes them) instead
/// share one cheap scan of the document for their possible starts (`StartRule`), and
/// each runs its anchored twin only there; the results are those of the plain search.
/// A search limit then applies to each anchored attempt rather than to a whole pass.
///
/// Match data, match context and JIT stack are cached per thread (allocating them per
/// document measured 7–18% of the search time of an average article).
public struct RegexExtractor: Extractor {
    public static let registryName = "regex"

    /// A compiled pattern of the step and the groups it reports.
    public struct Entry: Sendable {
        /// The pattern's name in the step.
        public let name: String
        /// The compiled pattern.
        public let compiled: CompiledPattern
        /// Reported named groups with the group numbers carrying each name.
        let reported: [(name: String, numbers: [Int])]
        /// For a built-in pattern: where it can start, and the pattern compiled
        /// anchored to run only there (see ``StartRule``).
        let shortcut: (rule: StartRule, anchored: CompiledPattern)?

        /// The step's match for `view`, with the reported groups.
        func match(_ view: MatchView) -> Match {
            var groups: [Match.Group] = []
            if !reported.isEmpty {
                groups.reserveCapacity(reported.count)
                for group in reported {
                    groups.append(Match.Group(name: group.name, span: view.firstSetGroup(group.numbers)))
                }
            }
            return Match(pattern: name, span: view.span, groups: groups)
        }
    }

    /// The step's patterns, in the order they were listed.
    public let entries: [Entry]
    /// Limits for every search.
    public let limits: MatchLimits
    /// The step's name, for error messages.
    public let stepName: String
    /// How the entries whose starts come from the shared candidate scan are served.
    private let plan: CandidatePlan

    /// The entries served by ``StartCandidates``, worked out once for the step.
    private struct CandidatePlan: Sendable {
        struct Slot: Sendable {
            let index: Int
            let rule: StartRule
            let anchored: CompiledPattern
        }
        var slots: [Slot] = []
        /// Which slot each candidate kind (bit) feeds.
        var slotOfKind = [Int](repeating: -1, count: 16)
        var wanted = CandidateKinds()

        init(_ entries: [Entry]) {
            for (index, entry) in entries.enumerated() {
                guard let shortcut = entry.shortcut, !shortcut.rule.kinds.isEmpty else { continue }
                for bit in 0..<16 where shortcut.rule.kinds.contains(CandidateKinds(rawValue: 1 << bit)) {
                    slotOfKind[bit] = slots.count
                }
                wanted.formUnion(shortcut.rule.kinds)
                slots.append(Slot(index: index, rule: shortcut.rule, anchored: shortcut.anchored))
            }
        }
    }

    public var requires: Set<Capability> { [] }
    public var provides: Set<Capability> { [.matches] }

    /// Compiles `patterns`.
    ///
    /// - Parameters:
    ///   - options: added to every pattern's own options.
    ///   - jit: set `false` to use PCRE2's interpreter (for diagnosis; much slower).
    ///   - stepName: names the step in errors.
    /// - Throws: ``ConfigurationError`` (`invalid-pattern`, key `patterns.NAME`) with
    ///   PCRE2's message and offset, and a caret under the pattern in ``ConfigurationError/detail``;
    ///   `invalid-value` for a duplicate name or an unknown group in `groups`.
    public init(patterns: [PatternDefinition], options: RegexOptions = [], limits: MatchLimits = .standard,
                jit: Bool = true, stepName: String = RegexExtractor.registryName) throws(ConfigurationError) {
        var entries: [Entry] = []
        var seen = Set<String>()
        for definition in patterns {
            let key = "patterns.\(definition.name)"
            guard !definition.name.isEmpty else {
                throw ConfigurationError(.invalidValue, "a pattern needs a non-empty name", step: stepName, key: "patterns")
            }
            guard seen.insert(definition.name).inserted else {
                throw ConfigurationError(.invalidValue, "two patterns are named '\(definition.name)'", step: stepName, key: key)
            }
            let compiled: CompiledPattern
            do {
                compiled = try CompiledPattern(definition.pattern, options: definition.options.union(options), jit: jit)
            } catch {
                throw ConfigurationError(.invalidPattern,
                    "pattern '\(definition.name)' does not compile: \(error.message) at offset \(error.offset)",
                    step: stepName, key: key, detail: error.caretDiagram)
            }
            var reported: [(name: String, numbers: [Int])] = []
            for name in definition.groups ?? Self.distinctNames(compiled) {
                let numbers = compiled.groupNumbers(named: name)
                guard !numbers.isEmpty else {
                    let known = Self.distinctNames(compiled)
                    throw ConfigurationError(.invalidValue,
                        "pattern '\(definition.name)' has no group named '\(name)'; "
                            + (known.isEmpty ? "it has no named groups" : "its groups: \(known.joined(separator: ", "))"),
                        step: stepName, key: "\(key).groups")
                }
                reported.append((name, numbers))
            }
            entries.append(Entry(name: definition.name, compiled: compiled, reported: reported,
                                 shortcut: Self.shortcut(for: definition.pattern, options: compiled.options, jit: compiled.usesJIT)))
        }
        self.entries = entries
        self.limits = limits
        self.stepName = stepName
        self.plan = CandidatePlan(entries)
    }

    /// The anchored twin of a built-in pattern that has a ``StartRule``. Only with the
    /// JIT: the interpreter (`jit: false`) keeps the plain search it is there to diagnose.
    private static func shortcut(for pattern: String, options: RegexOptions, jit: Bool) -> (rule: StartRule, anchored: CompiledPattern)? {
        guard jit, let rule = StartRule.rule(for: pattern, options: options),
              let anchored = try? CompiledPattern(pattern, options: options.union(.anchored)),
              anchored.usesJIT, anchored.minimumLength > 0 else { return nil }
        return (rule, anchored)
    }

    private static func distinctNames(_ compiled: CompiledPattern) -> [String] {
        var seen = Set<String>()
        return compiled.namedGroups.map(\.name).filter { seen.insert($0).inserted }
    }

    public func extract(_ document: inout AnnotatedDocument) throws {
        document.matches += try matches(in: document.document)
    }

    /// This step's matches in `document`, in the step's order (see the type's documentation).
    ///
    /// - Throws: ``DocumentError`` `regex-limit` naming the step, pattern and limit when a
    ///   search hits a limit; `regex-failed` for any other PCRE2 match error.
    public func matches(in document: Document) throws(DocumentError) -> [Match] {
        var perPattern: [[Match]] = Array(repeating: [], count: entries.count)
        var running = 0
        do {
            try document.bytes.withUnsafeBufferPointer { (buffer) throws(RegexMatchError) in
                try withThreadScratch { (scratch) throws(RegexMatchError) in
                    for (index, entry) in entries.enumerated() {
                        running = index
                        if let shortcut = entry.shortcut {
                            // Scanned patterns are served together below.
                            guard !buffer.isEmpty, shortcut.rule.kinds.isEmpty else { continue }
                            try prepare(scratch, for: shortcut.anchored)
                            try shortcut.rule.forEachStart(in: buffer) { (start) throws(RegexMatchError) in
                                guard let view = try shortcut.anchored.searchOnce(in: buffer, at: start, scratch: scratch) else {
                                    return start + 1
                                }
                                perPattern[index].append(entry.match(view))
                                return view.span.end
                            }
                            continue
                        }
                        try entry.compiled.forEachMatch(in: buffer, isValidUTF8: true, limits: limits, scratch: scratch) { view in
                            perPattern[index].append(entry.match(view))
                            return true
                        }
                    }
                    guard !plan.slots.isEmpty, !buffer.isEmpty else { return }
                    guard StartCandidates.canScan(buffer) else {
                        // Past 4 GB: the plain search, pattern by pattern.
                        for slot in plan.slots {
                            running = slot.index
                            let entry = entries[slot.index]
                            try entry.compiled.forEachMatch(in: buffer, isValidUTF8: true, limits: limits, scratch: scratch) { view in
                                perPattern[slot.index].append(entry.match(view))
                                return true
                            }
                        }
                        return
                    }
                    scratch.candidates.scan(buffer)
                    try matchCandidates(in: buffer, scratch: scratch, into: &perPattern, running: &running)
                }
            }
        } catch {
            throw documentError(error, pattern: entries.indices.contains(running) ? entries[running].name : "?")
        }
        return Self.merge(perPattern)
    }

    /// The matches of the built-in patterns served by the candidate scan (``plan``), as
    /// their unanchored searches would find them: for each pattern, from the end of its
    /// previous match, the first candidate where the anchored pattern matches. One walk
    /// over the candidates serves all of them. Limits apply to each anchored attempt.
    private func matchCandidates(in buffer: UnsafeBufferPointer<UInt8>, scratch: MatchScratch,
                                 into perPattern: inout [[Match]], running: inout Int) throws(RegexMatchError) {
        let slots = plan.slots, slotOfKind = plan.slotOfKind, wanted = plan.wanted
        let candidates = scratch.candidates
        let positions = candidates.positions, kinds = candidates.kinds
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: slots.count) { (offsets) throws(RegexMatchError) in
            offsets.initialize(repeating: 0)
            var prepared = -1
            for entry in 0..<candidates.count {
                let position = Int(positions[entry])
                var bits = kinds[entry].intersection(wanted).rawValue
                while bits != 0 {
                    let slot = slotOfKind[bits.trailingZeroBitCount]
                    bits &= bits &- 1
                    guard position >= offsets[slot], slots[slot].rule.mayStart(at: position, in: buffer) else { continue }
                    let index = slots[slot].index
                    running = index
                    if prepared != index {
                        try prepare(scratch, for: slots[slot].anchored)
                        prepared = index
                    }
                    guard let view = try slots[slot].anchored.searchOnce(in: buffer, at: position, scratch: scratch) else {
                        continue
                    }
                    perPattern[index].append(entries[index].match(view))
                    offsets[slot] = view.span.end
                }
            }
        }
    }

    private func prepare(_ scratch: MatchScratch, for pattern: CompiledPattern) throws(RegexMatchError) {
        do {
            try scratch.prepare(pairs: pattern.captureCount + 1, limits: limits)
        } catch {
            throw RegexMatchError(code: PCRE2_ERROR_NOMEMORY)
        }
    }

    /// Interleaves the patterns' match lists (each already in text order) by start
    /// offset; on equal starts the earlier-listed pattern comes first, and a pattern's
    /// own matches keep their order (an empty match before a non-empty one at the same
    /// place). A linear k-way merge: cheaper than sorting, and stable by construction.
    static func merge(_ lists: [[Match]]) -> [Match] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.count <= 1 { return nonEmpty.first ?? [] }
        var heads = Array(repeating: 0, count: nonEmpty.count)
        var merged: [Match] = []
        merged.reserveCapacity(nonEmpty.reduce(0) { $0 + $1.count })
        while true {
            var best = -1
            var bestStart = Int.max
            for (list, head) in heads.enumerated() where head < nonEmpty[list].count {
                let start = nonEmpty[list][head].span.start
                if start < bestStart {
                    bestStart = start
                    best = list
                }
            }
            guard best >= 0 else { return merged }
            merged.append(nonEmpty[best][heads[best]])
            heads[best] += 1
        }
    }

    private func documentError(_ error: RegexMatchError, pattern: String) -> DocumentError {
        guard error.isLimit else {
            return DocumentError(code: "regex-failed",
                                 message: "step '\(stepName)': pattern '\(pattern)' failed: \(error.message)")
        }
        let setting: String
        switch error.kind {
        case .matchLimit: setting = "match_limit = \(limits.matchLimit)"
        case .depthLimit: setting = "depth_limit = \(limits.depthLimit)"
        case .heapLimit, .noMemory: setting = "heap_limit = \(limits.heapLimitKiB) KiB"
        case .jitStackLimit: setting = "jit_stack = \(limits.jitStackKiB) KiB"
        case .other: setting = "?"
        }
        return DocumentError(code: "regex-limit",
            message: "step '\(stepName)': pattern '\(pattern)' hit a limit (\(setting)): \(error.message); "
                + "simplify the pattern or raise `\(error.limitKey ?? "match_limit")`")
    }
}
