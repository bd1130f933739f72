extension Network {
    /// Where the relation with this id was recorded: its data file, line and column.
    ///
    /// A network loaded from a data folder (or built with ``NetworkBuilder`` or
    /// ``validating(_:)``) knows the place of every relation, as its records gave it; a
    /// ``snapshot(at:)`` keeps them. A network built from values with
    /// ``init(entities:relations:documents:)`` knows none.
    ///
    /// ```swift
    /// let relation = network.relations[0]
    /// network.location(of: relation.id)?.description   // "Data/roros.yaml:41:5"
    /// ```
    ///
    /// - Complexity: O(1). The places are kept packed, 12 bytes per relation.
    public func location(of relation: RelationID) -> FileLocation? {
        recordLocations.relation(relation.rawValue)
    }

    /// Where the entity with this id was defined: its data file, line and column.
    ///
    /// ```swift
    /// network.location(of: EntityID("roros"))?.description   // "Data/roros.yaml:8:5"
    /// ```
    ///
    /// - Complexity: O(1) on average.
    public func location(of entity: EntityID) -> FileLocation? {
        guard let position = entityIndex[entity] else { return nil }
        return recordLocations.entity(position)
    }
}
