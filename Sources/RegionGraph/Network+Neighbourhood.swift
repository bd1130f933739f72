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
        var reached = [focus]
        forEachOutgoing(at: focus) { _, target in reached.append(target) }
        forEachIncoming(at: focus) { _, source in reached.append(source) }
        reached.sort()
        var members: [Int] = []
        members.reserveCapacity(reached.count)
        for position in reached where members.last != position { members.append(position) }
        // Each entity reached is at least one relation away: too many of them is too many
        // relations, whatever lies between them.
        if members.count - 1 > limit { return nil }
        var relations = 0
        for position in members {
            forEachOutgoing(at: position) { _, target in
                if Self.sortedContains(members, target) { relations += 1 }
            }
            if relations > limit { return nil }
        }
        return (members.count, relations)
    }

    /// Whether the ascending `positions` hold `position`: a binary search, cheaper than a set's
    /// hashing for the few dozen entities of a neighbourhood.
    private static func sortedContains(_ positions: [Int], _ position: Int) -> Bool {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] == position
    }
}
