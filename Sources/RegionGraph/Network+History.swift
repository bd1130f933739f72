extension Network {
    /// The timeline of one entity: its own start and end, every dated relation in or out
    /// (begun, ended, or stated for a date), and its successions (what it merged into, what
    /// merged into it), in date order. Relations without dates are not events.
    ///
    /// ```swift
    /// network.history(of: "bjugn").map(\.kind)   // [.stated, .began, .ended, .ended, .succeeded]
    /// ```
    ///
    /// - Complexity: O(*d* log *d*) for *d* relations of the entity.
    public func history(of id: EntityID) -> [TimelineEvent] {
        guard let subject = entity(id) else { return [] }
        var events = entityEvents(subject)
        for relation in relations(from: id) + relations(to: id) {
            events += relationEvents(relation)
        }
        return events.sorted(by: TimelineEvent.precedes)
    }

    /// What changed between `start` and `end` (both included, as periods: `2019` to `2022`
    /// is 1 January 2019 to 31 December 2022): entities and relations that began or ended,
    /// relations that changed (one ended and one of the same type between the same entities
    /// began), and successions. With `around`, only the events of that entity's sphere: the
    /// entity, its parts, what it or they adopted, lead or are responsible for, and their parts
    /// (``sphere(of:)``).
    ///
    /// ```swift
    /// let changes = network.changes(from: try PartialDate(parsing: "2019"), to: try PartialDate(parsing: "2022"),
    ///                               around: "regionradet-fjellregionen")
    /// ```
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *n* entities and *m* relations.
    public func changes(from start: PartialDate, to end: PartialDate, around: EntityID? = nil) -> [TimelineEvent] {
        let sphere = around.map(sphere(of:))
        let window = { (date: PartialDate) in date.firstDay >= start.firstDay && date.lastDay <= end.lastDay }
        var events: [TimelineEvent] = []
        for entity in entities where sphere?.contains(entity.id) ?? true {
            events += entityEvents(entity).filter { window($0.date) }
        }
        var began: [TimelineEvent] = []
        var ended: [TimelineEvent] = []
        for relation in relations {
            if let sphere, !sphere.contains(relation.from), !sphere.contains(relation.to) { continue }
            for event in relationEvents(relation) where window(event.date) && event.kind != .stated {
                switch event.kind {
                case .began: began.append(event)
                case .ended: ended.append(event)
                default: events.append(event)
                }
            }
        }
        // An end and a beginning of the same tie in the period: the tie changed.
        struct Tie: Hashable { let from: EntityID, type: RelationType, to: EntityID }
        var endedByTie: [Tie: [TimelineEvent]] = [:]
        for event in ended {
            guard let relation = event.relation else { continue }
            endedByTie[Tie(from: relation.from, type: relation.type, to: relation.to), default: []].append(event)
        }
        var paired = Set<RelationID>()
        for event in began {
            guard let relation = event.relation else { continue }
            let tie = Tie(from: relation.from, type: relation.type, to: relation.to)
            if let old = endedByTie[tie]?.first(where: { !paired.contains($0.relation!.id) && $0.relation!.id != relation.id }),
                let previous = old.relation {
                paired.insert(previous.id)
                events.append(TimelineEvent(date: event.date, kind: .changed, subject: event.subject, previous: previous))
            } else {
                events.append(event)
            }
        }
        events += ended.filter { !paired.contains($0.relation!.id) }
        return events.sorted(by: TimelineEvent.precedes)
    }

    /// An entity and what belongs to its work: its parts (and theirs), what it or its parts
    /// adopted, lead, own, initiated or are responsible or secretariat for, and the parts of
    /// those — Regionrådet for Fjellregionen with its working committee, its plans, their goals
    /// and actions.
    ///
    /// - Complexity: O(*n* + *m*) at most.
    public func sphere(of id: EntityID) -> Set<EntityID> {
        let downward: Set<RelationType> = [.adopted, .leads, .owns, .initiated, .responsibleFor, .secretariatFor]
        var sphere: Set<EntityID> = [id]
        var queue = [id]
        while let next = queue.popLast() {
            let parts = relations(to: next).filter { $0.type == .partOf }.map(\.from)
            let works = relations(from: next).filter { downward.contains($0.type) }.map(\.to)
            for found in parts + works where sphere.insert(found).inserted { queue.append(found) }
        }
        return sphere
    }

    /// The start and end of an entity.
    private func entityEvents(_ entity: Entity) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        if let start = entity.validity.start { events.append(TimelineEvent(date: start, kind: .began, subject: .entity(entity))) }
        if let end = entity.validity.end { events.append(TimelineEvent(date: end, kind: .ended, subject: .entity(entity))) }
        return events
    }

    /// The start, end or stated date of a relation; a succession on its successor's start.
    private func relationEvents(_ relation: Relation) -> [TimelineEvent] {
        if relation.type == .succeededBy {
            let date = entity(relation.to)?.validity.start ?? entity(relation.from)?.validity.end?.dayAfter
            return date.map { [TimelineEvent(date: $0, kind: .succeeded, subject: .relation(relation))] } ?? []
        }
        var events: [TimelineEvent] = []
        if let start = relation.validity.start { events.append(TimelineEvent(date: start, kind: .began, subject: .relation(relation))) }
        if let end = relation.validity.end { events.append(TimelineEvent(date: end, kind: .ended, subject: .relation(relation))) }
        if events.isEmpty, let asOf = relation.asOf {
            events.append(TimelineEvent(date: asOf, kind: .stated, subject: .relation(relation)))
        }
        return events
    }
}
