/// How a dateline's place is reported: as printed, with all-capital parts title-cased
/// (`BAHIA BLANCA, Argentina` → `Bahia Blanca, Argentina`) while abbreviations such as
/// `S.C.`, `N.Y.` or `DC` in a qualifier keep their capitals.
enum LocationText {
    static func display(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.contains(where: { $0 >= 0x80 }) { return displayUnicode(String(decoding: bytes, as: UTF8.self)) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var partStart = bytes.startIndex
        var partIndex = 0
        while partStart <= bytes.endIndex {
            let partEnd = bytes[partStart...].firstIndex(of: UInt8(ascii: ",")) ?? bytes.endIndex
            let part = bytes[partStart..<partEnd]
            if part.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
                out += part
            } else {
                titleCaseASCII(part, isQualifier: partIndex > 0, into: &out)
            }
            guard partEnd < bytes.endIndex else { break }
            out.append(UInt8(ascii: ","))
            partStart = partEnd + 1
            partIndex += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Title-cases the words of an all-capital ASCII part.
    private static func titleCaseASCII(_ part: ArraySlice<UInt8>, isQualifier: Bool, into out: inout [UInt8]) {
        var wordStart = part.startIndex
        var wordIndex = 0
        while wordStart <= part.endIndex {
            let wordEnd = part[wordStart...].firstIndex(of: 0x20) ?? part.endIndex
            let word = part[wordStart..<wordEnd]
            let letters = word.filter { $0 >= 0x41 && $0 <= 0x5A }.count
            let dotted = word.dropLast().contains(UInt8(ascii: "."))
            if dotted || (isQualifier && letters <= 2) {
                out += word
            } else if wordIndex > 0, connectors.contains(word.map { $0 | 0x20 }) {
                out += word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            } else {
                var upperNext = true
                for b in word {
                    let isLetter = b >= 0x41 && b <= 0x5A
                    out.append(isLetter && !upperNext ? b | 0x20 : b)
                    upperNext = isLetter ? false : (b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: "'"))
                }
            }
            guard wordEnd < part.endIndex else { break }
            out.append(0x20)
            wordStart = wordEnd + 1
            wordIndex += 1
        }
    }

    /// The same for names with non-ASCII letters (`SÃO PAULO`), on Characters.
    private static func displayUnicode(_ printed: String) -> String {
        var parts: [String] = []
        for (index, part) in printed.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            guard !part.contains(where: \.isLowercase) else {
                parts.append(String(part))
                continue
            }
            var words: [String] = []
            for (n, word) in part.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if word.dropLast().contains(".") || (index > 0 && word.filter(\.isLetter).count <= 2) {
                    words.append(String(word))
                } else if n > 0, connectors.contains(Array(word.lowercased().utf8)) {
                    words.append(word.lowercased())
                } else {
                    words.append(capitalize(word))
                }
            }
            parts.append(words.joined(separator: " "))
        }
        return parts.joined(separator: ",")
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

    private static let connectors: Set<[UInt8]> = Set(["of", "de", "del", "di", "da", "do", "dos", "das", "du", "des",
                                                       "la", "le", "les", "el", "al", "and", "on", "upon", "sur", "the",
                                                       "y", "en", "am", "im", "van", "von", "der"].map { Array($0.utf8) })
}
