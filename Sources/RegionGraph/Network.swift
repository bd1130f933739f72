import Synchronization

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
/// Relations are indexed by type and endpoint when the network is built: every entity has a
/// compact integer position (its place in ``entities``), every relation knows the positions of
/// its ends, and each entity's outgoing and incoming relations are adjacency arrays. The
/// queries look at the relations of the entities involved only.
public struct Network: Sendable {
    /// Every entity, sorted by id.
    public let entities: [Entity]
    /// Every relation, in the order it was read.
    ///
    /// The relations are kept packed (``RelationStore``) and made into values here, every one
    /// of them: to look at a few, use ``relation(_:)``, ``relations(from:)`` or
    /// ``relations(to:)``; to count them, ``relationCount``.
    ///
    /// - Complexity: O(*m*) for *m* relations.
    public var relations: [Relation] {
        (0..<ends.count).map(relation(at:))
    }
    /// The source documents, sorted by id.
    public let documents: [SourceDocument]

    let entityIndex: EntityIndex
    let documentIndex: [DocumentID: Int]
    /// For each relation, the positions of its ends in `entities` and its type.
    let ends: [RelationEnds]
    /// The relations' other fields, by position.
    let store: RelationStore
    /// Each entity's outgoing and incoming relations (positions in `relations`, ascending).
    let adjacency: Adjacency
    /// Positions of entities by every folded name they are known by, built on first use.
    private let names: NameIndexCache
    /// Where each relation and entity was recorded in the data files (empty for a network
    /// built from values).
    var recordLocations: RecordLocations

    /// Builds a network from facts that are already known to be consistent.
    ///
    /// Relations whose endpoints are not among `entities` are dropped; use
    /// ``validating(_:)`` to have them reported instead.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations.
    public init(entities: [Entity], relations: [Relation], documents: [SourceDocument] = []) {
        let sortedEntities = Network.sortedByID(entities)
        var positions: [EntityID: Int] = [:]
        positions.reserveCapacity(sortedEntities.count)
        for (position, entity) in sortedEntities.enumerated() where positions[entity.id] == nil {
            positions[entity.id] = position
        }
        var store = RelationStore()
        store.reserveCapacity(relations.count)
        var ends: [RelationEnds] = []
        ends.reserveCapacity(relations.count)
        for relation in relations {
            guard let from = positions[relation.from], let to = positions[relation.to] else { continue }
            ends.append(RelationEnds(from: Int32(from), to: Int32(to), type: relation.type))
            store.append(relation)
        }
        self.init(sortedEntities: sortedEntities, relations: store.finished(), ends: ends, documents: documents)
    }

    /// Builds a network from entities sorted by id and relations whose ends are already
    /// resolved to positions; `entityIDs`, when given, are the entities' ids in their order.
    init(
        sortedEntities: [Entity], relations: RelationStore,
        ends: [RelationEnds], documents: [SourceDocument], adjacency: Adjacency? = nil,
        locations: RecordLocations = RecordLocations(), entityIDs: [EntityID]? = nil
    ) {
        let sortedDocuments = documents.sorted { $0.id < $1.id }
        var documentIndex: [DocumentID: Int] = [:]
        for (position, document) in sortedDocuments.enumerated() {
            documentIndex[document.id] = position
        }
        self.entities = sortedEntities
        self.store = relations
        self.documents = sortedDocuments
        self.entityIndex = entityIDs.map(EntityIndex.init(ids:)) ?? EntityIndex(sortedEntities: sortedEntities)
        self.documentIndex = documentIndex
        self.ends = ends
        self.adjacency = adjacency ?? Adjacency(entityCount: sortedEntities.count, ends: ends)
        self.names = NameIndexCache()
        self.recordLocations = locations
    }

