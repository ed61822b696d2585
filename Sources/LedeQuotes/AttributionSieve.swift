/// One deterministic attribution rule. Sieves run in order, most precise first; the
/// first that returns an ``Attribution`` for a quote decides it.
protocol AttributionSieve: Sendable {
    /// The rule name reported in ``Quote/rule``.
    var name: String { get }
    /// The attribution of quote `q`, or nil to leave it to later sieves.
    func attribute(_ q: Int, in context: AttributionContext) -> Attribution?
}
