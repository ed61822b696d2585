/// Checks UTF-8 without decoding it: the test ``Document`` runs on every input.
enum UTF8Validation {
    /// Whether `buf` is well-formed UTF-8 (no overlong forms, surrogates, values past
    /// U+10FFFF or truncated sequences): exactly the input that `String(decoding:as:)`
    /// keeps unchanged. ASCII is skipped 32 bytes at a time.
    static func isValid(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = buf.baseAddress else { return true }
        let n = buf.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i < n {
            if i + 32 <= n {
                let raw = UnsafeRawPointer(p + i)
                let any = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if any & high == 0 {
                    i += 32
                    continue
                }
            }
            if p[i] < 0x80 {
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(p, i, n)
            if scalar == UTF8Scalar.invalid { return false }
            i += length
        }
        return true
    }
}
