/// An answer row of ``Network/members(of:)``, ``Network/memberships(of:)`` and
/// ``Network/participants(in:)``: the entity at the other end and the relation that links it.
public struct Affiliation: Hashable, Sendable {
    /// The entity at the other end of ``relation``.
    public var entity: Entity
    public var relation: Relation

    public init(entity: Entity, relation: Relation) {
        self.entity = entity
        self.relation = relation
    }

    /// Orders by the other entity's name (Norwegian alphabetical order), then relation type,
    /// role and relation id.
    static func byName(_ lhs: Affiliation, _ rhs: Affiliation) -> Bool {
        if lhs.entity.id != rhs.entity.id { return Entity.byName(lhs.entity, rhs.entity) }
        return sameEntityOrder(lhs, rhs)
    }

    /// Orders two rows of the same entity by relation type, role and relation id.
    static func sameEntityOrder(_ lhs: Affiliation, _ rhs: Affiliation) -> Bool {
        if lhs.relation.type != rhs.relation.type { return lhs.relation.type < rhs.relation.type }
        if lhs.relation.role != rhs.relation.role {
            return TextFolding.precedes(lhs.relation.role ?? "", rhs.relation.role ?? "")
        }
        return lhs.relation.id < rhs.relation.id
    }
}
