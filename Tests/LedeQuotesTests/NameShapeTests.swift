import Testing
import LedeCore
import LedeQuotes

/// Canonical names and words that only look like names.
@Suite("Name shapes")
struct NameShapeTests {
    @Test(arguments: [
        FirstQuote("House Speaker Paul D. Ryan said, “We will pass it.”", speaker: "Paul D. Ryan"),
        FirstQuote("“We will win,” said Charles G. Koch.", speaker: "Charles G. Koch"),
        FirstQuote("“The bill is bad,” Gov. J. Smith said.", speaker: "J. Smith"),
        // The short form and the form with the initial are one person.
        FirstQuote("Paul Ryan arrived late. “Sorry,” Paul D. Ryan said.", speaker: "Paul Ryan"),
    ])
    func middleInitialsStayInTheName(_ c: FirstQuote) throws { try check(c) }

    @Test(arguments: [
        FirstQuote("Mayor Bill de Blasio said the blast was “an intentional act.”", speaker: "Bill de Blasio"),
        FirstQuote("“We will act,” said Ursula von der Leyen, the commission president.", speaker: "Ursula von der Leyen"),
        // A description resolves to the whole name, and so does the particle form.
        FirstQuote("Mayor Bill de Blasio spoke first. “No link to terror,” the mayor said.", speaker: "Bill de Blasio"),
        FirstQuote("Bill de Blasio spoke first. “No link to terror,” de Blasio said.", speaker: "Bill de Blasio"),
    ])
    func lowercaseParticlesStayInTheName(_ c: FirstQuote) throws { try check(c) }

    @Test func possessiveFirstMentionGivesTheBareName() throws {
        try check(FirstQuote("Ana Ruiz’s plan drew praise. “It works,” Ruiz said.", speaker: "Ana Ruiz"))
        try check(FirstQuote("Ana Ruiz's plan drew praise. “It works,” Ruiz said.", speaker: "Ana Ruiz"))
    }

    @Test(arguments: [
        FirstQuote("Ironically, the mayor's plan of “massive change” failed.", mention: "the mayor's plan"),
        FirstQuote("Relentlessly upbeat, Tom Kane called the race “winnable.”", speaker: "Tom Kane"),
        FirstQuote("Shortly after the call, Rubio’s campaign sent out a release saying Murphy owes “an apology.”",
                   mention: "Rubio’s campaign"),
        FirstQuote("Kelly Moss spoke. Kelly called the deal “a steal.”", speaker: "Kelly Moss"),
        FirstQuote("Carly Fiorina backed him, saying it is time for a “real conservative.”", speaker: "Carly Fiorina"),
        FirstQuote("EB-5 requires an investment in a “targeted employment area.”", speaker: .null, mention: .null),
    ])
    func sentenceAdverbsAndCodesAreNoNames(_ c: FirstQuote) throws { try check(c) }

    @Test func pronounWithAdverbOpenerResolvesPastIt() throws {
        let q = try quotes("Maria Diaz runs the shelter. Relentlessly, she calls it “home.”")
        #expect(q.first?.speaker == "Maria Diaz")
    }

    @Test(arguments: [
        FirstQuote("The Post sent its “national reporter” to Ohio.", mention: "The Post"),
        FirstQuote("My father spent the “whole profit” on a house.", mention: "My father"),
        FirstQuote("The group seeks to pass what it calls “sensible laws.”", mention: "The group"),
        FirstQuote("“We are ready,” the Clinton campaign said.", mention: "the Clinton campaign"),
        FirstQuote("“We are ready,” the Times editorial board wrote.", mention: "the Times editorial board"),
    ])
    func verbAfterAHeadEndsThePhrase(_ c: FirstQuote) throws { try check(c) }

    @Test func contractedPronounIsAPronoun() throws {
        let q = try quotes("Senator Ana Ruiz spoke last.\n\nShe’s claiming that fraud is “a big problem.”")
        #expect(q.first?.mention == "She’s")
        #expect(q.first?.speaker == "Ana Ruiz")
        let i = try quotes("I’d rather call it “a draw.”")
        #expect(i.first?.speaker != "I’d")
    }

    @Test func expletiveItDoesNotBlockContinuation() throws {
        let q = try quotes("“It is ambush journalism,” Ana Ruiz says. It’s “a new kind of attack.”")
        #expect(q.count == 2)
        #expect(q.last?.speaker == "Ana Ruiz")
    }

    @Test func nameDoesNotRunIntoTheNextParagraph() throws {
        let q = try quotes("MENAFN\n\nLegal Disclaimer:\nMENAFN provides the information “as is” without warranty.")
        #expect(q.first?.speaker == nil)
        let list = try quotes("X.\n\nTrump praised the “great” crowd.")
        #expect(list.first?.speaker == "Trump")
    }
}

@Suite("Relative clause subjects")
struct RelativeSubjectTests {
    @Test(arguments: [
        FirstQuote("The page was replaced by a message that said, “Sorry, the item is gone.”",
                   speaker: "a message", mention: "that", cue: "said"),
        FirstQuote("The men wore shirts which read “Vote for Ann.”", mention: "which", cue: "read"),
        // A relative clause away from the quote does not govern it.
        FirstQuote("Mayor Ann Vale backed a plan that calls for new parks, calling it “overdue.”", speaker: "Ann Vale"),
    ])
    func relativePronounBeforeAdjacentCue(_ c: FirstQuote) throws { try check(c) }
}
