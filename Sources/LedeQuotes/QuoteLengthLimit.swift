import LedeCore

extension QuoteExtractor {
    /// The default ``maxQuoteBytes``: 64 KiB. Real direct quotes, even speeches quoted
    /// over several paragraphs, run to a few KB; a quote ten times longer than the
    /// longest seen in news is a mark paired across most of a scraped page, and its
    /// attribution would be noise.
    public static let defaultMaxQuoteBytes = 64 * 1024

    /// Throws `quote-limit` when a found quote's words are longer than ``maxQuoteBytes``,
    /// before any attribution work is spent on it.
    func checkLength(_ found: [FoundQuote], document id: String) throws(DocumentError) {
        guard let long = found.first(where: { $0.inner.count > maxQuoteBytes }) else { return }
        let name = id.isEmpty ? "the document" : "document '\(id)'"
        throw DocumentError(code: "quote-limit",
            message: "step 'quotes': \(name) has a quote at byte \(long.inner.start) of \(long.inner.count) bytes, "
                + "over the limit (max_quote_bytes = \(maxQuoteBytes)); raise `max_quote_bytes` in the quotes step to allow it")
    }
}
