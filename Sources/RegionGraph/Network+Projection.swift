/// The weighted co-membership projection of a network onto the entities of one kind: two
/// entities are linked when they are both members of a body, weighted by how many bodies they
/// share.
///
/// Built by ``Network/coMembershipProjection(kind:via:)``. The projected entities are kept
/// sorted by id, and the pairs are stored row by row (compressed sparse rows), each pair once
/// with its first entity before its second in id order.
///
/// ```swift
/// let projection = network.coMembershipProjection(kind: .municipality)
/// for pair in projection.pairs {
///     print(pair.a, pair.b, pair.weight)   // roros holtalen 3
/// }
/// ```
public struct CoMembershipProjection: Sendable {
    /// The kind of the projected entities.
    public let kind: EntityKind
    /// The relation type that makes an entity a member of a body.
    public let type: RelationType
    /// The projected entities (every entity of ``kind``), sorted by id. Pairs refer to them by
    /// position.
    public let entities: [EntityID]
    /// Row `a` holds the pairs `(a, b)` with `b > a` in `rowStart[a] ..< rowStart[a + 1]`.
    let rowStart: [Int]
    /// The second entity of each pair, ascending within a row.
    let partners: [Int32]
    /// The number of bodies each pair shares (at least 1).
    let weights: [Int32]

    /// A linked pair: `a` before `b` in id order, and the number of bodies both are members of.
    public struct Pair: Hashable, Sendable {
        public var a: EntityID
        public var b: EntityID
        public var weight: Int

        public init(a: EntityID, b: EntityID, weight: Int) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    /// The number of linked pairs.
    public var pairCount: Int { partners.count }

    /// Calls `body(a, b, weight)` for every linked pair, with `a` and `b` positions in
    /// ``entities`` and `a < b`, ordered by `a`, then `b`: the order of the entities' ids.
    ///
    /// - Complexity: O(*p*) for *p* pairs.
    public func forEachPair(_ body: (_ a: Int, _ b: Int, _ weight: Int) throws -> Void) rethrows {
        for a in 0..<entities.count {
            for index in rowStart[a]..<rowStart[a + 1] {
                try body(a, Int(partners[index]), Int(weights[index]))
            }
        }
    }

    /// Every linked pair, ordered by the first entity's id, then the second's.
    ///
    /// - Complexity: O(*p*) for *p* pairs.
    public var pairs: [Pair] {
        var result: [Pair] = []
        result.reserveCapacity(pairCount)
        forEachPair { a, b, weight in
            result.append(Pair(a: entities[a], b: entities[b], weight: weight))
        }
        return result
    }

    /// The number of bodies `a` and `b` are both members of (0 when they share none).
    ///
    /// - Complexity: O(log *n* + log *d*) for *n* projected entities and *d* partners of the
    ///   first of the two.
    public func weight(between a: EntityID, and b: EntityID) -> Int {
        guard a != b, let first = position(of: min(a, b)), let second = position(of: max(a, b))
        else { return 0 }
        var low = rowStart[first]
        var high = rowStart[first + 1]
        while low < high {
            let middle = (low + high) / 2
            if Int(partners[middle]) < second { low = middle + 1 } else { high = middle }
        }
        return low < rowStart[first + 1] && Int(partners[low]) == second ? Int(weights[low]) : 0
    }

