import CPCRE2

/// Compile options for a pattern, on top of the UTF and UCP modes every Lede pattern uses
/// (so `\w`, `\d`, `\b` and case folding follow Unicode, and offsets never split a character).
///
/// In a configuration file options are written by name, as a list or a comma-separated
/// string: `options: [caseless, multiline]` or `options: "caseless, multiline"`.
public struct RegexOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `caseless` (`i`): letters match either case.
    public static let caseless = RegexOptions(rawValue: PCRE2_CASELESS)
    /// `multiline` (`m`): `^` and `$` also match at line starts and ends.
    public static let multiline = RegexOptions(rawValue: PCRE2_MULTILINE)
    /// `dotall` (`s`): `.` also matches a newline.
    public static let dotall = RegexOptions(rawValue: PCRE2_DOTALL)
    /// `extended` (`x`): unescaped white space is ignored and `#` starts a comment.
    public static let extended = RegexOptions(rawValue: PCRE2_EXTENDED)
    /// `anchored`: a match must start where the search starts (each match must
    /// follow the previous one directly, the first at the start of the text).
    public static let anchored = RegexOptions(rawValue: PCRE2_ANCHORED)
    /// `ungreedy` (`U`): quantifiers are lazy unless followed by `?`.
    public static let ungreedy = RegexOptions(rawValue: PCRE2_UNGREEDY)
    /// `dollar_endonly`: `$` matches only at the very end, not before a final newline.
    public static let dollarEndOnly = RegexOptions(rawValue: PCRE2_DOLLAR_ENDONLY)
    /// `dupnames` (`J`): several groups may share a name; the first that is set is reported.
    public static let duplicateNames = RegexOptions(rawValue: PCRE2_DUPNAMES)
    /// `no_auto_capture` (`n`): plain `( )` groups do not capture; only named groups do.
    public static let noAutoCapture = RegexOptions(rawValue: PCRE2_NO_AUTO_CAPTURE)

    /// Every option with its configuration name, in documentation order.
    public static let named: [(name: String, option: RegexOptions)] = [
        ("caseless", .caseless), ("multiline", .multiline), ("dotall", .dotall),
        ("extended", .extended), ("anchored", .anchored), ("ungreedy", .ungreedy),
        ("dollar_endonly", .dollarEndOnly), ("dupnames", .duplicateNames),
        ("no_auto_capture", .noAutoCapture),
    ]

    /// Short aliases accepted in configuration files (the inline-option letters).
    static let aliases: [String: String] = [
        "i": "caseless", "ignorecase": "caseless", "ignore_case": "caseless", "case_insensitive": "caseless",
        "m": "multiline", "s": "dotall", "x": "extended", "u": "ungreedy", "j": "dupnames", "n": "no_auto_capture",
    ]

    /// The options named in `names` (case-insensitive; `-` and `_` are interchangeable).
    ///
    /// - Returns: the options, or the first name that is not an option.
    public static func parse(_ names: [String]) -> Result<RegexOptions, UnknownOption> {
        var result: RegexOptions = []
        for raw in names {
            let trimmed = String(raw.lowercased().filter { $0 != " " && $0 != "\t" }.map { $0 == "-" ? "_" : $0 })
            if trimmed.isEmpty { continue }
            let name = aliases[trimmed] ?? trimmed
            guard let entry = named.first(where: { $0.name == name }) else {
                return .failure(UnknownOption(name: raw))
            }
            result.insert(entry.option)
        }
        return .success(result)
    }

    /// An option name that ``parse(_:)`` does not know.
    public struct UnknownOption: Error, Sendable {
        /// The name as written.
        public var name: String
    }

    /// The option names, for messages and documentation.
    public var names: [String] {
        Self.named.filter { contains($0.option) }.map(\.name)
    }
}
