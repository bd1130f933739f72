/// The warnings about relations between valid entities that state the same fact twice.
extension NetworkBuilder {
    /// Warns about every relation between valid entities that repeats an earlier one: the same
    /// ends, type, role and validity.
    ///
    /// - Complexity: O(*n* + *m*), plus O(*r* log *r*) for the *r* relations whose source has
    ///   another relation to the same target.
    mutating func reportRelationsStatedTwice(_ adjacency: Adjacency) {
        // For the source at hand: the targets seen (stamped with the source's position + 1)
        // and how many of its relations go to each.
        var stamp = [Int32](repeating: 0, count: entities.count)
        var count = [Int32](repeating: 0, count: entities.count)
        var candidates: [UInt64] = []
        for position in 0..<entities.count {
            let outgoing = adjacency.outgoing(of: position)
            guard outgoing.count > 1 else { continue }
            let mark = Int32(position + 1)
            var repeated = false
            for relation in outgoing {
                let target = Int(ends[Int(relation)].to)
                if stamp[target] != mark {
                    stamp[target] = mark
                    count[target] = 1
                } else {
                    count[target] += 1
                    repeated = true
                }
            }
            guard repeated else { continue }
            // The relations to repeated targets, grouped by target, in the order they were read.
            candidates.removeAll(keepingCapacity: true)
            for relation in outgoing where count[Int(ends[Int(relation)].to)] > 1 {
                candidates.append(UInt64(UInt32(ends[Int(relation)].to)) << 32 | UInt64(UInt32(relation)))
            }
            candidates.sort()
            var groupStart = 0
            while groupStart < candidates.count {
                var groupEnd = groupStart + 1
                while groupEnd < candidates.count, candidates[groupEnd] >> 32 == candidates[groupStart] >> 32 {
                    groupEnd += 1
                }
                let group = candidates[groupStart..<groupEnd].map { Int($0 & 0xFFFF_FFFF) }
                reportStatedTwice(among: group)
                groupStart = groupEnd
            }
        }
    }

    /// Warns about each relation of `group` (relations between the same ends, in the order
    /// read) that states the same fact as an earlier one.
    private mutating func reportStatedTwice(among group: [Int]) {
        if group.count <= 8 {
            for (index, later) in group.enumerated().dropFirst() {
                for earlier in group.prefix(index) where stateTheSame(earlier, later) {
                    warnStatedTwice(later, first: earlier)
                    break
                }
            }
            return
        }
        var first: [StatedFact: Int] = [:]
        for relation in group {
            let fact = self.fact(relation)
            if let earlier = first[fact] {
                warnStatedTwice(relation, first: earlier)
            } else {
                first[fact] = relation
            }
        }
    }

    /// What makes two relations between the same ends the same fact.
    private struct StatedFact: Hashable {
        var type: RelationType
        var role: String
        var validity: Validity
    }

    private func fact(_ relation: Int) -> StatedFact {
        StatedFact(
            type: ends[relation].type, role: relations.role(at: relation) ?? "",
            validity: relations.validity(at: relation))
    }

    private func stateTheSame(_ a: Int, _ b: Int) -> Bool {
        guard ends[a].to == ends[b].to, ends[a].type == ends[b].type else { return false }
        return (relations.role(at: a) ?? "") == (relations.role(at: b) ?? "")
            && relations.validity(at: a) == relations.validity(at: b)
    }

    private mutating func warnStatedTwice(_ relation: Int, first: Int) {
        let end = ends[relation]
        let label = writtenLabels[relation]
            ?? "\(entityIDs[Int(end.from)].rawValue) \(end.type.rawValue) \(entityIDs[Int(end.to)].rawValue)"
        let firstLocation = location(locations[first])
        warning(location(locations[relation]),
            "relation '\(label)' is stated twice",
            hint: "first stated at \(firstLocation.map(\.description) ?? "another record"); merge their sources into one relation")
    }
}
