/// A generated table of `key<TAB>value...` lines sorted by key, searched in place by
/// binary search on UTF-8 bytes: no dictionary to build, only an index of line starts.
struct SortedTable: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int32]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts: [Int32] = []
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i > lineStart { starts.append(Int32(lineStart)) }
            lineStart = i + 1
        }
        lineStarts = starts
    }

    /// The tab-separated fields after the key of the line whose key is `key`.
    func lookup(_ key: [UInt8]) -> [String]? {
        var lo = 0
        var hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            switch compare(line: Int(lineStarts[mid]), key) {
            case .orderedAscending: lo = mid + 1
            case .orderedDescending: hi = mid
            case .same: return fields(Int(lineStarts[mid]) + key.count)
            }
        }
        return nil
    }

    private enum Order { case orderedAscending, same, orderedDescending }

    /// Compares the key of the line starting at `start` with `key`.
    private func compare(line start: Int, _ key: [UInt8]) -> Order {
        var i = start
        for k in key {
            guard i < bytes.count, bytes[i] != 0x09, bytes[i] != 0x0A else { return .orderedAscending }
            if bytes[i] != k { return bytes[i] < k ? .orderedAscending : .orderedDescending }
            i += 1
        }
        return i >= bytes.count || bytes[i] == 0x09 || bytes[i] == 0x0A ? .same : .orderedDescending
    }

    private func fields(_ keyEnd: Int) -> [String] {
        var result: [String] = []
        var i = keyEnd
        while i < bytes.count, bytes[i] == 0x09 {
            var j = i + 1
            while j < bytes.count, bytes[j] != 0x09, bytes[j] != 0x0A { j += 1 }
            result.append(String(decoding: bytes[(i + 1)..<j], as: UTF8.self))
            i = j
        }
        return result
    }
}
