import LedeCore
import LedeDateline
import Testing

/// ISO country and region codes from the GeoNames table.
@Suite struct GazetteerTests {
    @Test(arguments: [
        ("CHESTERFIELD, S.C. -- A man was arrested Tuesday after a chase through two counties.", "US", "US-SC"),
        ("PORTLAND, Ore., Feb 26 - Red Lion Inns said", "US", "US-OR"),
        ("WILMINGTON, Del, Feb 26 - The company said", "US", "US-DE"),
        ("CALGARY, Alberta, March 2 - Shr 81 cts", "CA", "CA-AB"),
        ("ST. LOUIS (AP) — A jury", "US", "US-MO"),
        ("WASHINGTON (AP) — The Senate", "US", "US-DC"),
        ("LONDON, March 2 (Reuters) - x", "GB", "GB-ENG"),
    ] as [(String, String, String)])
    func region(_ text: String, _ country: String, _ region: String) throws {
        let dateline = try #require(try annotate(text).dateline)
        #expect(dateline.country == country)
        #expect(dateline.region == region)
    }

    @Test(arguments: [
        ("SEOUL – South Korea said on Wednesday that the talks had gone well.", "KR"),
        ("BAHIA BLANCA, Argentina, March 2 - Grain", "AR"),
        ("SALVADOR, Feb 26 - Showers", "BR"),
        ("SAO PAULO, March 2 - Brazil's", "BR"),
        ("São Paulo (AFP) - Brazil's", "BR"),
        ("PEKING, March 2 - China", "CN"),
        ("FRANKFURT, March 2 - Shares", "DE"),
        ("SOWETO, South Africa, March 2 - Miners", "ZA"),
        ("ESCHBORN, West Germany, March 2 - x", "DE"),
        ("Hong Kong (AFP) – Protesters", "HK"),
        ("Washington DC [US], November 5 (ANI): US President said", "US"),
    ] as [(String, String)])
    func country(_ text: String, _ country: String) throws {
        let dateline = try #require(try annotate(text).dateline)
        #expect(dateline.country == country)
    }

    /// A name shared by towns of comparable size in several countries gets no code unless
    /// the dateline says which; a major city keeps its country.
    @Test func ambiguousTownHasNoCountryUnlessQualified() throws {
        let bare = try #require(try annotate("CHESTERFIELD -- A man was arrested Tuesday after a chase, police said.").dateline)
        #expect(bare.location == "Chesterfield")
        #expect(bare.country == nil && bare.region == nil)
        let qualified = try #require(try annotate("CAMBRIDGE, Mass. (AP) — Harvard said on Monday").dateline)
        #expect(qualified.country == "US" && qualified.region == "US-MA")
        #expect(try annotate("BARCELONA, Nov 5 (Reuters) - Spain's").dateline?.country == "ES")
    }

    @Test func stateCodeAfterTheCityName() throws {
        let dateline = try #require(try annotate("Washington DC [US], Nov 5 (ANI): The White House said").dateline)
        #expect(dateline.region == "US-DC")
        #expect(try annotate("PORTLAND OR, Nov 5 (Reuters) - The city said").dateline?.region == "US-OR")
    }

    @Test func unknownPlaceHasNoCodes() throws {
        let dateline = try #require(try annotate("Yokota Air Base, Oct 28 (NationPress) The United States").dateline)
        #expect(dateline.country == nil && dateline.region == nil)
    }
}
