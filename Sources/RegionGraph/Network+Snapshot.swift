extension Network {
    /// The network as it stood at `date`: only the relations valid then, between entities
    /// that existed then. Entities themselves are kept, so names still resolve.
    ///
    /// `date` may be partial: `2020` keeps every fact that held at some time in 2020.
    ///
    /// ```swift
    /// let then = network.snapshot(at: try PartialDate(parsing: "2019-06"))
    /// ```
    ///
    /// - Complexity: O(*n* log *n* + *m*).
    public func snapshot(at date: PartialDate) -> Network {
        let kept = relations.filter { relation in
            guard relation.validity.contains(date) else { return false }
            guard let from = entity(relation.from), let to = entity(relation.to) else { return false }
            return from.validity.contains(date) && to.validity.contains(date)
        }
        // The entities are the same and relations keep their ids: so do their locations.
        var snapshot = Network(entities: entities, relations: kept, documents: documents)
        snapshot.recordLocations = recordLocations
        return snapshot
    }
}
