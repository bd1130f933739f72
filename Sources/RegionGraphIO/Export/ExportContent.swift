import RegionGraph

/// What every exporter writes, in the order they all write it: entities by id, relations by
/// (from, type, to, id), each relation with a key (`r1`, `r2`, …) that is the same in every
/// format, and the free attributes with the value type they all share.
///
/// The relations are kept as positions in export order and made one at a time
/// (``forEachRelation(_:)``), so that an export never holds them all as values.
///
/// ```swift
/// let content = ExportContent(network)
/// content.relations.map(ExportContent.label(of:))   // ["member_of (medlemskommune)", …]
/// ```
public struct ExportContent {
    let network: Network
    /// Every entity, sorted by id.
    public let entities: [Entity]
    /// The positions of the relations in the network, sorted by source id, type, target id
    /// and read order.
    let relationOrder: [Int32]
    /// The names of the free attributes any entity has, sorted by Unicode scalars.
    let attributeNames: [String]
    /// The type every value of each attribute has.
    let attributeTypes: [String: ValueType]

    /// The type of a free attribute's values, as typed formats declare it.
    enum ValueType: Equatable {
        case int, long, double, string
    }

    /// `member_of (medlemskommune)`: the relation type, and the role when there is one.
    public static func label(of relation: Relation) -> String {
        relation.role.map { "\(relation.type.rawValue) (\($0))" } ?? relation.type.rawValue
    }

    /// The content of `network`, in export order.
    ///
    /// - Complexity: O(*m* log *m*) for *m* relations.
    public init(_ network: Network) {
        self.network = network
        self.entities = network.entities
        self.relationOrder = network.relationPositionsByEnds()
        var types: [String: ValueType] = [:]
        for entity in network.entities {
            for (name, value) in entity.attributes {
                types[name] = Self.widened(types[name], toFit: value)
            }
        }
        self.attributeNames = types.keys.sorted(by: Self.scalarOrder)
        self.attributeTypes = types
    }

    /// Every relation, sorted by source id, type, target id and read order: all made at once
    /// (``forEachRelation(_:)`` makes one at a time).
    public var relations: [Relation] {
        relationOrder.map { network.relation(atPosition: Int($0)) }
    }

    /// The number of relations.
    var relationCount: Int { relationOrder.count }

    /// The relation at `index` of the export order.
    func relation(_ index: Int) -> Relation {
        network.relation(atPosition: Int(relationOrder[index]))
    }

    /// Calls `body` with the index in export order and the relation, for every relation in
    /// export order, making one relation at a time.
    func forEachRelation(_ body: (Int, Relation) -> Void) {
        for (index, position) in relationOrder.enumerated() {
            body(index, network.relation(atPosition: Int(position)))
        }
    }

    /// The relation types present, sorted.
    var relationTypes: [RelationType] {
        var present = Set<RelationType>()
        for position in relationOrder { present.insert(network.relationType(atPosition: Int(position))) }
        return present.sorted()
    }

    /// Node ids for XML formats: each entity's id, unless it holds characters XML 1.0 does not
    /// allow (the validator rejects such ids, but a network built in code may have them); then
    /// the allowed part with `~N` appended, unique among all ids.
    func xmlNodeIDs() -> [EntityID: String] {
        var used = Set(entities.map(\.id.rawValue))
        var result: [EntityID: String] = [:]
        for (index, entity) in entities.enumerated() {
            let id = entity.id.rawValue
            if XMLText.allowedPart(of: id) == id {
                result[entity.id] = id
                continue
            }
            var candidate = XMLText.allowedPart(of: id) + "~\(index + 1)"
            while used.contains(candidate) { candidate += "~" }
            used.insert(candidate)
            result[entity.id] = candidate
        }
        return result
    }

    /// The name each free attribute is declared under in a format with fixed names of its
    /// own: `clean(name)`, prefixed with `attribute_` when it clashes with a reserved name, and
    /// numbered when it still clashes.
    static func declaredNames(
        _ names: [String], reserved: [String], clean: (String) -> String = { $0 }
    ) -> [(String, String)] {
        var used = Set(reserved)
        return names.map { name in
            var declared = clean(name)
            if used.contains(declared) { declared = "attribute_" + declared }
            let base = declared
            var counter = 2
            while used.contains(declared) {
                declared = "\(base)_\(counter)"
                counter += 1
            }
            used.insert(declared)
            return (name, declared)
        }
    }

