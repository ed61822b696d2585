import Foundation

/// Country and region codes for dateline places, from the GeoNames tables generated
/// into `Gazetteer+Data.swift` by `scripts/make_gazetteer.py` (GeoNames, CC BY 4.0).
///
/// The tables stay sorted text searched by binary search; the first use indexes their
/// line starts, once per process.
enum Gazetteer {
    /// Where a place is.
    struct Place: Equatable {
        /// ISO 3166-1 alpha-2 code.
        var country: String
        /// ISO 3166-2 code (`US-SC`), when known.
        var region: String?
    }

    private static let cities = SortedTable(cityTable)
    private static let countries = SortedTable(countryTable)
    private static let regions = SortedTable(regionTable)

    /// A known city's place; `nil` also for a name shared by towns in several countries
    /// (written `-` in the table), which still counts for ``isCity(_:)``.
    private static func city(_ key: [UInt8]) -> Place? {
        guard let fields = cities.lookup(key), let country = fields.first, country != "-" else { return nil }
        return Place(country: country, region: fields.count > 1 ? fields[1] : nil)
    }

    private static func country(_ key: [UInt8]) -> String? { countries.lookup(key)?.first }

    private static func region(_ key: [UInt8]) -> Place? {
        guard let region = regions.lookup(key)?.first else { return nil }
        return Place(country: String(region.prefix(2)), region: region)
    }

    /// The country and region of a dateline location such as `Chesterfield, S.C.`,
    /// `Bahia Blanca, Argentina`, `Seoul`, `New Delhi [India]` or `London/Paris`.
    static func locate(_ location: String) -> Place? {
        // `New Delhi [India]` reads as `New Delhi, India`.
        let parts = location.utf8.split { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "[") }
            .map { key(firstOfSlashed($0).filter { $0 != UInt8(ascii: "]") }) }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        if parts.count > 1 {
            for qualifier in parts.dropFirst().reversed() {
                if let place = region(qualifier) { return place }
                if let country = country(qualifier) {
                    let city = city(first) ?? regionSuffixed(first)
                    return Place(country: country, region: city?.country == country ? city?.region : nil)
                }
            }
            return nil
        }
        if let country = country(first) { return Place(country: country) }
        if let city = city(first) ?? regionSuffixed(first) { return city }
        return first.count > 3 ? region(first) : nil
    }

    /// `Washington DC`, `Portland OR`: a name whose last word is a state code.
    private static func regionSuffixed(_ key: [UInt8]) -> Place? {
        guard let space = key.lastIndex(of: 0x20), key.count - space - 1 == 2,
              let place = region(Array(key[(space + 1)...])) else { return nil }
        return place
    }

    /// Whether `name` is a known city (`Seoul`, `ST. LOUIS`, `Peking`).
    static func isCity(_ name: some Collection<UInt8>) -> Bool { cities.lookup(key(name)) != nil }

    /// Whether `name` is a known country or country alias (`SINGAPORE`, `West Germany`).
    static func isCountry(_ name: some Collection<UInt8>) -> Bool { country(key(name)) != nil }

    /// Whether `name` is a known state, province, country or country alias (`S.C.`, `Argentina`).
    static func isRegionOrCountry(_ name: some Collection<UInt8>) -> Bool {
        let k = key(name)
        return region(k) != nil || country(k) != nil
    }

    /// The first of `London/Paris`.
    private static func firstOfSlashed(_ part: Substring.UTF8View.SubSequence) -> Substring.UTF8View.SubSequence {
        part[part.startIndex..<(part.firstIndex(of: UInt8(ascii: "/")) ?? part.endIndex)]
    }

    /// The lookup key, normalised as `scripts/make_gazetteer.py` does: diacritics
    /// removed, lower case, `.` and `-` read as spaces, apostrophes dropped, spaces
    /// collapsed, `st`/`ste`/`ft`/`mt` expanded.
    static func key(_ name: some Collection<UInt8>) -> [UInt8] {
        if name.contains(where: { $0 >= 0x80 }) {
            let folded = String(decoding: name, as: UTF8.self)
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            return asciiKey(Array(folded.utf8))
        }
        return asciiKey(name)
    }

    private static func asciiKey(_ name: some Collection<UInt8>) -> [UInt8] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            words.append(abbreviations[word] ?? word)
            word.removeAll(keepingCapacity: true)
        }
        var i = name.startIndex
        while i != name.endIndex {
            let b = name[i]
            name.formIndex(after: &i)
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: "-"), 0x20, 0x09: flush()
            case UInt8(ascii: "'"): continue
            case 0xE2:  // ’ (E2 80 99) is dropped like '
                var j = i
                if j != name.endIndex, name[j] == 0x80 {
                    name.formIndex(after: &j)
                    if j != name.endIndex, name[j] == 0x99 {
                        name.formIndex(after: &j)
                        i = j
                        continue
                    }
                }
                word.append(b)
            case 0xC2:  // no-break space
                if i != name.endIndex, name[i] == 0xA0 {
                    name.formIndex(after: &i)
                    flush()
                } else {
                    word.append(b)
                }
            default: word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
        flush()
        var key: [UInt8] = []
        for (n, w) in words.enumerated() {
            if n > 0 { key.append(0x20) }
            key += w
        }
        return key
    }

    private static let abbreviations: [[UInt8]: [UInt8]] = [
        Array("st".utf8): Array("saint".utf8), Array("ste".utf8): Array("sainte".utf8),
        Array("ft".utf8): Array("fort".utf8), Array("mt".utf8): Array("mount".utf8),
    ]
}
