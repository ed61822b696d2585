/// The built-in patterns, usable by name from a regex step (`library: [acronym, money]`
/// or `library: all`). Written for English news text; every entry is tested on real
/// article text.
///
/// The patterns avoid PCRE2-only constructs where they can (no `\p{…}`, no possessive
/// tricks), so `Benchmarks/compare` can run the very same patterns through Python's `re`.
/// Digits are written `[0-9]`, not `\d`: under UCP `\d` is a Unicode property, which
/// stops PCRE2 from computing the set of possible first bytes, and a pattern starting
/// with it is then tried at every position (measured with `Benchmarks/compare`: `percent`
/// 9.5 ms → 1.7 ms CPU over the 0.84 MB Reuters development text). News numbers are
/// ASCII digits.
public enum PatternLibrary {
    private static let month = #"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"#
    private static let year = #"(?:1[89][0-9][0-9]|20[0-9][0-9])"#
    private static let day = #"(?:[12][0-9]|3[01]|0?[1-9])"#
    /// A decimal number with optional thousands separators: `28,500`, `6.4`, `1,001,430`.
    private static let amount = #"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![.,]?[0-9])"#
    private static let scale = #"(?:hundred|thousand|million|billion|trillion|mln|bln|bn)"#
    /// Words that follow a number without being what it counts (`340 to 350`, `807,000 vs`,
    /// `11,000 having`), and the currency and percent words that `money` and `percent`
    /// report instead. A top-level alternation: used inside `(?!…)`.
    private static let notUnit = #"(?:to|and|or|of|the|a|an|in|on|at|by|for|from|with|per|than|vs|as|against|after|before|up|down|last|this|that|which|who|when|while|if|but|so|it|its|he|she|they|we|said|says|compared|earlier|later|ago|there|respectively|each|is|are|was|were|be|been|has|have|had|will|would|could|may|percent|pct|pounds?|marks?|am|pm|times|hundred|thousand|million|billion|trillion|mln|bln|bn)\b|"# + currencyWord
        + #"\b|[a-z]+(?:ing|ed|ly)\b"#
    /// Currency names written after the amount (`1,750 dlrs`, `500 mln stg`, `43.8 billion forints`).
    private static let currencyWord = #"(?:dlrs?|dollars?|cts|cents?|yen|euros?|pounds sterling|sterling|stg|won|yuan|renminbi|francs?|marks|rupees?|pesos?|crowns|kronor|kroner|kronur|lire|lira|rand|riyals?|dinars?|roubles?|rubles?|forints?|zlotys?|guilders?|schillings?|pesetas?|escudos?|drachmas?|ringgit|rupiah|baht|shekels?)"#
    /// One hashtag word: letters and digits with inner `-`, `–`, `.`, `'`, `’` (`U.S.–Korea`).
    private static let tagWord = #"\w+(?:[-–.'’]+\w+)*"#

