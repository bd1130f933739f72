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
        var asked: [Int] = []
        for id in ids {
            guard let position = entityIndex[id] else { return [] }
            asked.append(position)
        }
        // Each asked entity's affiliations as (target, relation) positions, by target, then in
        // the order read.
        let affiliations = asked.map { position in
            var list: [(target: Int, relation: Int)] = []
            list.reserveCapacity(outDegree(at: position))
            forEachOutgoing(at: position) { relation, target in
                if RelationType.affiliation.contains(relationType(at: relation)) { list.append((target, relation)) }
            }
            list.sort { $0.target != $1.target ? $0.target < $1.target : $0.relation < $1.relation }
            return list
        }
        var common = uniqueSorted(affiliations[0].map(\.target))
        for list in affiliations.dropFirst() where !common.isEmpty {
            common = Self.intersection(common, uniqueSorted(list.map(\.target)))
        }
        // Walk each list along the shared targets, which ascend too.
        var cursors = [Int](repeating: 0, count: asked.count)
        var answers: [SharedAffiliation] = []
        for target in common where !asked.contains(target) {
            var links: [SharedAffiliation.Link] = []
            for (index, list) in affiliations.enumerated() {
                while list[cursors[index]].target < target { cursors[index] += 1 }
                var relations: [Relation] = []
                var next = cursors[index]
                while next < list.count, list[next].target == target {
                    relations.append(relation(at: list[next].relation))
                    next += 1
                }
                links.append(SharedAffiliation.Link(entity: ids[index], relations: relations))
            }
            answers.append(SharedAffiliation(entity: entities[target], links: links))
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
        sources.reserveCapacity(inDegree(at: position))
        forEachIncoming(at: position) { relation, source in
            if relationType(at: relation) == type { sources.append(source) }
        }
        return ids(at: uniqueSorted(sources))
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
        return ids(at: targets(type, from: position))
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
        guard !ids.isEmpty else { return [] }
        var common: [Int]?
        for id in ids {
            guard let position = entityIndex[id] else { return [] }
            let targets = targets(type, from: position)
            common = common.map { Self.intersection($0, targets) } ?? targets
            if common?.isEmpty == true { return [] }
        }
        return self.ids(at: common ?? [])
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

    /// The positions of the entities the entity at `position` has a relation of `type` to,
    /// without repeats, ascending (which is id order).
    private func targets(_ type: RelationType, from position: Int) -> [Int] {
        var targets: [Int] = []
        targets.reserveCapacity(outDegree(at: position))
        forEachOutgoing(at: position) { relation, target in
            if relationType(at: relation) == type { targets.append(target) }
        }
        return uniqueSorted(targets)
    }

    /// `positions` (of entities) without repeats, ascending.
    ///
    /// - Complexity: O(*k* + *n* / 64) for *k* positions among *n* entities when *k* is at least
    ///   *n* / 1024, O(*k* log *k*) otherwise.
    private func uniqueSorted(_ positions: [Int]) -> [Int] {
        let words = (entities.count + 63) / 64
        if positions.count * 16 >= words {
            // One bit per entity, read in order: quicker than sorting unless the positions are
            // very few for the network.
            var bits = [UInt64](repeating: 0, count: words)
            for position in positions { bits[position >> 6] |= 1 << UInt64(position & 63) }
            var result: [Int] = []
            result.reserveCapacity(positions.count)
            for (index, word) in bits.enumerated() where word != 0 {
                var rest = word
                while rest != 0 {
                    result.append(index << 6 + rest.trailingZeroBitCount)
                    rest &= rest - 1
                }
            }
            return result
        }
        var positions = positions
        positions.sort()
        var kept = 0
        for index in positions.indices where kept == 0 || positions[index] != positions[kept - 1] {
            positions[kept] = positions[index]
            kept += 1
        }
        positions.removeLast(positions.count - kept)
        return positions
    }

    /// The positions in both of two ascending arrays without repeats, ascending.
    ///
    /// - Complexity: O(*a* + *b*).
    private static func intersection(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// The ids of the entities at `positions`, in that order.
    private func ids(at positions: [Int]) -> [EntityID] {
        positions.map { entityIndex.ids[$0] }
    }
}
