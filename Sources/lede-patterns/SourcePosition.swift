/// A place in a patterns file, for `file:line:column:` diagnostics.
struct SourcePosition: Hashable {
    /// 1-based line.
    var line: Int
    /// 1-based column, counted in UTF-8 bytes like compilers do.
    var column: Int
}

/// A patterns file's bytes with a line index, so byte offsets become positions.
struct SourceFile {
    let path: String
    let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let lineStarts: [Int]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// The line and column of byte `offset` (clamped to the file).
    func position(of offset: Int) -> SourcePosition {
        let o = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return SourcePosition(line: lo + 1, column: o - lineStarts[lo] + 1)
    }

    /// The text of the line holding `offset`, without its line break.
    func lineText(at offset: Int) -> String {
        let line = position(of: offset).line
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// An error located in a patterns file.
struct Diagnostic: Error {
    /// Byte offset in the file.
    var offset: Int
    var message: String

    init(_ offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }

    /// `path:line:column: error: message`, then the line and a caret under the column,
    /// the form Xcode and `swift build` show in place.
    func rendered(in file: SourceFile) -> String {
        let p = file.position(of: offset)
        let text = file.lineText(at: offset)
        // The caret goes under the byte column; keep tabs so it lines up.
        let lead = String(text.utf8.prefix(p.column - 1).map { $0 == 0x09 ? "\t" : " " })
        return "\(file.path):\(p.line):\(p.column): error: \(message)\n\(text)\n\(lead)^\n"
    }
}
