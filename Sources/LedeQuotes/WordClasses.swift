/// Closed word classes the attributor needs, as ``WordKey`` sets: titles, pronouns,
/// determiners, function words that never start or continue a name, and the head
/// nouns of speaker descriptions ("the official", "the newspaper").
///
/// A class, so a parser or context holding it copies one reference, not nine sets.
final class WordClasses: Sendable {
    /// Role and honorific words that precede a name; stripped from canonical speakers.
    static let titleWords: [String] = [
        "president", "vice", "secretary", "minister", "prime", "sen", "senator", "rep", "representative",
        "gov", "governor", "gen", "general", "adm", "admiral", "mr", "mrs", "ms", "miss", "dr", "prof",
        "professor", "chairman", "chairwoman", "chair", "commander", "ambassador", "director", "adviser",
        "advisor", "spokesperson", "spokesman", "spokeswoman", "speaker", "judge", "justice", "mayor",
        "chief", "lt", "col", "colonel", "capt", "captain", "sgt", "sergeant", "maj", "major", "rev",
        "reverend", "pope", "king", "queen", "prince", "princess", "sir", "lord", "attorney", "deputy",
        "acting", "former", "defense", "foreign", "state", "national", "security", "presidential",
        "candidate", "nominee", "leader", "officer", "ceo", "founder", "host", "anchor", "correspondent",
        "reporter", "editor", "columnist", "analyst", "strategist", "manager", "chairperson", "councilman",
        "councilwoman", "commissioner", "superintendent", "sheriff", "detective", "agent", "coach", "del",
        "assemblyman", "assemblywoman", "congressman", "congresswoman", "lawmaker", "gop", "democratic",
        "republican", "democrat", "u.s.", "us", "south", "north", "korean", "american", "joint", "chiefs",
        "assistant", "interior", "treasury", "house", "senate", "majority", "minority", "whip", "first", "lady",
        "sec", "supt", "insp", "gen.", "cmdr", "ret", "rival", "challenger", "opponent", "incumbent",
        "billionaire", "businessman", "businesswoman", "activist", "actor", "actress", "author", "pastor", "commentator",
    ]

