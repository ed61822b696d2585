import Testing
import LedeCore
import LedeQuotes

@Suite("Canonical speakers")
struct SpeakerTests {
    @Test func surnameLinksToFullNameAndTitlesAreStripped() throws {
        let text = "US Defense Secretary Pete Hegseth arrived. “We are ready,” Hegseth said."
        #expect(try quotes(text).first?.speaker == "Pete Hegseth")
    }

    @Test func romanizationVariantsMatch() throws {
        let text = "President Lee Jae-myung spoke. “We will lead,” said Lee Jae Myung."
        #expect(try quotes(text).first?.speaker == "Lee Jae-myung")
    }

    @Test func definiteDescriptionResolvesToDescribedEntity() throws {
        let text = "The US backs Seoul, according to a senior US defense official on Tuesday.\n“We stand behind these initiatives,” the official stated to journalists."
        let q = try quotes(text)
        #expect(q.first?.mention == "the official")
        #expect(q.first?.speaker == "a senior US defense official")
    }

    @Test func pronounResolvesToMostRecentSpeaker() throws {
        let text = "“The early regaining is an opportunity,” President Lee declared.\n\nHe further noted that “the burden will be reduced.”"
        let q = try quotes(text)
        #expect(q.map(\.speaker) == ["Lee", "Lee"])
        #expect(q.last?.mention == "He")
    }

    @Test func spellingVariantOfLongNameLinks() throws {
        let text = "Chosunilbo reports that talks stalled. “It is over,” the newspaper said. One point, according to Chosinilbo, is “control.”"
        let q = try quotes(text)
        #expect(q.map(\.speaker) == ["Chosunilbo", "Chosunilbo"])
    }
}
