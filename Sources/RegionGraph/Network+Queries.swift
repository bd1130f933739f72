extension Network {
    /// Who belongs to `id`: the members of a council or forum, the owners of a jointly owned
    /// company, the municipalities of a region, the board members of a board.
    ///
    /// Follows the incoming relations of the types in ``RelationType/membership``, sorted by the
    /// member's name.
    ///
    /// ```swift
    /// network.members(of: "destinasjon-roros").map(\.entity.short)  // Alvdal, Holtålen, Os, …
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations into `id`.
    public func members(of id: EntityID) -> [Affiliation] {
        neighbours(of: id, incoming: true, types: RelationType.membership)
    }

    /// What `id` belongs to: the inverse of ``members(of:)``.
    ///
    /// ```swift
    /// network.memberships(of: "holtalen").map(\.entity.name)
    /// // ["Destinasjon Røros", "Fjellregionen", "Interkommunalt politisk råd Trøndelag Sør", …]
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations out of `id`.
    public func memberships(of id: EntityID) -> [Affiliation] {
        neighbours(of: id, incoming: false, types: RelationType.membership)
    }

    /// Everyone taking part in a project, forum or programme, with how: owners, partners,
    /// participants, secretariat, leader, host, funders, members, the responsible.
    ///
    /// ```swift
    /// for row in network.participants(in: "green-flyway") {
    ///     print(row.entity.name, row.relation.type, row.relation.role ?? "")
    /// }
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations into `id`.
    public func participants(in id: EntityID) -> [Affiliation] {
        neighbours(of: id, incoming: true, types: RelationType.participation)
    }

    /// What all of `ids` belong to or take part in (through the relations in
    /// ``RelationType/affiliation``), sorted by name.
    ///
    /// ```swift
    /// network.shared(by: ["roros", "holtalen"]).map(\.entity.name)
    /// // ["Destinasjon Røros", "Fjellregionen", "Interkommunalt politisk råd Trøndelag Sør", …]
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations out of the asked entities.
    public func shared(by ids: [EntityID]) -> [SharedAffiliation] {
        guard !ids.isEmpty else { return [] }
        var perEntity: [[EntityID: [Relation]]] = []
        for id in ids {
            var targets: [EntityID: [Relation]] = [:]
            for relation in relations(from: id) where RelationType.affiliation.contains(relation.type) {
                targets[relation.to, default: []].append(relation)
            }
            perEntity.append(targets)
        }
        var common = Set(perEntity[0].keys)
        for targets in perEntity.dropFirst() { common.formIntersection(targets.keys) }
        common.subtract(ids)
        let answers = common.compactMap { target -> SharedAffiliation? in
            guard let entity = entity(target) else { return nil }
            let links = zip(ids, perEntity).map { id, targets in
                SharedAffiliation.Link(entity: id, relations: targets[target] ?? [])
            }
            return SharedAffiliation(entity: entity, links: links)
        }
        return Entity.sortedByName(answers, entity: \.entity)
    }

    func neighbours(of id: EntityID, incoming: Bool, types: Set<RelationType>) -> [Affiliation] {
        let candidates = incoming ? relations(to: id) : relations(from: id)
        // A fact stated twice (the same entity, type, role and period) is one answer, with the
        // sources of both statements.
        var answers: [Affiliation] = []
        var first: [StatedFact: Int] = [:]
        for relation in candidates where types.contains(relation.type) {
            guard let other = entity(incoming ? relation.from : relation.to) else { continue }
            let fact = StatedFact(
                entity: other.id, type: relation.type, role: relation.role, validity: relation.validity)
            if let index = first[fact] {
                for citation in relation.citations where !answers[index].relation.citations.contains(citation) {
                    answers[index].relation.citations.append(citation)
                }
            } else {
                first[fact] = answers.count
                answers.append(Affiliation(entity: other, relation: relation))
            }
        }
        return Entity.sortedByName(answers, entity: \.entity, tie: Affiliation.sameEntityOrder)
    }

    /// What makes two relations of one entity the same answer.
    private struct StatedFact: Hashable {
        var entity: EntityID
        var type: RelationType
        var role: String?
        var validity: Validity
    }
}

extension Network {
    /// The entities that have a relation of `type` to `id`, each once, sorted by id: with
    /// `.memberOf`, the members of a body.
    ///
    /// ```swift
    /// network.entities(.memberOf, to: "ipr-trondelag-sor")   // ["holtalen", "melhus", …]
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations into `id`.
    public func entities(_ type: RelationType, to id: EntityID) -> [EntityID] {
        guard let position = entityIndex[id] else { return [] }
        var sources: [Int] = []
        forEachIncoming(at: position) { relation, source in
            if relationType(at: relation) == type { sources.append(source) }
        }
        return uniqueIDs(sources)
    }

    /// The entities `id` has a relation of `type` to, each once, sorted by id: with
    /// `.memberOf`, the bodies an entity is a member of.
    ///
    /// ```swift
    /// network.entities(.memberOf, from: "holtalen")   // ["ipr-trondelag-sor"]
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations out of `id`.
    public func entities(_ type: RelationType, from id: EntityID) -> [EntityID] {
        guard let position = entityIndex[id] else { return [] }
        var targets: [Int] = []
        forEachOutgoing(at: position) { relation, target in
            if relationType(at: relation) == type { targets.append(target) }
        }
        return uniqueIDs(targets)
    }

    /// The entities that every one of `ids` has a relation of `type` to, sorted by id: with
    /// `.memberOf`, the bodies they are all members of.
    ///
    /// ```swift
    /// network.entities(.memberOf, sharedBy: ["roros", "holtalen"])   // ["ipr-trondelag-sor"]
    /// ```
    ///
    /// - Complexity: O(*k* log *k*) for *k* relations out of the asked entities.
    public func entities(_ type: RelationType, sharedBy ids: [EntityID]) -> [EntityID] {
        guard let first = ids.first else { return [] }
        var common = entities(type, from: first)
        for id in ids.dropFirst() where !common.isEmpty {
            let other = Set(entities(type, from: id))
            common.removeAll { !other.contains($0) }
        }
        return common
    }

    /// The relations of `types` into `id`, in the order they were read.
    ///
    /// ```swift
    /// network.relations(to: "green-flyway", types: [.owns, .participatesIn]).map(\.from)
    /// ```
    ///
    /// - Complexity: O(*k*) for *k* relations into `id`.
    public func relations(to id: EntityID, types: Set<RelationType>) -> [Relation] {
        guard let position = entityIndex[id] else { return [] }
        var result: [Relation] = []
        forEachIncoming(at: position) { relation, _ in
            if types.contains(relationType(at: relation)) { result.append(self.relation(at: relation)) }
        }
        return result
    }

    /// The ids of the entities at `positions`, without repeats, in id order.
    private func uniqueIDs(_ positions: [Int]) -> [EntityID] {
        var result: [EntityID] = []
        result.reserveCapacity(positions.count)
        var previous = -1
        for position in positions.sorted() where position != previous {
            result.append(entities[position].id)
            previous = position
        }
        return result
    }
}
