/// Reporting verbs and phrases that introduce speech ("said", "told", "according to").
///
/// The built-in lexicon lists base verbs; every tense and form is generated
/// (`note` → `note`, `notes`, `noted`, `noting`), irregular forms are listed
/// (`say`/`said`, `tell`/`told`, `write`/`wrote`/`written`). A few verbs count only with
/// their particle (`point out`, `fire back`, `as X puts it`), `continue` only before a pause,
/// and no cue word counts after a determiner or `of` (`a report`, `the secretary of state`). Users extend it with the
/// `cues` option of the `quotes` step, giving base verbs or exact forms:
///
/// ```yaml
/// steps:
///   - extractor: quotes
///     cues: [grumble, opine, "mused"]
/// ```
public struct CueLexicon: Sendable {
    /// How a cue word relates to its speaker.
    enum Form: UInt8, Sendable {
        /// A finite or bare verb: the speaker is its subject (`Lee said`, `said Lee`).
        case verb
        /// A present participle: the speaker is the subject of the governing clause (`…, calling it`).
        case participle
        /// `according` (followed by `to`): the speaker follows.
        case according
        /// A passive relay (`as cited by`, `as reported by`): the speaker follows `by`.
        case relay
    }

    /// Base verbs whose every regular form is a cue.
    public static let defaultVerbs: [String] = [
        "add", "acknowledge", "admit", "advise", "affirm", "agree", "allege", "announce", "answer", "appeal",
        "applaud", "argue", "ask", "assert", "assure", "accuse", "attack", "beg", "believe", "blame", "blast",
        "boast", "brag", "brand", "call", "caution", "celebrate", "characterize", "chant", "chide", "cite",
        "claim", "comment", "commend", "complain", "concede", "conclude", "condemn", "confess", "confirm",
        "congratulate", "contend", "continue", "counter", "cry", "criticize", "declare", "decry", "demand",
        "denounce", "deny", "deride", "describe", "express", "detail", "disclose", "dismiss", "dispute", "dub",
        "echo", "emphasize", "emphasise", "endorse", "exclaim", "exhort", "explain", "fault", "fear", "feel", "grumble",
        "hail", "highlight", "hint", "hope", "implore", "inform", "insist", "interject", "invoke", "joke", "knock",
        "label", "lament", "maintain", "mention", "mock", "muse", "mutter", "name", "note", "observe",
        "opine", "plead", "pledge", "point", "portray", "praise", "predict", "proclaim", "promise", "protest",
        "quip", "quote", "recall", "recount", "remember", "refer", "reiterate", "reject", "remark", "remind", "repeat",
        "reply", "report", "respond", "retaliate", "retort", "reveal", "ridicule", "scoff", "scold", "scream",
        "shout", "slam", "speculate", "state", "stress", "suggest", "swear", "tease", "term", "testify",
        "thank", "think", "threaten", "tout", "tweet", "underscore", "urge", "vent", "vow", "warn", "welcome",
        "whisper", "wonder", "worry", "yell",
    ]

