/// What a non-ASCII scalar is to the tokenizer. Common news punctuation is decided
/// by a switch; everything else by its Unicode general category.
enum ScalarClass {
    case letter, space, lineBreak
    case openDouble, closeDouble, leftSingle, rightSingle
    case dash, hyphen, joiner, punctuation, symbol

    /// The class of scalar value `v` (not ASCII).
    static func of(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return .space
        case 0x0085, 0x2028, 0x2029: return .lineBreak
        case 0x2019: return .rightSingle
        case 0x2018, 0x201A, 0x201B: return .leftSingle
        case 0x201C, 0x201E, 0x201F, 0x00AB, 0x2039, 0x300C, 0x300E: return .openDouble
        case 0x201D, 0x00BB, 0x203A, 0x300D, 0x300F: return .closeDouble
        // U+0096/U+0097 are Windows-1252 en/em dashes decoded as Latin-1 (mojibake).
        case 0x2012...0x2015, 0x2E3A, 0x2E3B, 0xFE58, 0x0096, 0x0097: return .dash
        case 0x2010, 0x2011: return .hyphen
        case 0x00AD, 0x200C, 0x200D: return .joiner
        case 0x0080...0x009F: return .symbol  // other C1 controls: never words
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return .letter
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .dashPunctuation: return .dash
        case .initialPunctuation: return .openDouble
        case .finalPunctuation: return .closeDouble
        case .openPunctuation, .closePunctuation, .connectorPunctuation, .otherPunctuation: return .punctuation
        default: return .symbol
        }
    }
}
