extension Network {
    /// The entities `id` was succeeded by (merged into, or renamed as): the targets of its
    /// `succeeded_by` relations, sorted by name.
    ///
    /// - Complexity: O(*d*) for *d* relations of the entity.
    public func successors(of id: EntityID) -> [Entity] {
        relations(from: id).filter { $0.type == .succeededBy }.compactMap { entity($0.to) }.sorted(by: Entity.byName)
    }

    /// The entities `id` succeeded: those merged into it or renamed as it, sorted by name.
    ///
    /// - Complexity: O(*d*) for *d* relations of the entity.
    public func predecessors(of id: EntityID) -> [Entity] {
        relations(to: id).filter { $0.type == .succeededBy }.compactMap { entity($0.from) }.sorted(by: Entity.byName)
    }

    /// The chain of successions from `id` to the entity that carries it on today, or `nil`
    /// when `id` was not succeeded. A chain that splits (an entity divided between two
    /// successors) follows the first by name; a chain that loops stops where it would repeat.
    ///
    /// ```swift
    /// network.succession(of: "bjugn")?.description   // "Bjugn kommune → Ørland kommune (2020)"
    /// network.succession(of: "osen")                 // nil: Osen kommune goes on
    /// ```
    ///
    /// - Complexity: O(*k* × *d*) for a chain of *k* successions.
    public func succession(of id: EntityID) -> Succession? {
        guard let past = entity(id) else { return nil }
        var current = past
        var followed: [Relation] = []
        var seen: Set<EntityID> = [id]
        while let next = relations(from: current.id).filter({ $0.type == .succeededBy })
            .compactMap({ relation in entity(relation.to).map { (relation, $0) } })
            .min(by: { Entity.byName($0.1, $1.1) }),
            seen.insert(next.1.id).inserted {
            followed.append(next.0)
            current = next.1
        }
        guard !followed.isEmpty else { return nil }
        return Succession(past: past, present: current, relations: followed, date: current.validity.start)
    }
}
