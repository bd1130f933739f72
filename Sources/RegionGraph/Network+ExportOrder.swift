extension Network {
    /// The positions of the relations (in the order read, as ``relation(atPosition:)`` takes
    /// them) sorted by source id, relation type, target id and id: the order every export
    /// writes them in, found without making any ``Relation``.
    ///
    /// ```swift
    /// for position in network.relationPositionsByEnds() {
    ///     let relation = network.relation(atPosition: Int(position))
    ///     print(relation.from, relation.type, relation.to)
    /// }
    /// ```
    ///
    /// - Complexity: O(*m* log *d*) for *m* relations and at most *d* relations out of one entity.
    public func relationPositionsByEnds() -> [Int32] {
        // Entities are sorted by id, so the relations out of each in turn are in source order;
        // among those, type by name, target id (by position) and id decide.
        var typeRank = [Int](repeating: 0, count: RelationType.allCases.count)
        let byName = RelationType.allCases.sorted {
            $0.rawValue.unicodeScalars.lexicographicallyPrecedes($1.rawValue.unicodeScalars)
        }
        let index = Dictionary(uniqueKeysWithValues: RelationType.allCases.enumerated().map { ($1, $0) })
        for (rank, type) in byName.enumerated() { typeRank[index[type]!] = rank }
        let ranks = ends.map { typeRank[index[$0.type]!] }
        let ids = store.ids
        var result: [Int32] = []
        result.reserveCapacity(ends.count)
        for position in entities.indices {
            let start = result.count
            result.append(contentsOf: adjacency.outgoing(of: position))
            result[start...].sort { lhs, rhs in
                let left = Int(lhs), right = Int(rhs)
                if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
                if ends[left].to != ends[right].to { return ends[left].to < ends[right].to }
                return ids.isEmpty ? left < right : ids[left] < ids[right]
            }
        }
        return result
    }

    /// The relation at `position` in the order the relations were read (0 ..<
    /// ``relationCount``): one relation made from the packed store, not all of them as
    /// ``relations`` does.
    ///
    /// ```swift
    /// let first = network.relation(atPosition: 0)
    /// ```
    ///
    /// - Complexity: O(*c*) for its *c* citations.
    public func relation(atPosition position: Int) -> Relation {
        relation(at: position)
    }

    /// The type of the relation at `position`, without making the relation.
    public func relationType(atPosition position: Int) -> RelationType {
        ends[position].type
    }
}

extension Network {
    /// The positions in ``entities`` of the source and the target of the relation at
    /// `position`, without making the relation.
    public func relationEnds(atPosition position: Int) -> (from: Int, to: Int) {
        (Int(ends[position].from), Int(ends[position].to))
    }
}
