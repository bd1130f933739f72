extension Network {
    /// The number of relations that start or end at `id`, of any type (out-degree plus
    /// in-degree); 0 for an id that is not in the network.
    ///
    /// ```swift
    /// network.degree(of: "roros")   // every relation from or to Røros kommune
    /// ```
    ///
    /// - Complexity: O(1) on average.
    public func degree(of id: EntityID) -> Int {
        guard let position = entityIndex[id] else { return 0 }
        return outDegree(at: position) + inDegree(at: position)
    }

    /// The degree (relations in plus out) of every entity, in the order of ``entities``
    /// (sorted by id).
    ///
    /// ```swift
    /// for (entity, degree) in zip(network.entities, network.degrees) { print(entity.id, degree) }
    /// ```
    ///
    /// - Complexity: O(*n*) for *n* entities.
    public var degrees: [Int] {
        (0..<entities.count).map { outDegree(at: $0) + inDegree(at: $0) }
    }
}
