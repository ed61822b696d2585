/// A half-open range of UTF-8 byte offsets into a ``Document``'s bytes.
///
/// Every span inside Lede is a byte range; output converts spans to Unicode
/// code-point offsets once per document (see ``OffsetMap``).
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the span.
    public var start: Int
    /// One past the last byte of the span.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    @inlinable
    public init(start: Int, end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    /// Creates a span from a byte range.
    @inlinable
    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// Number of bytes covered.
    @inlinable public var count: Int { end - start }
    /// Whether the span covers no byte.
    @inlinable public var isEmpty: Bool { end <= start }
    /// The span as a range.
    @inlinable public var range: Range<Int> { start..<end }

    /// Whether `other` lies entirely within this span.
    @inlinable
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one byte.
    @inlinable
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
