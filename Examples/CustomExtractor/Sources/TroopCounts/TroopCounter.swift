import Lede

/// Finds troop counts ("about 28,500 American troops") and named military units
/// ("the 82nd Airborne Division") and writes them under the output keys `troops` and
/// `units`.
///
/// The finding is done by a `regex` step built from the registry with
/// ``TroopPatterns`` (generated from `Troop.patterns.yaml` and checked by PCRE2 when
/// the package builds); this extractor reads its matches and turns them into numbers.
/// Its own matches do not appear in the document's `matches`.
public struct TroopCounter: Extractor {
    public static let registryName = "troops"

    /// Counts below this are not reported (casualty figures are mostly small).
    public let minimum: Int
    /// The `regex` step running ``TroopPatterns/all``.
    private let finder: any Extractor

    /// Later steps read the counts with `document[TroopCounter.countsKey]`.
    public static let countsKey = AnnotationKey<[TroopCount]>("example.troops")
    /// Later steps read the units with `document[TroopCounter.unitsKey]`.
    public static let unitsKey = AnnotationKey<[MilitaryUnit]>("example.units")

    public var requires: Set<Capability> { [] }
    public var provides: Set<Capability> { [.troops] }

    /// Creates the extractor, building its `regex` step from `registry`.
    ///
    /// - Throws: ``ConfigurationError`` if `minimum` is not positive or `registry` has no `regex` extractor.
    public init(minimum: Int = 100, registry: ExtractorRegistry = .builtIn) throws(ConfigurationError) {
        guard minimum > 0 else {
            throw ConfigurationError(.invalidValue, "minimum must be positive, got \(minimum)", key: "minimum")
        }
        self.minimum = minimum
        self.finder = try registry.makeStep(TroopPatterns.regexStep(name: Self.registryName)).extractor
    }

    public func extract(_ document: inout AnnotatedDocument) throws {
        // A fresh annotated copy: the finder's matches stay out of the document's `matches`.
        var scratch = AnnotatedDocument(document.document)
        try finder.extract(&scratch)
        var counts: [TroopCount] = []
        var units: [MilitaryUnit] = []
        let text = document.document
        for match in scratch.matches {
            func group(_ name: String) -> String? {
                match.groups.first { $0.name == name }?.span.map { text.text(of: $0) }
            }
            switch match.pattern {
            case TroopPatterns.count.name:
                guard let number = group("number").flatMap(NumberReader.count), number >= minimum,
                      let noun = group("noun") else { continue }
                counts.append(TroopCount(span: match.span, count: number, qualifier: group("qualifier")?.lowercased(),
                                         force: group("force"), noun: noun))
            case TroopPatterns.unit.name:
                guard let number = group("ordinal").flatMap(NumberReader.ordinal), let kind = group("kind") else { continue }
                units.append(MilitaryUnit(span: match.span, number: number, kind: kind))
            default:
                continue
            }
        }
        document[Self.countsKey] = counts
        document[Self.unitsKey] = units
        let map = OffsetMap(text)
        document.setOutput("troops", .array(counts.map { $0.json(text, map) }))
        document.setOutput("units", .array(units.map { $0.json(text, map) }))
    }
}

extension Capability {
    /// Troop counts and units, provided by ``TroopCounter``.
    public static let troops: Capability = "example.troops"
}

/// `text`, `start` and `end` of a span, with code-point offsets like every Lede span.
private func spanMembers(_ span: Span, _ document: Document, _ map: OffsetMap) -> [JSONValue.Member] {
    [.init("text", .string(document.text(of: span))), .init("start", .int(map.codePoint(span.start))),
     .init("end", .int(map.codePoint(span.end)))]
}

extension TroopCount {
    /// The output object.
    func json(_ document: Document, _ map: OffsetMap) -> JSONValue {
        .object(spanMembers(span, document, map) + [
            .init("count", .int(count)),
            .init("qualifier", qualifier.map { .string($0) } ?? .null),
            .init("force", force.map { .string($0) } ?? .null),
            .init("noun", .string(noun)),
        ])
    }
}

extension MilitaryUnit {
    /// The output object.
    func json(_ document: Document, _ map: OffsetMap) -> JSONValue {
        .object(spanMembers(span, document, map) + [.init("number", .int(number)), .init("kind", .string(kind))])
    }
}
