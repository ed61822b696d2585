/// Known abbreviations written with a trailing period, and the rule for dotted
/// acronyms and initials.
///
/// The tokenizer keeps the period inside a word token when the word is a known
/// abbreviation (`Gen.`, `Oct.`, `Inc.`), a dotted acronym (`U.S.`, `a.m.`) or a
/// single-letter initial (`J.`); the sentence splitter asks ``kind(of:)`` how such a
/// token behaves at a possible sentence end.
public enum Abbreviations {
    /// Abbreviations as written (case-sensitive); an all-capital form of each is
    /// also known (`GEN.`, `OCT.` in capitalised headlines).
    static let listed: [(String, AbbreviationKind)] = {
        var list: [(String, AbbreviationKind)] = []
        let titles = """
            Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Gen Gens Lt Lieut Col Maj Capt Cpt Adm Cmdr Cdr \
            Sgt Cpl Pvt Brig Sen Sens Rep Reps Gov Govs Rev Hon Pres Amb Atty Supt Det Insp Fr Msgr \
            St Ste Mt Ft Rt vs
            """
        let months = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
        let numberPrefixes = "No Nos Nr Vol Vols Fig Figs Art Ch Sec Sect pp Para"
        let terminals = """
            Inc Corp Co Cos Ltd Bros Jr Sr Esq etc al approx est Dept Univ Assn Ave Blvd Rd \
            Mon Tue Tues Wed Thu Thur Thurs Fri \
            Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo \
            Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
            """
        for (words, kind) in [(titles, AbbreviationKind.title), (months, .month),
                              (numberPrefixes, .numberPrefix), (terminals, .terminal)] {
            for w in words.split(separator: " ") { list.append((String(w), kind)) }
        }
        return list
    }()

    /// The listed abbreviations keyed by their bytes packed into a `UInt64`.
    static let table: [UInt64: AbbreviationKind] = {
        var t: [UInt64: AbbreviationKind] = [:]
        for (word, kind) in listed {
            t[pack(Array(word.utf8))] = kind
            t[pack(Array(word.uppercased().utf8))] = t[pack(Array(word.uppercased().utf8))] ?? kind
        }
        return t
    }()

    /// Packs up to 8 bytes into an integer key.
    static func pack(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// The kind of the listed abbreviation `bytes[start..<end]` (without its
    /// period), or `nil`.
    @usableFromInline
    static func listedKind(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> AbbreviationKind? {
        let n = end - start
        guard n >= 2 && n <= 6 else { return nil }
        // Most words before a period are no abbreviation: rule them out by first byte
        // and length before hashing.
        guard firstAndLength[Int(p[start])] & (1 << n) != 0 else { return nil }
        var key: UInt64 = 0
        for i in start..<end { key = key << 8 | UInt64(p[i]) }
        return table[key]
    }

    /// Bit `n` of entry `b`: some listed abbreviation has `n` bytes and starts with byte `b`.
    static let firstAndLength: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for (word, _) in listed {
            for form in [word, word.uppercased()] {
                let bytes = Array(form.utf8)
                t[Int(bytes[0])] |= 1 << bytes.count
            }
        }
        return t
    }()

    /// How a word token that ends in a period behaves at a possible sentence end:
    /// a listed abbreviation's kind, ``AbbreviationKind/terminal`` for dotted
    /// acronyms and initials (`U.S.`, `a.m.`, `J.`), `nil` when `token` does not end
    /// in a period.
    ///
    /// - Parameter token: the token's bytes, period included.
    public static func kind(of token: UnsafeBufferPointer<UInt8>) -> AbbreviationKind? {
        guard let p = token.baseAddress, token.count >= 2, token[token.count - 1] == UInt8(ascii: ".") else {
            return nil
        }
        return listedKind(p, 0, token.count - 1) ?? .terminal
    }
}
