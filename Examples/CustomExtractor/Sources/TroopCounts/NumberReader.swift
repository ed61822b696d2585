/// Reads the numbers troop counts are written with: digits with thousands commas,
/// decimals with a scale word ("1.5 million"), and simple number words with a scale
/// ("two thousand", "a hundred"), and unit ordinals ("82nd", "Eighth").
enum NumberReader {
    private static let words: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Int] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000]
    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10,
    ]

    /// The value of a count phrase, or `nil` when it is not a number this reader knows
    /// or it does not fit in an `Int`.
    static func count(_ text: String) -> Int? {
        let parts = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard let first = parts.first, parts.count <= 2 else { return nil }
        var scale = 1
        if parts.count == 2 {
            guard let s = scales[parts[1]] else { return nil }
            scale = s
        }
        if let w = words[first] {
            return parts.count == 2 ? w * scale : nil
        }
        let digits = first.filter { $0 != "," }
        if let whole = Int(digits) {
            let (value, overflow) = whole.multipliedReportingOverflow(by: scale)
            return overflow ? nil : value
        }
        // "1.5 million": decimal digits only make sense with a scale.
        guard parts.count == 2, let decimal = Double(digits), decimal.isFinite, decimal >= 0,
              decimal * Double(scale) < Double(Int.max) else { return nil }
        return Int((decimal * Double(scale)).rounded())
    }

    /// The number of an ordinal ("82nd" → 82, "Eighth" → 8).
    static func ordinal(_ text: String) -> Int? {
        let lower = text.lowercased()
        if let n = ordinals[lower] { return n }
        return Int(lower.filter(\.isNumber))
    }
}