    /// Titles that mark a person (not an organisation).
    static let personTitleWords: [String] = [
        "president", "secretary", "minister", "sen", "senator", "rep", "representative", "gov", "governor",
        "gen", "general", "adm", "admiral", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "chairman",
        "chairwoman", "commander", "ambassador", "director", "adviser", "advisor", "spokesperson", "spokesman",
        "spokeswoman", "speaker", "judge", "justice", "mayor", "lt", "col", "capt", "sgt", "rev", "pope",
        "king", "queen", "prince", "sir", "candidate", "nominee", "ceo", "congressman", "congresswoman", "del",
    ]

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: [String] = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "adm", "lt", "col", "sgt", "capt", "maj", "st",
        "jr", "sr", "prof", "rev", "inc", "co", "corp", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug",
        "sept", "sep", "oct", "nov", "dec", "ariz", "calif", "fla", "ga", "mass", "mich", "minn", "tenn",
        "tex", "va", "wash", "wis", "conn", "ill", "ind", "md", "mo", "nev", "okla", "ore", "pa", "del",
        "ky", "la", "ala", "ark", "colo", "kan", "neb", "miss", "n.y", "d.c", "u.s", "u.k", "u.n", "etc",
        "cmdr", "supt", "sec", "ret", "ft", "mt", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "gov't",
    ]

    /// Pronouns that can name a speaker.
    static let pronouns: [String] = ["he", "she", "they", "i", "we", "it", "who", "you"]

    /// Words that open a noun phrase.
    static let determiners: [String] = [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
        "one", "another", "two", "three", "several", "some", "many", "other", "both", "each", "most",
        "few", "all", "any",
    ]

    /// Auxiliaries and adverbs allowed between a speaker and the cue (`he has also said`).
    static let auxiliaries: [String] = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "would", "will", "could", "should",
        "may", "might", "can", "also", "later", "then", "further", "previously", "earlier", "once", "again",
        "still", "just", "even", "not", "never", "ever", "first", "initially", "often", "simply", "only",
        "did", "does", "do", "too", "already", "now", "in", "turn", "went", "on", "to", "going", "can't",
        "won't", "don't", "didn't", "doesn't", "wouldn't", "couldn't", "isn't", "wasn't", "hasn't", "haven't",
        "himself", "herself", "themselves", "itself", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tonight", "night", "morning", "afternoon", "evening",
        "week", "month", "year", "last", "this", "day", "repeatedly", "reportedly", "publicly", "privately", "recently", "frequently", "routinely",
    ]

    /// Function words: never part of a capitalised name (sentence-initial `But`, `In` …).
    static let functionWords: [String] = [
        "but", "and", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "from", "with", "of",
        "as", "if", "when", "while", "after", "before", "since", "because", "though", "although", "during",
        "until", "unless", "then", "now", "also", "however", "meanwhile", "still", "instead", "indeed",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i",
        "you", "his", "her", "their", "our", "my", "your", "who", "what", "which", "where", "why", "how",
        "a", "an", "the", "not", "no", "yes", "all", "some", "many", "most", "more", "one", "about",
        "over", "under", "into", "through", "against", "between", "without", "within", "among", "like",
        "is", "was", "are", "were", "be", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "said", "says", "say", "told", "according",
        "earlier", "later", "last", "next", "today", "yesterday", "tomorrow", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "asked", "added", "just", "even",
        "both", "either", "neither", "each", "every", "any", "such", "only", "than", "too", "very",
        "dear", "please", "thank", "thanks", "oh", "well", "hey", "yeah", "okay", "ok", "upon", "via",
        "per", "amid", "despite", "toward", "towards", "across", "around", "behind", "beyond", "near",
        "off", "out", "up", "down", "ago", "again", "why", "whether", "once", "ever", "never", "after",
        "perhaps", "maybe",
    ]

    /// Head nouns of descriptions that name people.
    static let personHeads: [String] = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "president",
        "minister", "secretary", "senator", "lawmaker", "lawmakers", "aide", "aides", "adviser", "advisers",
        "advisor", "candidate", "nominee", "governor", "mayor", "chairman", "chief", "director", "leader",
        "leaders", "lawyer", "lawyers", "attorney", "attorneys", "expert", "experts", "analyst", "analysts",
        "critic", "critics", "supporter", "supporters", "voter", "voters", "resident", "residents",
        "woman", "man", "people", "person", "democrat", "democrats", "republican", "republicans", "officer",
        "officers", "general", "commander", "ambassador", "diplomat", "diplomats", "judge", "justice",
        "prosecutor", "prosecutors", "witness", "witnesses", "author", "authors", "reporter", "reporters",
        "writer", "doctor", "doctors", "professor", "economist", "economists", "strategist", "strategists",
        "member", "members", "manager", "executive", "host", "congressman", "congresswoman", "businessman",
        "billionaire", "mogul", "nominee", "surrogate", "ally", "allies", "founder", "activist", "activists",
        "protester", "protesters", "organizer", "organizers", "student", "students", "teacher", "teachers",
        "speaker", "crowd", "audience", "senators", "representative", "representatives", "colleague", "colleagues", "friend",
        "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "veteran", "veterans",
        "worker", "workers", "employee", "employees", "investigator", "investigators", "police", "agent",
        "agents", "pollster", "pollsters", "host", "anchor", "columnist", "editor", "chair",
    ]

    /// Head nouns of descriptions that name organisations or publications.
    static let organizationHeads: [String] = [
        "newspaper", "paper", "agency", "ministry", "department", "company", "campaign", "committee",
        "group", "network", "outlet", "website", "site", "government", "administration", "office", "report",
        "statement", "magazine", "daily", "broadcaster", "channel", "station", "organization", "organisation",
        "firm", "council", "board", "commission", "party", "union", "association", "institute", "center",
        "centre", "foundation", "team", "study", "poll", "survey", "letter", "memo", "release", "court",
        "white", "pentagon", "military", "army", "police", "service", "bureau", "embassy", "tribunal",
        "publication", "journal", "blog", "post", "tweet", "page", "account", "documents", "document",
        "filing", "complaint", "lawsuit", "suit", "ruling", "order", "bill", "plan", "ad", "video",
    ]

    let titles: KeySet
    let personTitles: KeySet
    let abbreviations: KeySet
    let pronouns: KeySet
    let determiners: KeySet
    let auxiliaries: KeySet
    let function: KeySet
    let personHeads: KeySet
    let organizationHeads: KeySet

    static let shared = WordClasses()

    private init() {
        func keys(_ words: [String]) -> KeySet { KeySet(words.map { WordKey($0) }) }
        titles = keys(Self.titleWords)
        personTitles = keys(Self.personTitleWords)
        abbreviations = keys(Self.abbreviations)
        pronouns = keys(Self.pronouns)
        determiners = keys(Self.determiners)
        auxiliaries = keys(Self.auxiliaries)
        function = keys(Self.functionWords)
        personHeads = keys(Self.personHeads)
        organizationHeads = keys(Self.organizationHeads)
    }
}
