import CPCRE2

/// Compiles patterns with PCRE2 exactly as the `regex` step does (UTF, UCP, no `\C`,
/// plus the named options), so a file that builds is a file whose patterns load.
enum PatternCompiler {
    /// Option names as a `regex` step accepts them, with their PCRE2 flags.
    static let options: [(name: String, flag: UInt32)] = [
        ("caseless", PCRE2_CASELESS), ("multiline", PCRE2_MULTILINE), ("dotall", PCRE2_DOTALL),
        ("extended", PCRE2_EXTENDED), ("anchored", PCRE2_ANCHORED), ("ungreedy", PCRE2_UNGREEDY),
        ("dollar_endonly", PCRE2_DOLLAR_ENDONLY), ("dupnames", PCRE2_DUPNAMES), ("no_auto_capture", PCRE2_NO_AUTO_CAPTURE),
    ]

    /// Short names accepted for options (the inline-option letters and spellings).
    static let aliases: [String: String] = [
        "i": "caseless", "ignorecase": "caseless", "ignore_case": "caseless", "case_insensitive": "caseless",
        "m": "multiline", "s": "dotall", "x": "extended", "u": "ungreedy", "j": "dupnames", "n": "no_auto_capture",
    ]

    /// The canonical name of option `raw`, or `nil` if it is not an option.
    static func canonicalOption(_ raw: String) -> String? {
        let key = String(raw.lowercased().map { $0 == "-" ? "_" : $0 })
        let name = aliases[key] ?? key
        return options.contains { $0.name == name } ? name : nil
    }

    /// Checks one entry: its options are known, its pattern compiles, and every group it
    /// keeps is a named group of the pattern. Returns the canonical option names.
    static func check(_ entry: PatternEntry) -> Result<[String], Diagnostic> {
        var flags = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C
        var names: [String] = []
        for option in entry.options {
            guard let name = canonicalOption(option.string),
                  let flag = options.first(where: { $0.name == name })?.flag else {
                let known = options.map(\.name).joined(separator: ", ")
                return .failure(Diagnostic(option.start, "unknown option '\(option.string)'; known options: \(known)"))
            }
            flags |= flag
            if !names.contains(name) { names.append(name) }
        }
        if let k = entry.pattern.bytes.firstIndex(of: 0x08) {
            return .failure(Diagnostic(entry.pattern.origin(of: k),
                "the pattern contains a backspace character, from \"\\b\" in a double-quoted string; "
                    + "write \"\\\\b\" for a word boundary, or use single quotes"))
        }
        var errorCode: Int32 = 0
        var errorOffset = 0
        var bytes = entry.pattern.bytes
        let length = bytes.count
        bytes.append(0)
        let code = bytes.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, length, flags, &errorCode, &errorOffset, nil)
        }
        guard let code else {
            return .failure(Diagnostic(entry.pattern.origin(of: errorOffset),
                                       "\(message(errorCode)) (pattern '\(entry.name.string)')"))
        }
        defer { pcre2_code_free_8(code) }
        let groupNames = namedGroups(code)
        for group in entry.groups where !groupNames.contains(group.string) {
            let known = groupNames.isEmpty ? "it has none" : "it has " + groupNames.joined(separator: ", ")
            return .failure(Diagnostic(group.start, "'\(group.string)' is not a named group of pattern '\(entry.name.string)'; \(known)"))
        }
        return .success(names)
    }

    /// PCRE2's message for an error code.
    static func message(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        return n > 0 ? String(decoding: buffer.prefix(Int(n)), as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// The pattern's named groups, from PCRE2's name table.
    private static func namedGroups(_ code: OpaquePointer) -> [String] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table, count > 0 else { return [] }
        var names: [String] = []
        for n in 0..<Int(count) {
            // Each entry: a 2-byte group number, then the NUL-terminated name.
            let entry = table + n * Int(entrySize)
            var len = 0
            while 2 + len < Int(entrySize), entry[2 + len] != 0 { len += 1 }
            names.append(String(decoding: UnsafeBufferPointer(start: entry + 2, count: len), as: UTF8.self))
        }
        return names
    }
}
