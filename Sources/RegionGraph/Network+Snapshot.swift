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
        let existed = entities.map { $0.validity.contains(date) }
        let kept = ends.indices.filter { position in
            let end = ends[position]
            return existed[Int(end.from)] && existed[Int(end.to)] && store.validity(at: position).contains(date)
        }
        // The entities are the same and relations keep their ids: so do their locations.
        return Network(
            sortedEntities: entities, relations: store.subset(kept),
            ends: kept.map { ends[$0] }, documents: documents, locations: recordLocations)
    }
}
