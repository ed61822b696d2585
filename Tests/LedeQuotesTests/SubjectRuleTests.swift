import Testing
import LedeCore
import LedeQuotes

@Suite("Sentence subjects and participle cues")
struct SubjectRuleTests {
    @Test(arguments: [
        FirstQuote("Mayor Dana Ortiz praised the “quiet heroes,” thanking the volunteers for their work.",
                   speaker: "Dana Ortiz", cue: "thanking", rule: "adjacent-cue"),
        // A participle after a sentence-opening quote has no subject to take.
        FirstQuote("“Never again,” reading the banner aloud was enough.", mention: .null),
    ])
    func participleCues(_ c: FirstQuote) throws { try check(c) }

    /// Introductory phrases, datelines and appositives are never the subject.
    @Test(arguments: [
        FirstQuote("Predictably, Governor Amy Lund stood up and called the plan “a reckless gamble.”", speaker: "Amy Lund"),
        FirstQuote("Ten years ago, Senator Paul Greer joined the protest and called the law “a disgrace.”", speaker: "Paul Greer"),
        FirstQuote("Speaking at a diner in Dayton, Ohio, Rivera went after Lopez, calling him “a total fraud.”", speaker: "Rivera"),
        FirstQuote("DENVER, Sept. 28 (UPI) — In a new clip, singer Rosa Lane covers a ballad, calling it “a love letter.”",
                   speaker: "Rosa Lane"),
        FirstQuote("Jo Marsh, a veteran organizer, joined the march and called it “a turning point.”", speaker: "Jo Marsh"),
    ])
    func subjectAfterIntroductions(_ c: FirstQuote) throws { try check(c) }

    @Test(arguments: [
        FirstQuote("Gov. Tom Reyes is the only candidate to visit every county, and he has long used that fact against rivals for not campaigning “the Iowa way.”",
                   speaker: "Tom Reyes", mention: "he"),
        FirstQuote("Senator Ana Ruiz defended her campaign manager as a “very decent man.”", mention: "Senator Ana Ruiz"),
    ])
    func laterClausePronounIsTheNearerSubject(_ c: FirstQuote) throws { try check(c) }
}
