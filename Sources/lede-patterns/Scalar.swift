/// A string read from a patterns file, with where each of its bytes came from, so an
/// offset into the decoded pattern (PCRE2's error offset) maps back into the file
/// even through quotes and escapes.
struct Scalar {
    /// The decoded UTF-8 bytes.
    var bytes: [UInt8] = []
    /// File offset of the source of each decoded byte (same count as ``bytes``).
    var origins: [Int] = []
    /// File offset where the scalar starts (its opening quote, if any).
    var start: Int
    /// File offset just past the scalar's last content byte (before a closing quote).
    var end: Int

    init(start: Int) {
        self.start = start
        self.end = start
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8, from offset: Int) {
        bytes.append(byte)
        origins.append(offset)
    }

    /// Appends a Unicode scalar (from an escape) encoded as UTF-8, every byte
    /// attributed to the escape's start.
    mutating func append(scalar value: UInt32, from offset: Int) -> Bool {
        guard let u = Unicode.Scalar(value) else { return false }
        for b in String(Character(u)).utf8 { append(b, from: offset) }
        return true
    }

    /// The file offset of decoded byte `index`; past the end maps to ``end``.
    func origin(of index: Int) -> Int {
        index >= 0 && index < origins.count ? origins[index] : end
    }
}
