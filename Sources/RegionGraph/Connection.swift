/// How two entities are connected: by relations between them, or else by the shortest chain
/// of relations (``Network/connection(between:and:)``).
///
/// ```swift
/// switch network.connection(between: "roros", and: "holtalen") {
/// case .direct(let relations): print(relations.count, "direct relations")
/// case .chain(let steps): print(steps.count, "steps")
/// case nil: print("not connected")
/// }
/// ```
public enum Connection: Hashable, Sendable {
    /// Relations from either entity to the other, by id.
    case direct([Relation])
    /// The shortest chain of relations (``Network/path(from:to:)``), when none is direct.
    case chain([PathStep])

    /// Whether the entities are related directly.
    public var isDirect: Bool {
        if case .direct = self { return true }
        return false
    }

    /// The relations of the connection, in order.
    public var relations: [Relation] {
        switch self {
        case .direct(let relations): relations
        case .chain(let steps): steps.map(\.relation)
        }
    }
}