    /// The key of the relation at `index` of ``relations``: `r1`, `r2`, ….
    static func relationKey(_ index: Int) -> String { "r\(index + 1)" }

    /// Whether any entity or relation has a start or end date.
    var hasValidityDates: Bool {
        entities.contains { !$0.validity.isUnbounded }
            || relationOrder.contains { !network.relation(atPosition: Int($0)).validity.isUnbounded }
    }

    static func exportOrder(_ lhs: Relation, _ rhs: Relation) -> Bool {
        if lhs.from != rhs.from { return lhs.from < rhs.from }
        if lhs.type != rhs.type { return scalarOrder(lhs.type.rawValue, rhs.type.rawValue) }
        if lhs.to != rhs.to { return lhs.to < rhs.to }
        return lhs.id < rhs.id
    }

    /// Orders text by Unicode scalars, the same on every machine and locale.
    static func scalarOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// The narrowest type all `values` fit: whole numbers without leading zeros (a municipality
    /// number such as `0301` stays text), decimal numbers, or text.
    static func valueType(_ values: [String]) -> ValueType {
        values.reduce(ValueType.int) { widened($0, toFit: $1) }
    }

    /// The narrowest type that fits both the values of `type` (none yet: `nil`) and `value`.
    static func widened(_ type: ValueType?, toFit value: String) -> ValueType {
        var type = type ?? .int
        if type == .string { return .string }
        let scalars = Array(value.unicodeScalars)
        let digits = scalars.first == "-" ? Array(scalars.dropFirst()) : scalars
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: ArraySlice<Unicode.Scalar>) in
            !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
        }
        guard (1...2).contains(parts.count), parts.allSatisfy(isDigits),
            parts[0].count == 1 || parts[0].first != "0"
        else { return .string }
        if parts.count == 2 {
            type = .double
        } else if type != .double {
            guard let number = Int64(value) else { return .string }
            if number < Int64(Int32.min) || number > Int64(Int32.max) { type = .long }
        }
        return type
    }

    /// `YYYY-MM-DD` for a day given as (year, month, day).
    static func isoDate(_ day: (Int, Int, Int)) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return padded(day.0, 4) + "-" + padded(day.1, 2) + "-" + padded(day.2, 2)
    }

    /// The first day of a validity's start as `YYYY-MM-DD`, or `nil`.
    static func firstDay(_ date: PartialDate?) -> String? { date.map { isoDate($0.firstDay) } }

    /// The last day of a validity's end as `YYYY-MM-DD`, or `nil`.
    static func lastDay(_ date: PartialDate?) -> String? { date.map { isoDate($0.lastDay) } }

    /// A citation as a JSON object: `document` (an id of the dataset's documents) or
    /// `reference` (free text), and `quote`.
    static func citationValue(_ citation: Citation) -> JSONValue {
        .object([
            ("document", .optional(citation.document?.rawValue)),
            ("reference", .optional(citation.reference)),
            ("quote", .optional(citation.quote)),
        ])
    }

    /// The citations as one line of compact JSON, for a single cell or attribute.
    static func citationsJSON(_ citations: [Citation]) -> String {
        compactJSON(.array(citations.map(citationValue)))
    }

    /// The ids of the cited documents, or the free-text references, in citation order,
    /// without repeats.
    static func citedDocuments(_ citations: [Citation]) -> [String] {
        var seen = Set<String>()
        return citations.compactMap { $0.document?.rawValue ?? $0.reference }.filter { seen.insert($0).inserted }
    }

    /// The free attributes of an entity as one line of compact JSON, keys sorted.
    static func attributesJSON(_ attributes: [String: String]) -> String {
        compactJSON(.object(attributes.keys.sorted(by: scalarOrder).map { ($0, .string(attributes[$0]!)) }))
    }

    /// JSON on one line: no spaces, the same escapes as ``JSONValue/serialized()``.
    static func compactJSON(_ value: JSONValue) -> String {
        value.compactSerialized()
    }
}
