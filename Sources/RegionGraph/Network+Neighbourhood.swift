extension Network {
    /// How many entities and relations the neighbourhood of `id` holds: `id`, every entity one
    /// relation away from it, and every relation between two of them (as a neighbourhood
    /// diagram of depth 1, with no filters, draws them); `nil` as soon as the relations are
    /// more than `limit`, or when `id` is not in the network.
    ///
    /// Nothing is made into a ``Relation``: the answer comes from the adjacency of positions,
    /// so a report can ask it of twenty thousand entities whose neighbours have thousands of
    /// relations each.
    ///
    /// ```swift
    /// network.neighbourhoodSize(of: "green-flyway", limit: 60)   // (entities: 9, relations: 14)
    /// ```
    ///
    /// - Complexity: O(*k*) for the *k* relations out of the entities reached, at most.
    public func neighbourhoodSize(of id: EntityID, limit: Int) -> (entities: Int, relations: Int)? {
        guard let focus = entityIndex[id] else { return nil }
        var reached: Set<Int> = [focus]
        var order = [focus]
        forEachOutgoing(at: focus) { _, target in
            if reached.insert(target).inserted { order.append(target) }
        }
        forEachIncoming(at: focus) { _, source in
            if reached.insert(source).inserted { order.append(source) }
        }
        var relations = 0
        for position in order {
            forEachOutgoing(at: position) { _, target in
                if reached.contains(target) { relations += 1 }
            }
            if relations > limit { return nil }
        }
        return (reached.count, relations)
    }
}
