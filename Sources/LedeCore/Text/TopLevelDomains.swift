/// Top-level domains that make `word.tld` a bare web address (`asiatoday.com`).
/// Only lower-case labels count, so a missing space after a period (`Seoul.It`) is
/// not taken for an address.
enum TopLevelDomains {
    private static let names: Set<String> = [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "news", "tv",
        "uk", "us", "ca", "au", "nz", "ie", "de", "fr", "it", "es", "nl", "be", "ch", "at", "se", "no",
        "dk", "fi", "pl", "ru", "ua", "eu", "jp", "kr", "cn", "hk", "tw", "sg", "in", "pk", "il",
        "ae", "sa", "za", "ng", "ke", "br", "mx", "ar", "ph", "my", "id", "vn", "th",
    ]

    /// Packed keys of ``names``.
    private static let keys: Set<UInt32> = Set(names.map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

    /// Whether `p[start..<end]` is a listed top-level domain.
    static func contains(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2 && end - start <= 4 else { return false }
        var key: UInt32 = 0
        for i in start..<end {
            guard p[i] >= UInt8(ascii: "a") && p[i] <= UInt8(ascii: "z") else { return false }
            key = key << 8 | UInt32(p[i])
        }
        return keys.contains(key)
    }
}