    /// Irregular forms listed as they are.
    public static let irregularForms: [String] = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
        "written", "writing", "read", "reads", "speak", "speaks", "spoke", "spoken", "speaking", "thought", "posted",
    ]

    /// The look-up tables, shared by reference so copies of the lexicon (every parser holds one) stay small.
    private final class Tables: Sendable {
        let forms: KeyMap<Form>
        let pauseOnly: KeyMap<Bool>
        let inverting: KeyMap<Bool>
        let particles: KeyMap<WordKey>
        /// Rules out most words before the look-up in `forms`.
        let filter: KeyFilter

        init(forms: KeyMap<Form>, pauseOnly: KeyMap<Bool>, inverting: KeyMap<Bool>, particles: KeyMap<WordKey>) {
            self.forms = forms
            filter = KeyFilter(forms.storedKeys)
            self.pauseOnly = pauseOnly
            self.inverting = inverting
            self.particles = particles
        }
    }

    private let tables: Tables

    /// Verbs that report speech only before a pause: `he continued, “…”`, not `continue to grow`.
    public static let pauseOnlyVerbs: [String] = ["continue"]
    /// Verbs that report speech only with their particle: `point out`.
    public static let particleVerbs: [(verb: String, particle: String)] = [("point", "out"), ("fire", "back"), ("lash", "out"), ("hit", "back"), ("put", "it")]

    /// The built-in lexicon plus `extra` verbs (base forms are inflected; other forms are kept).
    public init(extra: [String] = []) {
        var forms = KeyMap<Form>(), pauseOnly = KeyMap<Bool>(), inverting = KeyMap<Bool>(), particles = KeyMap<WordKey>()
        for verb in Self.defaultVerbs + extra { Self.addVerb(verb, to: &forms) }
        for word in Self.irregularForms { Self.add(word, to: &forms) }
        forms[WordKey("according")] = .according
        for verb in Self.invertingVerbs {
            for form in Self.inflections(verb) { inverting[WordKey(form)] = true }
        }
        for form in ["said", "says", "wrote", "writes", "read", "reads"] { inverting[WordKey(form)] = true }
        for verb in Self.pauseOnlyVerbs {
            for form in Self.inflections(verb) { pauseOnly[WordKey(form)] = true }
        }
        for (verb, particle) in Self.particleVerbs {
            for form in Self.inflections(verb) { particles[WordKey(form)] = WordKey(particle) }
            Self.addVerb(verb, to: &forms)
        }
        tables = Tables(forms: forms, pauseOnly: pauseOnly, inverting: inverting, particles: particles)
    }

    func needsPause(_ key: WordKey) -> Bool { tables.pauseOnly[key] != nil }

    /// Verbs written before their speaker after a quote (`“…,” said Lee`).
    public static let invertingVerbs: [String] = [
        "say", "add", "ask", "write", "continue", "explain", "note", "recall", "reply", "respond", "quip", "declare",
        "state", "insist", "argue", "warn", "counter", "tweet", "remark", "observe", "joke", "conclude", "answer",
        "shout", "yell", "cry", "exclaim", "retort", "read", "wonder", "offer", "comment", "announce", "confirm",
    ]

    func inverts(_ key: WordKey) -> Bool { tables.inverting[key] != nil }
    func particle(_ key: WordKey) -> WordKey? { tables.particles[key] }

    /// Whether `word` (any case) is a cue word.
    public func contains(_ word: String) -> Bool { tables.forms[WordKey(word)] != nil }

    func form(_ key: WordKey) -> Form? { tables.forms[key] }

    /// False when `key` is certainly no cue word (one bit test).
    @inline(__always) func mayBeCue(_ key: WordKey) -> Bool { tables.filter.mayContain(key) }

    private static func add(_ word: String, to forms: inout KeyMap<Form>) {
        let lower = word.lowercased()
        forms[WordKey(lower)] = lower.hasSuffix("ing") ? .participle : .verb
    }

    /// Adds a verb and its regular forms.
    private static func addVerb(_ verb: String, to forms: inout KeyMap<Form>) {
        for form in inflections(verb) { add(form, to: &forms) }
    }

    /// A verb and its regular forms: -s/-es, -ed/-d/-ied, -ing, with and without a
    /// doubled final consonant (`quipped`, `admitting`).
    static func inflections(_ verb: String) -> [String] {
        let v = verb.lowercased()
        var out = [v]
        guard let last = v.last, v.count > 2 else { return out }
        let stem = String(v.dropLast())
        let beforeLast = stem.last ?? "a"
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "y" && !vowels.contains(beforeLast) {
            return out + [stem + "ies", stem + "ied", v + "ing"]
        }
        let sibilant = v.hasSuffix("s") || v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") || v.hasSuffix("z")
        out.append(sibilant ? v + "es" : v + "s")
        if last == "e" {
            out += [v + "d", stem + "ing"]
        } else {
            out += [v + "ed", v + "ing"]
            if !vowels.contains(last) && vowels.contains(beforeLast) && last != "w" && last != "x" && last != "y" {
                out += [v + String(last) + "ed", v + String(last) + "ing"]
            }
        }
        return out
    }
}
