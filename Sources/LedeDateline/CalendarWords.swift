/// Month and weekday names and time-zone abbreviations, looked up by packed ASCII word.
enum CalendarWords {
    /// Month number for English month names and every prefix of at least three letters
    /// (`Jan`, `Sept`, `March`, and the typo `Marc`); the prefixes are unambiguous.
    static let months: [UInt64: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [UInt64: Int] = [:]
        for (index, name) in names.enumerated() {
            for length in 3...name.count { table[HeadText.pack(String(name.prefix(length)))] = index + 1 }
        }
        return table
    }()

    /// English weekday names and abbreviations.
    static let weekdays: Set<UInt64> = Set(["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
                                            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat",
                                            "saturday", "sun", "sunday"].map(HeadText.pack))

    /// UTC offsets in minutes of time-zone abbreviations; `nil` marks a known zone whose
    /// offset depends on the season (`ET`).
    static let zones: [String: Int?] = [
        "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
        "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "GST": 240, "PKT": 300,
        "ICT": 420, "WIB": 420, "HKT": 480, "SGT": 480, "PHT": 480, "PST": -480, "PDT": -420,
        "AWST": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "ACST": 570, "NZST": 720,
        "NZDT": 780, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
        "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
        "BRT": -180, "ART": -180, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60,
        "ET": nil, "CT": nil, "MT": nil, "PT": nil,
    ]
}
