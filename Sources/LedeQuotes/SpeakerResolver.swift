import LedeCore

/// Turns speaker mentions into canonical names, walking the document in text order.
///
/// - Names resolve through the ``EntityTable`` (`Lee` → `Lee Jae Myung`, titles stripped).
/// - Pronouns take the most recent compatible speaker or sentence subject (`he`/`she`:
///   a person; `it`: an organisation; `they`: either; `who`: the phrase before it).
/// - Definite descriptions (`the official`, `the president`, `the newspaper`) take the
///   most recent entity they describe (a title or earlier description with that head
///   noun), else the most recent organisation for organisation nouns; indefinite ones
///   (`a senior US defense official`) stand for themselves, by their fullest wording.
struct SpeakerResolver {
    private var table: EntityTable
    private let ctx: AttributionContext
    private var lastPerson: Int?
    private var lastOrganization: Int?

    private static let he = WordKey("he"), she = WordKey("she"), it = WordKey("it"), they = WordKey("they")
    private static let definite = KeySet([WordKey("the"), WordKey("this"), WordKey("that")])

    init(table: EntityTable, context: AttributionContext) {
        self.table = table
        self.ctx = context
    }

    /// Canonical speakers for the quotes' attributions (nil where none).
    mutating func resolve(_ attributions: [Attribution?]) -> [String?] {
        let view = ctx.view
        // Events in text order: sentence subjects and quote speaker mentions.
        var events: [(item: Int, mention: Mention, quote: Int)] = []
        for (q, a) in attributions.enumerated() {
            if let a, a.inheritedFrom == nil, let m = a.mention { events.append((m.first, m, q)) }
        }
        // Sentence subjects matter only up to the last speaker mention.
        let horizon = events.map(\.item).max() ?? -1
        for opening in ctx.sentenceOpenings {
            let s = Int(opening)
            guard s <= horizon else { break }
            if let m = ctx.subject(from: s, ceiling: min(view.count, s + 24)) { events.append((m.first, m, -1)) }
        }
        events.sort { $0.item != $1.item ? $0.item < $1.item : $0.quote > $1.quote }
        var entityOfQuote = [Int?](repeating: nil, count: attributions.count)
        var lastItem = -1
        var lastEntity: Int?
        for ev in events {
            let e: Int?
            if ev.item == lastItem { e = lastEntity } else { e = entity(for: ev.mention) }
            lastItem = ev.item
            lastEntity = e
            if ev.quote >= 0 { entityOfQuote[ev.quote] = e }
            if let e { remember(e) }
        }
        var out = [String?](repeating: nil, count: attributions.count)
        for (q, a) in attributions.enumerated() {
            guard let a else { continue }
            var source = q
            if let from = a.inheritedFrom {
                source = from
                var hops = 0
                while let next = attributions[source]?.inheritedFrom, hops < attributions.count { source = next; hops += 1 }
            }
            if let e = entityOfQuote[source] {
                out[q] = table.entities[e].canonical
            }
        }
        return out
    }

    private mutating func remember(_ e: Int) {
        switch table.entities[e].kind {
        case .person: lastPerson = e
        case .organization: lastOrganization = e
        case .unknown: lastPerson = e; lastOrganization = e
        }
    }

    private mutating func entity(for m: Mention) -> Int? {
        let view = ctx.view
        let position = Int(view.items[m.first].start)
        switch m.kind {
        case .name:
            let e = table.entity(named: m, view: view, position: position)
            if let e { table.note(e, head: nil, position: position) }
            return e
        case .pronoun:
            let key = ctx.parser.pronounKey(m.first)
            if key == Self.he || key == Self.she { return lastPerson }
            if key == Self.it { return lastOrganization }
            if key == Self.they { return lastOrganization ?? lastPerson }
            if let antecedent = ctx.parser.antecedent(ofRelative: m.first) { return entity(for: antecedent) }
            return nil
        case .description:
            let head = view.items[m.head].key
            let firstKey = view.items[m.first].key
            let isDefinite = Self.definite.contains(firstKey) || m.first == m.head
            if isDefinite {
                if let e = table.described(by: head, before: position) {
                    table.note(e, head: head, position: position)
                    return e
                }
                if WordClasses.shared.organizationHeads.contains(head), let e = lastOrganization {
                    table.note(e, head: head, position: position)
                    return e
                }
            } else if let e = table.described(by: head, before: position + 1),
                      table.isMentioned(e, at: position) {
                return e
            }
            let e = table.addDescription(EntityTable.span(view, m.first, m.last), head: head, position: position)
            return e
        }
    }
}
