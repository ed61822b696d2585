/// A pattern that does not compile: PCRE2's message and where in the pattern it stopped.
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public var pattern: String
    /// PCRE2's message (`missing closing parenthesis`).
    public var message: String
    /// The UTF-8 byte offset in ``pattern`` where PCRE2 detected the error.
    public var offset: Int
    /// PCRE2's compile error code.
    public var code: Int32

    /// Creates an error.
    public init(pattern: String, message: String, offset: Int, code: Int32) {
        self.pattern = pattern
        self.message = message
        self.offset = offset
        self.code = code
    }

    /// The offset counted in characters, as a user counts them in the pattern.
    public var characterOffset: Int {
        let bytes = Array(pattern.utf8)
        let end = min(max(offset, 0), bytes.count)
        return String(decoding: bytes[0..<end], as: UTF8.self).count
    }

    /// The pattern's line holding the error with a caret under the offending position:
    ///
    /// ```
    /// (?<count>\d+
    ///             ^
    /// ```
    public var caretDiagram: String {
        let chars = Array(pattern)
        let at = min(characterOffset, chars.count)
        // Show only the line holding the error (patterns in extended mode may span lines).
        var lineStart = at
        while lineStart > 0, !chars[lineStart - 1].isNewline { lineStart -= 1 }
        var lineEnd = at
        while lineEnd < chars.count, !chars[lineEnd].isNewline { lineEnd += 1 }
        let line = chars[lineStart..<lineEnd].map { $0 == "\t" ? " " : $0 }
        return String(line) + "\n" + String(repeating: " ", count: at - lineStart) + "^"
    }

    public var description: String {
        "\(message) at offset \(offset)\n\(caretDiagram)"
    }
}
