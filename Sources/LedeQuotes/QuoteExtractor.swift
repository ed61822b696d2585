import LedeCore

/// The `quotes` step: finds every direct quote and attributes it to a speaker.
///
/// Quotes are found on the raw bytes by ``QuoteFinder``. Speakers are decided by
/// ordered, deterministic sieves, most precise first:
/// 1. ``AdjacentCueSieve`` (`“…,” Lee declared`, `said Sen. Jane Smith`, `Lee said, “…”`,
///    `“….” Lee said.`, `“…” a banner on the wall reads`; `“…,” saying …` takes the sentence subject),
/// 2. ``ColonLeadInSieve`` (`told reporters: “…”`),
/// 3. ``AccordingToSieve`` (`according to X` when no verb governs the quote),
/// 4. ``GoverningClauseSieve`` (partial quotes: subject of the governing clause),
/// 5. ``TrailingClauseSieve`` (`…, a defense ministry official stated`),
/// 6. ``SignatureSieve`` (`“…” ― Veronica Cruz`),
/// 7. ``PreviousSentenceSieve`` (a quote right after a sentence of reported speech, or a
///    paragraph that is all quote after a paragraph ending on a person's sentence),
/// 8. ``ClauseSubjectSieve`` (a person subject of the quote's sentence, no cue),
/// 9. ``ContinuationSieve`` (same paragraph, a continued quote paragraph, or a paragraph that
///    is all quote after the previous speaker's paragraph),
/// then ``EchoSieve`` for quotes repeating an attributed quote (headlines). Quotes in
/// headline-like paragraphs only take echoes. A subject reported by another cue
/// (`Lee said that voters will say “…”`, `He says he believes “…”`) gives way to the
/// reporting clause's speaker; an introductory phrase (`Specifically,`, `Ten years ago,`)
/// is never a subject. Mentions resolve to canonical names via
/// ``SpeakerResolver``. Quotes no cue attaches to (titles, scare quotes) keep a nil speaker.
public struct QuoteExtractor: Extractor {
    /// Registered as `quotes`.
    public static let registryName = "quotes"

    /// The reporting-verb lexicon in use.
    public let cues: CueLexicon
    /// The longest quote, in UTF-8 bytes of its words, before the document fails with
    /// `quote-limit` (option `max_quote_bytes`).
    public let maxQuoteBytes: Int
    private let finder = QuoteFinder()
    private let sieves: [any AttributionSieve] = [
        AdjacentCueSieve(), ColonLeadInSieve(), AccordingToSieve(), GoverningClauseSieve(),
        TrailingClauseSieve(), SignatureSieve(), PreviousSentenceSieve(), ClauseSubjectSieve(), ContinuationSieve(),
    ]

    /// Creates the step with the built-in cue lexicon plus `extraCues`; a quote longer
    /// than `maxQuoteBytes` fails its document with `quote-limit`.
    public init(extraCues: [String] = [], maxQuoteBytes: Int = QuoteExtractor.defaultMaxQuoteBytes) {
        cues = CueLexicon(extra: extraCues)
        self.maxQuoteBytes = maxQuoteBytes
    }

    /// Tokens, sentences and paragraphs from the `tokens` step.
    public var requires: Set<Capability> { [.tokens, .sentences, .paragraphs] }
    /// Fills ``AnnotatedDocument/quotes``.
    public var provides: Set<Capability> { [.quotes] }

    /// Finds the document's quotes and their speakers; throws when the `tokens` step did
    /// not run before it, or `quote-limit` when a quote is longer than ``maxQuoteBytes``.
    public func extract(_ document: inout AnnotatedDocument) throws {
        guard let tokens = document.tokens, let paragraphs = document.paragraphs else {
            throw DocumentError(code: "missing_tokens", message: "the quotes step needs the tokens step before it")
        }
        let id = document.document.id
        let quotes = try document.document.bytes.withUnsafeBufferPointer { (buf) throws(DocumentError) in
            try extractQuotes(buf, tokens: tokens, paragraphs: paragraphs, id: id)
        }
        document.quotes = quotes
    }

