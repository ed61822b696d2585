/// Tokens stored struct-of-arrays: kinds, starts and ends in three flat arrays, so
/// tokenizing allocates per buffer growth, never per token.
public struct TokenBuffer: Sendable, RandomAccessCollection {
    /// A token: its kind and byte span.
    public struct Token: Sendable, Hashable {
        /// What the token is.
        public var kind: TokenKind
        /// Its UTF-8 byte range in the document.
        public var span: Span
    }

    /// Token kinds, one per token.
    public private(set) var kinds: [TokenKind] = []
    /// Token start byte offsets.
    public private(set) var starts: [Int32] = []
    /// Token end byte offsets (exclusive).
    public private(set) var ends: [Int32] = []

    /// Creates an empty buffer with room for `capacity` tokens.
    public init(capacity: Int = 0) {
        reserveCapacity(capacity)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { kinds.count }

    public subscript(position: Int) -> Token {
        Token(kind: kinds[position], span: Span(start: Int(starts[position]), end: Int(ends[position])))
    }

    /// Reserves room for `n` tokens.
    public mutating func reserveCapacity(_ n: Int) {
        kinds.reserveCapacity(n)
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
    }

    /// Appends a token.
    @inlinable
    public mutating func append(_ kind: TokenKind, start: Int, end: Int) {
        appendRaw(kind, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
    }

    @usableFromInline
    mutating func appendRaw(_ kind: TokenKind, _ start: Int32, _ end: Int32) {
        kinds.append(kind)
        starts.append(start)
        ends.append(end)
    }

    /// Appends `count` tokens from three parallel buffers at once (the tokenizer's
    /// scratch space), so the per-token cost is three stores, not three array appends.
    mutating func append(kinds k: UnsafePointer<TokenKind>, starts s: UnsafePointer<Int32>,
                         ends e: UnsafePointer<Int32>, count: Int) {
        kinds.append(contentsOf: UnsafeBufferPointer(start: k, count: count))
        starts.append(contentsOf: UnsafeBufferPointer(start: s, count: count))
        ends.append(contentsOf: UnsafeBufferPointer(start: e, count: count))
    }

    /// Removes the last token (the tokenizer merging `john.smith` into an e-mail address).
    mutating func removeLast() {
        kinds.removeLast()
        starts.removeLast()
        ends.removeLast()
    }

    /// Changes the kind of token `index` (quote marks decided after context is known).
    public mutating func setKind(_ kind: TokenKind, at index: Int) {
        kinds[index] = kind
    }

    /// Removes all tokens, keeping storage for reuse across documents.
    public mutating func removeAll(keepingCapacity: Bool = true) {
        kinds.removeAll(keepingCapacity: keepingCapacity)
        starts.removeAll(keepingCapacity: keepingCapacity)
        ends.removeAll(keepingCapacity: keepingCapacity)
    }

    /// Index of the first token whose end is after `byte` (binary search).
    public func firstIndex(endingAfter byte: Int) -> Int {
        var lo = 0, hi = ends.count
        let b = Int32(truncatingIfNeeded: byte)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ends[mid] <= b { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