    /// The ids of ``entities``, in the same order (sorted): for code that needs only the ids of
    /// many entities, which reads them from one compact array.
    ///
    /// ```swift
    /// for (id, degree) in zip(network.entityIDs, network.degrees) { print(id, degree) }
    /// ```
    ///
    /// - Complexity: O(1).
    public var entityIDs: [EntityID] { entityIndex.ids }

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
        return adjacency.outgoing(of: position).map { relation(at: Int($0)) }
    }

    /// The relations that end at `id`, in the order they were read.
    ///
    /// - Complexity: O(*k*) for *k* such relations.
    public func relations(to id: EntityID) -> [Relation] {
        guard let position = entityIndex[id] else { return [] }
        return adjacency.incoming(of: position).map { relation(at: Int($0)) }
    }

    /// The number of relations.
    ///
    /// - Complexity: O(1).
    public var relationCount: Int { ends.count }

    /// The relation with this id, or `nil`.
    ///
    /// - Complexity: O(1) when ids are positions (a network loaded from data), else O(*m*).
    public func relation(_ id: RelationID) -> Relation? {
        if store.ids.isEmpty {
            return ends.indices.contains(id.rawValue) ? relation(at: id.rawValue) : nil
        }
        return store.ids.firstIndex(of: id.rawValue).map(relation(at:))
    }

    /// The relation at `position` in the order read.
    ///
    /// - Complexity: O(*c*) for its *c* citations.
    func relation(at position: Int) -> Relation {
        let end = ends[position]
        return store.relation(
            at: position, from: entities[Int(end.from)].id, type: end.type, to: entities[Int(end.to)].id)
    }

    /// The entities of the given kinds, sorted by name.
    public func entities(ofKinds kinds: Set<EntityKind>) -> [Entity] {
        entities.filter { kinds.contains($0.kind) }.sorted(by: Entity.byName)
    }

    /// Positions of entities by every folded name they are known by, and their id (see
    /// ``TextFolding/looseKey(_:)``), built the first time a name is looked up.
    var nameIndex: [String: [Int]] {
        names.index(of: entities)
    }

    /// For each entity (by position in `entities`), the positions of its outgoing relations.
    var outgoing: AdjacencyLists { AdjacencyLists(start: adjacency.outgoingStart, items: adjacency.outgoingList) }
    /// For each entity (by position in `entities`), the positions of its incoming relations.
    var incoming: AdjacencyLists { AdjacencyLists(start: adjacency.incomingStart, items: adjacency.incomingList) }

    /// `entities` sorted by id (Unicode scalar order, which is the order of their UTF-8 bytes).
    static func sortedByID(_ entities: [Entity]) -> [Entity] {
        sortedOrder(of: entities.map(\.id.rawValue)).map { entities[$0] }
    }

    /// The positions of `ids` in the order of their UTF-8 bytes (Unicode scalar order); equal
    /// ids keep their order.
    ///
    /// - Complexity: O(*n* log *n*) comparisons of 16-byte prefixes, and of whole ids only
    ///   where prefixes tie.
    static func sortedOrder(of ids: [String]) -> [Int] {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(ids.count + 1)
        for id in ids {
            bytes.append(utf8Of: id)
            offsets.append(bytes.count)
        }
        // Each id's first sixteen bytes as two big-endian numbers: comparing the numbers
        // compares the bytes.
        var keys: [SortKey] = []
        keys.reserveCapacity(ids.count)
        var sorted = true
        let byteSpan = bytes.span
        let offsetSpan = offsets.span
        for position in ids.indices {
            let id = byteSpan.extracting(offsetSpan[position]..<offsetSpan[position + 1])
            var high: UInt64 = 0
            var low: UInt64 = 0
            for index in 0..<16 {
                let byte = UInt64(index < id.count ? id[index] : 0)
                if index < 8 { high = high << 8 | byte } else { low = low << 8 | byte }
            }
            keys.append(SortKey(high: high, low: low, position: Int32(position)))
            if sorted, position > 0,
                compareBytes(position - 1, position, byteSpan, offsetSpan) > 0
            {
                sorted = false
            }
        }
        if sorted { return Array(ids.indices) }
        keys.sort { precedes($0, $1, byteSpan, offsetSpan) }
        return keys.map { Int($0.position) }
    }

    /// Whether the id of `left` comes before that of `right`: by their first sixteen bytes,
    /// then the rest, then (for equal ids) their positions.
    @inline(__always)
    private static func precedes(_ left: SortKey, _ right: SortKey, _ bytes: Span<UInt8>, _ offsets: Span<Int>) -> Bool {
        if left.high != right.high { return left.high < right.high }
        if left.low != right.low { return left.low < right.low }
        let order = compareBytes(Int(left.position), Int(right.position), bytes, offsets)
        return order != 0 ? order < 0 : left.position < right.position
    }

    private struct SortKey {
        var high: UInt64
        var low: UInt64
        var position: Int32
    }

    /// Compares ids `a` and `b` by their bytes: negative, zero or positive.
    @inline(__always)
    private static func compareBytes(
        _ a: Int, _ b: Int, _ bytes: Span<UInt8>, _ offsets: Span<Int>
    ) -> Int {
        utf8Order(bytes.extracting(offsets[a]..<offsets[a + 1]), bytes.extracting(offsets[b]..<offsets[b + 1]))
    }
}

/// The ends of a relation, as positions in ``Network/entities``, and its type.
struct RelationEnds: Sendable {
    var from: Int32
    var to: Int32
    var type: RelationType
}

/// The name index of a network, built once, on first use, by whichever thread asks first.
private final class NameIndexCache: Sendable {
    private let state = Mutex<[String: [Int]]?>(nil)

    func index(of entities: [Entity]) -> [String: [Int]] {
        state.withLock { index in
            if let index { return index }
            var built: [String: [Int]] = [:]
            for (position, entity) in entities.enumerated() {
                var keys = Set(entity.allNames.map { TextFolding.looseKey($0) })
                keys.insert(TextFolding.looseKey(entity.id.rawValue))
                for key in keys where !key.isEmpty {
                    built[key, default: []].append(position)
                }
            }
            index = built
            return built
        }
    }
}

/// Whether `lhs` comes before `rhs` in the order of their UTF-8 bytes, which is the order of
/// their Unicode scalars.
@inline(__always)
func utf8Precedes(_ lhs: String, _ rhs: String) -> Bool {
    utf8Order(lhs.utf8.span, rhs.utf8.span) < 0
}

// MARK: Position-based access for the algorithms of the library

extension Network {
    @inline(__always) func outDegree(at position: Int) -> Int {
        adjacency.outgoingStart[position + 1] - adjacency.outgoingStart[position]
    }

    @inline(__always) func inDegree(at position: Int) -> Int {
        adjacency.incomingStart[position + 1] - adjacency.incomingStart[position]
    }

    @inline(__always) func relationType(at relation: Int) -> RelationType { ends[relation].type }

    /// Calls `body(relation, target)` for every relation out of the entity at `position`.
    @inline(__always)
    func forEachOutgoing(at position: Int, _ body: (_ relation: Int, _ target: Int) -> Void) {
        for relation in adjacency.outgoing(of: position) {
            body(Int(relation), Int(ends[Int(relation)].to))
        }
    }

    /// Calls `body(relation, source)` for every relation into the entity at `position`.
    @inline(__always)
    func forEachIncoming(at position: Int, _ body: (_ relation: Int, _ source: Int) -> Void) {
        for relation in adjacency.incoming(of: position) {
            body(Int(relation), Int(ends[Int(relation)].from))
        }
    }
}