    /// Quotes of a document given its bytes, tokens and paragraphs.
    func extractQuotes(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer, paragraphs: [Span],
                       id: String = "") throws(DocumentError) -> [Quote] {
        let found = finder.find(bytes, paragraphs: paragraphs)
        try checkLength(found, document: id)
        guard !found.isEmpty else { return [] }
        let view = WordView(bytes: bytes, tokens: tokens, paragraphs: paragraphs, quotes: found)
        let parser = MentionParser(view: view, cues: cues)
        var ctx = AttributionContext(view: view, parser: parser, quotes: found,
                                     inHeadline: HeadlineDetector.inHeadline(view, quotes: found),
                                     entities: EntityTable(view: view, parser: parser))
        for q in found.indices where !ctx.inHeadline[q] {
            // A title no cue governs (`On “Fox News Sunday,” Pence said`) has no speaker.
            let title = TitleDetector.isTitle(q, ctx) && !TitleDetector.isGoverned(q, ctx)
            ctx.isTitle[q] = title
            // By index: iterating the array copies each existential sieve (a witness-table call per sieve and quote).
            for k in sieves.indices {
                if let a = sieves[k].attribute(q, in: ctx) {
                    if title { ctx.titleAttribution[q] = a } else { ctx.decided[q] = a }
                    break
                }
            }
        }
        let echo = EchoSieve(ctx)
        for q in found.indices where ctx.decided[q] == nil && !ctx.isTitle[q] {
            if let a = echo.attribute(q, in: ctx) { ctx.decided[q] = a }
        }
        let table = ctx.takeEntities()
        var resolver = SpeakerResolver(table: table, context: ctx)
        let speakers = resolver.resolve(ctx.decided)
        var out: [Quote] = []
        out.reserveCapacity(found.count)
        for (q, f) in found.enumerated() {
            let a = ctx.decided[q]
            let mention = a?.mention.map { Span(start: Int(view.items[$0.first].start), end: Int(view.items[$0.last].end)) }
            out.append(Quote(span: f.inner, kind: kind(q, ctx), speaker: speakers[q], mention: mention, cue: a?.cue,
                             rule: a?.rule))
        }
        return out
    }

    /// Full when the quote opens its sentence, follows a colon, or opens with a capital
    /// right after a cue, comma or `that`; partial otherwise.
    private func kind(_ q: Int, _ ctx: AttributionContext) -> Quote.Kind {
        let view = ctx.view
        let f = ctx.quotes[q]
        if f.lastParagraph > f.firstParagraph { return .full }
        let o = ctx.openItem[q]
        guard o < view.count else { return .partial }
        if view.sentenceStart[o] || o == 0 { return .full }
        let prev = view.items[o - 1]
        if prev.kind == .colon { return .full }
        let first = view.bytes[f.inner.start]
        guard first >= 0x41 && first <= 0x5A else { return .partial }
        if prev.kind == .comma || ctx.parser.isCue(o - 1) != nil || prev.key == WordKey("that") { return .full }
        return .partial
    }

    /// The registry entry for `quotes`.
    public static let registration = ExtractorRegistration(
        QuoteExtractor.self,
        summary: "Direct quotes with their speakers resolved to canonical names.",
        options: [OptionSpec("cues", "list of strings", default: "[]",
                             "Extra reporting verbs (base forms are inflected: grumble → grumbles, grumbled, grumbling)."),
                  OptionSpec("max_quote_bytes", "int", default: String(QuoteExtractor.defaultMaxQuoteBytes),
                             "Longest quote, in UTF-8 bytes of its words; a document with a longer one fails with "
                                 + "`quote-limit` (usually a mark paired across a whole page).")],
        requires: [.tokens, .sentences, .paragraphs],
        provides: [.quotes]
    ) { options throws(ConfigurationError) in
        let extra = try options.strings("cues") ?? []
        for cue in extra where cue.isEmpty || cue.contains(" ") {
            throw options.error("cues", "each cue must be one word, got '\(cue)'")
        }
        let maxBytes = try options.int("max_quote_bytes") ?? QuoteExtractor.defaultMaxQuoteBytes
        guard maxBytes > 0 else { throw options.error("max_quote_bytes", "must be a positive number of bytes, got \(maxBytes)") }
        return QuoteExtractor(extraCues: extra, maxQuoteBytes: maxBytes)
    }
}
