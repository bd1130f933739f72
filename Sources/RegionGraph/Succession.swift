/// How an entity that ended lives on today: the chain of successions from it to an entity
/// that has not ended (``Network/succession(of:)``).
///
/// ```swift
/// let succession = network.succession(of: "rissa")!
/// succession.present.name    // "Indre Fosen kommune"
/// succession.date            // 2018-01-01
/// succession.description     // "Rissa kommune → Indre Fosen kommune (2018)"
/// ```
public struct Succession: Hashable, Sendable, CustomStringConvertible {
    /// The entity that ended.
    public var past: Entity
    /// Its successor today, at the end of the chain.
    public var present: Entity
    /// The `succeeded_by` relations followed, oldest first.
    public var relations: [Relation]
    /// When the last succession took effect: the present entity's start.
    public var date: PartialDate?

    public init(past: Entity, present: Entity, relations: [Relation], date: PartialDate?) {
        self.past = past
        self.present = present
        self.relations = relations
        self.date = date
    }

    /// `Rissa kommune → Indre Fosen kommune (2018)`.
    public var description: String {
        "\(past.name) → \(present.name)" + (date.map { " (\($0.year))" } ?? "")
    }
}
