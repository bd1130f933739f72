/// An answer row of ``Network/shared(by:)``: a body that every asked entity belongs to or
/// takes part in, with each one's relations to it.
public struct SharedAffiliation: Hashable, Sendable {
    /// The body they share.
    public var entity: Entity
    /// For each asked entity, in the order asked, its relations to ``entity``.
    public var links: [Link]

    /// How one asked entity is related to the shared body.
    public struct Link: Hashable, Sendable {
        public var entity: EntityID
        public var relations: [Relation]

        public init(entity: EntityID, relations: [Relation]) {
            self.entity = entity
            self.relations = relations
        }
    }

    public init(entity: Entity, links: [Link]) {
        self.entity = entity
        self.links = links
    }
}
