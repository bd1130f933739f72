/// One step of a path between two entities: a relation, walked forwards or backwards.
public struct PathStep: Hashable, Sendable {
    /// Where the step starts.
    public var from: Entity
    /// Where the step ends.
    public var to: Entity
    public var relation: Relation

    public init(from: Entity, to: Entity, relation: Relation) {
        self.from = from
        self.to = to
        self.relation = relation
    }

    /// Whether the step follows the relation's direction (`from` is the relation's source).
    public var isForward: Bool { relation.from == from.id }

    /// `is member of`, or the inverse reading `has member` when the step goes backwards.
    public var phrase: String {
        isForward ? relation.type.phrase : relation.type.inversePhrase
    }
}
