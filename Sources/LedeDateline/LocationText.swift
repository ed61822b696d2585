/// How a dateline's place is reported: as printed, with all-capital parts title-cased
/// (`BAHIA BLANCA, Argentina` → `Bahia Blanca, Argentina`) while abbreviations such as
/// `S.C.`, `N.Y.` or `DC` in a qualifier keep their capitals.
enum LocationText {
    static func display(_ bytes: ArraySlice<UInt8>) -> String {
        let printed = String(decoding: bytes, as: UTF8.self)
        var parts: [String] = []
        for (index, part) in printed.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            parts.append(titleCased(part, isQualifier: index > 0))
        }
        return parts.joined(separator: ",")
    }

    private static func titleCased(_ part: Substring, isQualifier: Bool) -> String {
        guard !part.contains(where: \.isLowercase) else { return String(part) }
        var words: [String] = []
        for (index, word) in part.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let letters = word.filter(\.isLetter).count
            let dotted = word.dropLast().contains(".")
            if dotted || (isQualifier && letters <= 2) {
                words.append(String(word))
            } else if index > 0, connectors.contains(word.lowercased()) {
                words.append(word.lowercased())
            } else {
                words.append(capitalize(word))
            }
        }
        return words.joined(separator: " ")
    }

    /// Lower case except the first letter and letters after `-`, `'`, `’`, `/`.
    private static func capitalize(_ word: Substring) -> String {
        var result = ""
        var upperNext = true
        for ch in word {
            if ch.isLetter {
                result += upperNext ? ch.uppercased() : ch.lowercased()
                upperNext = false
            } else {
                result.append(ch)
                upperNext = ch == "-" || ch == "/" || ch == "'" || ch == "\u{2019}"
            }
        }
        return result
    }

    private static let connectors: Set<String> = ["of", "de", "del", "di", "da", "do", "dos", "das", "du", "des",
                                                  "la", "le", "les", "el", "al", "and", "on", "upon", "sur", "the",
                                                  "y", "en", "am", "im", "van", "von", "der"]
}
