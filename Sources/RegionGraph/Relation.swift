/// A typed, directed edge of the collaboration network, with its role, validity and sources.
///
/// ```swift
/// // Røros kommune owns Green Flyway as prosjekteier on the Norwegian side.
/// relation.from    // "roros"
/// relation.type    // .owns
/// relation.to      // "green-flyway"
/// relation.role    // "prosjekteier"
/// ```
public struct Relation: Hashable, Sendable, Identifiable {
    public var id: RelationID
    public var from: EntityID
    public var type: RelationType
    public var to: EntityID
    /// The role in the source's words, such as `prosjekteier`, `ordfører` or `søkerkommune`.
    public var role: String?
    public var validity: Validity
    /// The date a document states the fact for (it may have held before and after).
    public var asOf: PartialDate?
    /// A short explanation of how the fact was modelled.
    public var note: String?
    public var citations: [Citation]
    /// Whether the source states the relation or it is a reading of it (explained in ``note``).
    public var certainty: Certainty

    public init(
        id: RelationID, from: EntityID, type: RelationType, to: EntityID, role: String? = nil,
        validity: Validity = .always, asOf: PartialDate? = nil, note: String? = nil,
        citations: [Citation] = [], certainty: Certainty = .stated
    ) {
        self.id = id
        self.from = from
        self.type = type
        self.to = to
        self.role = role
        self.validity = validity
        self.asOf = asOf
        self.note = note
        self.citations = citations
        self.certainty = certainty
    }

    /// The entity at the other end of the relation, seen from `entity`.
    public func otherEnd(from entity: EntityID) -> EntityID {
        entity == from ? to : from
    }
}
