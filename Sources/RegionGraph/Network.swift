/// The collaboration network: entities, the typed relations between them and the documents
/// every fact is taken from.
///
/// A network is an immutable value. Build one from a dataset with ``validating(_:)`` (which
/// checks every fact and reports all problems at once), or directly from entities and relations.
///
/// ```swift
/// let network = try Network.validating(records).get()
/// let council = try network.entity(named: "Interkommunalt politisk råd Trøndelag Sør")
/// for member in network.members(of: council.id) {
///     print(member.entity.name)          // "Holtålen kommune", "Melhus kommune", …
/// }
/// ```
///
/// Relations are indexed by endpoint when the network is built, so the queries look at the
/// relations of the entities involved only.
public struct Network: Sendable {
    /// Every entity, sorted by id.
    public let entities: [Entity]
    /// Every relation, in the order it was read.
    public let relations: [Relation]
    /// The source documents, sorted by id.
    public let documents: [SourceDocument]

    let entityIndex: [EntityID: Int]
    let documentIndex: [DocumentID: Int]
    /// For each entity (by position in `entities`), the positions of its outgoing relations.
    let outgoing: [[Int]]
    /// For each entity (by position in `entities`), the positions of its incoming relations.
    let incoming: [[Int]]
    /// Positions of entities by every folded name they are known by.
    let nameIndex: [String: [Int]]

    /// Builds a network from facts that are already known to be consistent.
    ///
    /// Relations whose endpoints are not among `entities` are dropped; use
    /// ``validating(_:)`` to have them reported instead.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations.
    public init(entities: [Entity], relations: [Relation], documents: [SourceDocument] = []) {
        let sortedEntities = entities.sorted { $0.id < $1.id }
        var entityIndex: [EntityID: Int] = [:]
        entityIndex.reserveCapacity(sortedEntities.count)
        for (position, entity) in sortedEntities.enumerated() where entityIndex[entity.id] == nil {
            entityIndex[entity.id] = position
        }
        var outgoing = [[Int]](repeating: [], count: sortedEntities.count)
        var incoming = [[Int]](repeating: [], count: sortedEntities.count)
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count)
        for relation in relations {
            guard let from = entityIndex[relation.from], let to = entityIndex[relation.to] else {
                continue
            }
            outgoing[from].append(kept.count)
            incoming[to].append(kept.count)
            kept.append(relation)
        }
        var nameIndex: [String: [Int]] = [:]
        for (position, entity) in sortedEntities.enumerated() {
            var keys = Set(entity.allNames.map(TextFolding.matchKey))
            keys.insert(TextFolding.matchKey(entity.id.rawValue))
            for key in keys where !key.isEmpty {
                nameIndex[key, default: []].append(position)
            }
        }
        let sortedDocuments = documents.sorted { $0.id < $1.id }
        var documentIndex: [DocumentID: Int] = [:]
        for (position, document) in sortedDocuments.enumerated() {
            documentIndex[document.id] = position
        }
        self.entities = sortedEntities
        self.relations = kept
        self.documents = sortedDocuments
        self.entityIndex = entityIndex
        self.documentIndex = documentIndex
        self.outgoing = outgoing
        self.incoming = incoming
        self.nameIndex = nameIndex
    }

    /// The entity with this id, or `nil`.
    ///
    /// - Complexity: O(1) on average.
    public func entity(_ id: EntityID) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }

    /// The document with this id, or `nil`.
    public func document(_ id: DocumentID) -> SourceDocument? {
        documentIndex[id].map { documents[$0] }
    }

    /// The relations that start at `id`, in the order they were read.
    ///
    /// - Complexity: O(*k*) for *k* such relations.
    public func relations(from id: EntityID) -> [Relation] {
        guard let position = entityIndex[id] else { return [] }
        return outgoing[position].map { relations[$0] }
    }

    /// The relations that end at `id`, in the order they were read.
    ///
    /// - Complexity: O(*k*) for *k* such relations.
    public func relations(to id: EntityID) -> [Relation] {
        guard let position = entityIndex[id] else { return [] }
        return incoming[position].map { relations[$0] }
    }

    /// The entities of the given kinds, sorted by name.
    public func entities(ofKinds kinds: Set<EntityKind>) -> [Entity] {
        entities.filter { kinds.contains($0.kind) }.sorted(by: Entity.byName)
    }
}
