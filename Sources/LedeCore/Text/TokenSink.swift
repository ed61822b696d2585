/// Scratch space the tokenizer writes tokens into, moved to the ``TokenBuffer`` a
/// block at a time: one allocation per tokenize call, none per token.
struct TokenSink {
    static let blockSize = 4096

    private let kinds: UnsafeMutablePointer<TokenKind>
    private let starts: UnsafeMutablePointer<Int32>
    private let ends: UnsafeMutablePointer<Int32>
    private var count = 0
    /// Where full blocks go.
    var output: TokenBuffer

    init(output: TokenBuffer) {
        self.output = output
        kinds = .allocate(capacity: Self.blockSize)
        starts = .allocate(capacity: Self.blockSize)
        ends = .allocate(capacity: Self.blockSize)
    }

    /// Frees the scratch space; call once, after ``flush()``.
    func deallocate() {
        kinds.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    @inline(__always)
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        if count == Self.blockSize { flush() }
        kinds[count] = kind
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        count &+= 1
    }

    /// Moves the tokens written so far to ``output``.
    mutating func flush() {
        output.append(kinds: kinds, starts: starts, ends: ends, count: count)
        count = 0
    }

    /// The last token written, if any.
    var last: (kind: TokenKind, start: Int, end: Int)? {
        if count > 0 { return (kinds[count - 1], Int(starts[count - 1]), Int(ends[count - 1])) }
        guard let t = output.last else { return nil }
        return (t.kind, t.span.start, t.span.end)
    }

    /// Removes the last token written.
    mutating func removeLast() {
        if count > 0 { count -= 1 } else if !output.isEmpty { output.removeLast() }
    }
}
