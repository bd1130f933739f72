import RegionGraph

/// Which part of a network an export holds: the facts valid at a date, entities of some
/// kinds, relations of some types.
///
/// With a date, only the entities that existed then are kept, and the relations that held
/// then between them. With kinds, only entities of those kinds, and the relations between
/// them. With types, only relations of those types (every selected entity is kept, related or
/// not). A filtered export keeps the documents its facts cite; an unfiltered one keeps every
/// document.
///
/// ```swift
/// let selection = ExportSelection(
///     date: try PartialDate(parsing: "2020"), kinds: [.municipality, .regionalCouncil],
///     relationTypes: [.memberOf])
/// let part = selection.apply(to: network)
/// ```
public struct ExportSelection: Hashable, Sendable {
    /// Only facts valid at this date (a year, month or day); `nil` for all.
    public var date: PartialDate?
    /// Only entities of these kinds; `nil` for all.
    public var kinds: Set<EntityKind>?
    /// Only relations of these types; `nil` for all.
    public var relationTypes: Set<RelationType>?

    /// Everything: no date, every kind, every type.
    public static let everything = ExportSelection()

    public init(date: PartialDate? = nil, kinds: Set<EntityKind>? = nil, relationTypes: Set<RelationType>? = nil) {
        self.date = date
        self.kinds = kinds
        self.relationTypes = relationTypes
    }

    /// Whether the selection keeps the whole network.
    public var isEverything: Bool { date == nil && kinds == nil && relationTypes == nil }

    /// The selected part of `network`.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations.
    public func apply(to network: Network) -> Network {
        guard !isEverything else { return network }
        let entities = network.entities.filter { entity in
            if let kinds, !kinds.contains(entity.kind) { return false }
            if let date, !entity.validity.contains(date) { return false }
            return true
        }
        let kept = Set(entities.map(\.id))
        let relations = network.relations.filter { relation in
            if let relationTypes, !relationTypes.contains(relation.type) { return false }
            if let date, !relation.validity.contains(date) { return false }
            return kept.contains(relation.from) && kept.contains(relation.to)
        }
        var cited = Set<DocumentID>()
        for citation in entities.flatMap(\.citations) + relations.flatMap(\.citations) {
            if let document = citation.document { cited.insert(document) }
        }
        let documents = network.documents.filter { cited.contains($0.id) }
        return Network(entities: entities, relations: relations, documents: documents)
    }
}