    private func position(of id: EntityID) -> Int? {
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < entities.count && entities[low] == id ? low : nil
    }
}

extension Network {
    /// The weighted co-membership projection onto the entities of `kind`: for every two of them
    /// that are both members of at least one body (through relations of `type`), the number of
    /// bodies they share. A body counts once per pair however many relations say so.
    ///
    /// ```swift
    /// let projection = network.coMembershipProjection(kind: .municipality)
    /// projection.weight(between: "holtalen", and: "roros")   // councils, forums and companies both are in
    /// ```
    ///
    /// It works body by body, not pair by pair: each body's member list is built once, and the
    /// pairs of each entity are counted in a sparse accumulator that is reset between entities.
    ///
    /// - Complexity: O(*n* + *m* + Σ *k*ᵢ² + *p* log *p*) for *n* entities, *m* relations,
    ///   bodies with *k*ᵢ members of `kind`, and *p* linked pairs; O(*n* + *m* + *p*) memory.
    public func coMembershipProjection(
        kind: EntityKind = .municipality, via type: RelationType = .memberOf
    ) -> CoMembershipProjection {
        // The projected entities, numbered 0 ..< count in id order.
        var local = [Int32](repeating: -1, count: entities.count)
        var projected: [EntityID] = []
        for position in entities.indices where entities[position].kind == kind {
            local[position] = Int32(projected.count)
            projected.append(entities[position].id)
        }
        let count = projected.count

        // Each projected entity's bodies, without repeats, and each body's projected members,
        // ascending (compressed rows).
        var bodyMemberCount = [Int32](repeating: 0, count: entities.count)
        var entityBodyStart = [Int](repeating: 0, count: count + 1)
        var entityBodies: [Int32] = []
        // The last projected entity seen to be a member of each body.
        var lastMember = [Int32](repeating: -1, count: entities.count)
        for (position, entity) in local.enumerated() where entity >= 0 {
            forEachOutgoing(at: position) { relation, target in
                if relationType(at: relation) == type, lastMember[target] != entity {
                    lastMember[target] = entity
                    bodyMemberCount[target] += 1
                    entityBodies.append(Int32(target))
                }
            }
            entityBodyStart[Int(entity) + 1] = entityBodies.count
        }
        var bodyStart = [Int](repeating: 0, count: entities.count + 1)
        for body in 0..<entities.count { bodyStart[body + 1] = bodyStart[body] + Int(bodyMemberCount[body]) }
        var members = [Int32](repeating: 0, count: bodyStart[entities.count])
        var fill = Array(bodyStart.dropLast())
        // Entities are visited in ascending order, so each body's members come out ascending.
        for entity in 0..<count {
            for body in entityBodies[entityBodyStart[entity]..<entityBodyStart[entity + 1]] {
                members[fill[Int(body)]] = Int32(entity)
                fill[Int(body)] += 1
            }
        }
        // For each body, the next member to pair with a later one: as `a` ascends, `a` is
        // always the member at the body's cursor.
        var cursor = Array(bodyStart.dropLast())

        var accumulator = [Int32](repeating: 0, count: count)
        var touched: [Int32] = []
        var rowStart = [Int](repeating: 0, count: count + 1)
        var partners: [Int32] = []
        var weights: [Int32] = []
        do {
            let members = members.span
            let bodyStart = bodyStart.span
            let entityBodies = entityBodies.span
            var cursor = cursor.mutableSpan
            var accumulator = accumulator.mutableSpan
            for a in 0..<count {
                let bodiesOfA = entityBodyStart[a]..<entityBodyStart[a + 1]
                // The later members of a's bodies: one count for each.
                var counts = 0
                for index in bodiesOfA {
                    let body = Int(entityBodies[index])
                    cursor[body] += 1  // past `a`
                    counts += bodyStart[body + 1] - cursor[body]
                }
                if counts * 4 >= count - a {
                    // A dense row: count without noting who was counted, then read the
                    // accumulator in order. Every member index is within `members`, and every
                    // member is below `count`, by construction.
                    for index in bodiesOfA {
                        let body = Int(entityBodies[index])
                        for member in cursor[body]..<bodyStart[body + 1] {
                            let b = Int(unsafe members[unchecked: member])
                            unsafe accumulator[unchecked: b] &+= 1
                        }
                    }
                    for b in (a + 1)..<count where accumulator[b] != 0 {
                        partners.append(Int32(b))
                        weights.append(accumulator[b])
                        accumulator[b] = 0
                    }
                } else {
                    for index in bodiesOfA {
                        let body = Int(entityBodies[index])
                        for member in cursor[body]..<bodyStart[body + 1] {
                            let b = Int(members[member])
                            let shared = accumulator[b]
                            if shared == 0 { touched.append(Int32(b)) }
                            accumulator[b] = shared + 1
                        }
                    }
                    touched.sort()
                    for b in touched {
                        partners.append(b)
                        weights.append(accumulator[Int(b)])
                        accumulator[Int(b)] = 0
                    }
                    touched.removeAll(keepingCapacity: true)
                }
                rowStart[a + 1] = partners.count
            }
        }
        return CoMembershipProjection(
            kind: kind, type: type, entities: projected, rowStart: rowStart, partners: partners,
            weights: weights)
    }
}