    /// Every library pattern, in documentation order.
    public static let all: [LibraryPattern] = [
        LibraryPattern(
            name: "acronym",
            pattern: #"(?<![A-Z][ -])(?<![\w&.])(?:[A-Z]\.){2,4}(?![\w.])|(?<![A-Z]{2}[ -/])(?<![A-Z][>)'’] )(?<![\w&])(?!REUTERS?\b)[A-Z](?:&?[A-Z0-9]){1,5}s?\b(?![ -/][A-Z][A-Z.]|['’]S\b|,? "# + month + #"\.? [0-9]|,?\s[-–—]\s|, [A-Z][a-z]+\.?,| \((?:Reuters|AP|AFP|UPI)\))"#,
            summary: "Acronyms and initialisms: OPCON, ROK, DPRK, S&P, NGOs, U.S. Two to six capitals; "
                + "skips all-capital headlines and datelines (a capital word next to another one, "
                + "SEOUL – …, KOKOMO, Ind., Feb 26) and the REUTER sign-off."
        ),
        LibraryPattern(
            name: "quantity",
            pattern: #"(?<![\w.,/$£€¥₩-])(?!(?:1[89]|20)[0-9][0-9]\b)(?<number>"# + amount + #")(?:[\s-](?<scale>"# + scale
                + #"))?[\s-](?<unit>(?:[A-Z][a-z]+ |(?:metric|short|long|square|cubic) )?(?!"# + notUnit
                + #")[a-z]+(?:-[a-z]+)*)\b"#,
            summary: "A number and what it counts: `28,500 American troops`, `6.4 mln bags`, `100,000 metric tons`. "
                + "Groups: number, scale, unit (one optional capitalised or measure word, then a noun). "
                + "Bare years and money or percent words are left to `year`, `money` and `percent`."
        ),
        LibraryPattern(
            name: "number",
            pattern: #"(?<![\w.,/-])(?<value>"# + amount + #")(?:[\s-](?<scale>"# + scale + #")\b)?"#,
            summary: "Any number with optional thousands separators, decimals and scale word: `28,500`, `6.4 mln`. "
                + "Groups: value, scale."
        ),
        LibraryPattern(
            name: "money",
            pattern: #"(?<currency>US\$|A\$|C\$|HK\$|[$£€¥₩])\s?(?<amount>"# + amount + #")(?:[\s-](?<scale>"# + scale
                + #"|m)\b)?|(?<![\w.,])(?<amount>"# + amount + #")(?:[\s-](?<scale>"# + scale
                + #"))?[\s-](?<currency>"# + currencyWord + #")\b"#,
            options: .duplicateNames,
            summary: "Sums of money: `$1.5 billion`, `€20`, `US$3 mln`, `1,750 dlrs`, `34 cts`, `95.30 pesos`. "
                + "Groups: currency (symbol or word), amount, scale."
        ),
        LibraryPattern(
            name: "percent",
            pattern: #"(?<![\w.,])[-+]?(?<value>[0-9]+(?:\.[0-9]+)?)(?:\s?%|[\s-](?:per ?cent|pct)\b)"#,
            summary: "Percentages: `14.5 pct`, `20%`, `3 percent`, `-2 per cent`. Group: value."
        ),
        LibraryPattern(
            name: "year",
            pattern: #"(?<![\w$£€.,/-])"# + year + #"(?![\w,.]?[0-9]|[ -](?:dlrs|tonnes|bags|pct|percent)\b)"#,
            summary: "Years 1800–2099 standing alone: `2030`, `1950` in `1950 to 1953`; not parts of numbers or amounts."
        ),
        LibraryPattern(
            name: "date",
            pattern: #"(?<![\w.])(?:(?<month>"# + month + #")\.? (?<day>"# + day + #")(?:st|nd|rd|th)?(?:,? (?<year>"# + year
                + #"))?|(?<day>"# + day + #")(?:st|nd|rd|th)? (?:of )?(?<month>"# + month + #")\.?(?:,? (?<year>"# + year
                + #"))?|(?<year>"# + year + #")-(?<month>0[1-9]|1[0-2])-(?<day>[12][0-9]|3[01]|0[1-9]))(?!\w|[.,][0-9])"#,
            options: .duplicateNames,
            summary: "Calendar dates: `November 4`, `Oct 28`, `Nov 05, 2025`, `02 January 2024`, `2024-01-02`. "
                + "Groups: month, day, year (unset when not printed)."
        ),
        LibraryPattern(
            name: "time",
            pattern: #"(?<![\w.:])(?:(?<hour>[01]?[0-9]|2[0-3]):(?<minute>[0-5][0-9])(?::[0-5][0-9])?(?:\s?(?<ampm>[ap]\.m\.|[AaPp][Mm]\b))?|(?<hour>1[0-2]|0?[1-9])(?:[.:](?<minute>[0-5][0-9]))?\s?(?<ampm>[ap]\.m\.|[AaPp][Mm]\b))(?:\s(?<zone>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|KST|JST|IST)\b)?"#,
            options: .duplicateNames,
            summary: "Clock times: `12:17 GMT`, `10:05 am`, `3 p.m.`, `7.30 pm`. Groups: hour, minute, ampm, zone."
        ),
        LibraryPattern(
            name: "url",
            pattern: #"(?<![\w@])(?:https?://|www\.)[^\s<>"'()\[\]]+[^\s<>"'()\[\].,;:!?]"#,
            summary: "Web addresses starting `http://`, `https://` or `www.`; trailing punctuation is left out."
        ),
        LibraryPattern(
            name: "email",
            pattern: #"(?<user>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b"#,
            summary: "E-mail addresses: `press@menafn.com`. Groups: user, domain."
        ),
        LibraryPattern(
            name: "hashtag",
            pattern: #"(?<![\w&#])#(?<tag>(?=[^\W0-9])"# + tagWord + #"(?: "# + tagWord + #"){1,5}(?=\xa0)|(?=[^\W0-9])"# + tagWord + #")"#,
            summary: "Hashtags. A tag is one word (`#OPCON`), unless it ends at a no-break space (U+00A0), "
                + "the separator news sites put between phrase tags: then it runs over up to six "
                + "space-separated words to that no-break space (`#Lee Jae-myung`, `#U.S.–Korea alliance`), "
                + "never across a `#` or a line break. Must start with a letter (`#1` is not a tag). Group: tag."
        ),
        LibraryPattern(
            name: "mention",
            pattern: #"(?<![\w@.])@(?<handle>\w{1,30})\b(?!\.\w|@)"#,
            summary: "@mentions of social-media accounts: `@Reuters`; not e-mail addresses. Group: handle."
        ),
        LibraryPattern(
            name: "phone",
            pattern: #"(?<![\w+])(?:\+[0-9]{1,3}[ .-]?(?:\([0-9]{1,4}\)[ .-]?)?[0-9]{1,4}(?:[ .-][0-9]{2,4}){1,4}|\([0-9]{3}\) ?[0-9]{3}[ .-][0-9]{4}|[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}|0[0-9]{1,4}[ -][0-9]{3,4}[ -][0-9]{3,4})(?![\w-])"#,
            summary: "Telephone numbers: international (`+82 2 748 1234`), North American "
                + "(`(212) 555-0147`, `212-555-0147`) and national with a trunk 0 (`020 7946 0958`)."
        ),
        LibraryPattern(
            name: "wire_id",
            pattern: #"(?<!\w)(?<source>[A-Z]{2,12})(?<number>[0-9]{8,}(?:[A-Z]{1,4}[0-9]{4,})*)\b"#,
            summary: "Wire-service and document identifiers: capitals then a long digit run, "
                + "`MENAFN05112025000045017167ID1110298860`. Groups: source, number."
        ),
    ]

    /// The names `defaultPatternSet` uses: the precise, generally useful patterns. Left out:
    /// `number` and `year` (they repeat what `quantity`, `money`, `percent` and `date`
    /// report) and `phone` (digit groups in tables look like phone numbers).
    public static let defaultNames: [String] = [
        "acronym", "quantity", "money", "percent", "date", "time", "url", "email", "hashtag", "mention", "wire_id",
    ]

    /// The patterns a regex step uses when it names neither `patterns:` nor `library:`
    /// (the default pipeline's `regex` step).
    public static var defaultPatternSet: [LibraryPattern] {
        defaultNames.compactMap { named($0) }
    }

    /// The library pattern called `name`, if any.
    public static func named(_ name: String) -> LibraryPattern? {
        all.first { $0.name == name }
    }
}
