import Testing
import LedeCore
import LedeQuotes

@Suite("Sentence subjects and participle cues")
struct SubjectRuleTests {
    @Test func participleRightAfterQuoteTakesSentenceSubject() throws {
        let q = try quotes("Mayor Dana Ortiz praised the “quiet heroes,” thanking the volunteers for their work.")
        #expect(q.first?.speaker == "Dana Ortiz")
        #expect(q.first?.cue == "thanking")
        #expect(q.first?.rule == "adjacent-cue")
    }

    @Test func participleAfterSentenceOpeningQuoteHasNoSpeaker() throws {
        let q = try quotes("“Never again,” reading the banner aloud was enough.")
        #expect(q.first?.mention == nil)
    }

    @Test func introductoryAdverbIsNotTheSubject() throws {
        let q = try quotes("Predictably, Governor Amy Lund stood up and called the plan “a reckless gamble.”")
        #expect(q.first?.speaker == "Amy Lund")
    }

    @Test func introductoryTimePhraseIsNotTheSubject() throws {
        let q = try quotes("Ten years ago, Senator Paul Greer joined the protest and called the law “a disgrace.”")
        #expect(q.first?.speaker == "Paul Greer")
    }

    @Test func placeAfterParticipialOpenerIsNotTheSubject() throws {
        let q = try quotes("Speaking at a diner in Dayton, Ohio, Rivera went after Lopez, calling him “a total fraud.”")
        #expect(q.first?.speaker == "Rivera")
    }

    @Test func datelineWithDateIsNotTheSubject() throws {
        let q = try quotes("DENVER, Sept. 28 (UPI) — In a new clip, singer Rosa Lane covers a ballad, calling it “a love letter.”")
        #expect(q.first?.speaker == "Rosa Lane")
    }

    @Test func appositiveKeepsTheName() throws {
        let q = try quotes("Jo Marsh, a veteran organizer, joined the march and called it “a turning point.”")
        #expect(q.first?.speaker == "Jo Marsh")
    }
}
