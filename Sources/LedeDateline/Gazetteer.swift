import Foundation

/// Country and region codes for dateline places, from the GeoNames tables generated
/// into `Gazetteer+Data.swift` by `scripts/make_gazetteer.py` (GeoNames, CC BY 4.0).
///
/// Tables are parsed into dictionaries on first use, once per process.
enum Gazetteer {
    /// Where a place is.
    struct Place: Equatable {
        /// ISO 3166-1 alpha-2 code.
        var country: String
        /// ISO 3166-2 code (`US-SC`), when known.
        var region: String?
    }

    private static let cities: [String: Place] = {
        var table: [String: Place] = [:]
        for line in cityTable.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            table[String(fields[0])] = Place(country: String(fields[1]), region: fields.count > 2 ? String(fields[2]) : nil)
        }
        return table
    }()

    private static let countries: [String: String] = pairs(countryTable)
    private static let regions: [String: String] = pairs(regionTable)

    private static func pairs(_ table: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count == 2 { result[String(fields[0])] = String(fields[1]) }
        }
        return result
    }

    /// The country and region of a dateline location such as `Chesterfield, S.C.`,
    /// `Bahia Blanca, Argentina`, `Seoul` or `London/Paris`.
    static func locate(_ location: String) -> Place? {
        let parts = location.split(separator: ",").map { key(firstOfSlashed($0)) }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        if parts.count > 1 {
            for qualifier in parts.dropFirst().reversed() {
                if let region = regions[qualifier] {
                    return Place(country: String(region.prefix(2)), region: region)
                }
                if let country = countries[qualifier] {
                    let city = cities[first]
                    return Place(country: country, region: city?.country == country ? city?.region : nil)
                }
            }
            return nil
        }
        if let country = countries[first] { return Place(country: country) }
        if let city = cities[first] { return city }
        if first.count > 3, let region = regions[first] { return Place(country: String(region.prefix(2)), region: region) }
        return nil
    }

    /// Whether a single name is a known city, country or region.
    static func knows(_ location: String) -> Bool {
        !location.contains(",") && locate(location) != nil
    }

    /// Whether `name` is a known state, province, country or country alias (`S.C.`, `Argentina`).
    static func isRegionOrCountry(_ name: String) -> Bool {
        let k = key(Substring(name))
        return regions[k] != nil || countries[k] != nil
    }

    private static func firstOfSlashed(_ part: Substring) -> Substring {
        part.split(separator: "/").first ?? part
    }

    /// The lookup key, normalised as `scripts/make_gazetteer.py` does.
    static func key(_ name: Substring) -> String {
        var folded = String(name)
        if folded.utf8.contains(where: { $0 >= 0x80 }) {
            folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }
        var cleaned = ""
        cleaned.reserveCapacity(folded.utf8.count)
        for ch in folded.lowercased() {
            switch ch {
            case ".", "-": cleaned.append(" ")
            case "'", "\u{2019}": continue
            default: cleaned.append(ch)
            }
        }
        return cleaned.split(whereSeparator: \.isWhitespace)
            .map { abbreviations[String($0)] ?? String($0) }
            .joined(separator: " ")
    }

    private static let abbreviations = ["st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"]
}
