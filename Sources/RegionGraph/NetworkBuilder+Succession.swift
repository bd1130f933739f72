/// The checks of time: successions (`succeeded_by`) and relations of entities that ended.
extension NetworkBuilder {
    /// Reports the successions whose dates do not meet, and the relations that run past the
    /// end of an entity that ended.
    ///
    /// A `succeeded_by` relation joins two entities of the same kind; the first has an end,
    /// the second a start, and the successor starts the day after its predecessor ends
    /// (Rissa kommune ends 2017-12-31, Indre Fosen kommune starts 2018-01-01). A relation of
    /// an entity that ended may not start after that end, nor end after it, unless its `note`
    /// says why; a relation without dates is read as ending with the entity.
    ///
    /// - Complexity: O(*m*) for *m* relations.
    mutating func reportTimeProblems() {
        // Most relations join entities that have not ended: nothing to check (and no entity
        // to copy).
        let ended = entities.map { $0.validity.end != nil }
        for index in 0..<min(relations.count, ends.count) {
            // Ends that did not become entities (an invalid record) were reported already.
            let (fromPosition, toPosition) = (Int(ends[index].from), Int(ends[index].to))
            guard entities.indices.contains(fromPosition), entities.indices.contains(toPosition),
                ends[index].type == .succeededBy || ended[fromPosition] || ended[toPosition]
            else { continue }
            let from = entities[fromPosition], to = entities[toPosition]
            let relation = relations.relation(at: index, from: from.id, type: ends[index].type, to: to.id)
            let place = index < locations.count ? location(locations[index]) : nil
            if relation.type == .succeededBy {
                checkSuccession(from: from, to: to, at: place)
                continue
            }
            guard relation.note == nil else { continue }
            for entity in [from, to] {
                guard let end = entity.validity.end else { continue }
                let late = [relation.validity.start, relation.validity.end].compactMap { $0 }
                    .first { $0.firstDay > end.lastDay }
                if let late {
                    error(place, "this relation runs to \(late), past the end of \(entity.name) (\(end))",
                        hint: "end the relation by \(end), or add a 'note:' saying why it outlives \(entity.id)")
                }
            }
        }
    }

    private mutating func checkSuccession(from: Entity, to: Entity, at place: FileLocation?) {
        guard from.kind == to.kind else {
            error(place, "\(from.name) (\(from.kind.label)) cannot be succeeded by \(to.name) (\(to.kind.label))",
                hint: "a succession joins two entities of the same kind")
            return
        }
        guard let end = from.validity.end else {
            error(place, "\(from.name) is succeeded by \(to.name) but has no end",
                hint: "give \(from.id) an 'end:' date, the day before \(to.id) starts")
            return
        }
        guard let start = to.validity.start else {
            error(place, "\(to.name) succeeds \(from.name) but has no start",
                hint: "give \(to.id) a 'start:' date, the day after \(from.id) ends (\(end))")
            return
        }
        guard let dayAfter = end.dayAfter, dayAfter.firstDay == start.firstDay else {
            error(place, "\(to.name) starts \(start), but \(from.name) ends \(end): a successor starts the day after",
                hint: "correct one of the dates: \(from.id) 'end:' or \(to.id) 'start:'")
            return
        }
    }
}
