/// The warning about `part_of` relations that go round in a circle.
extension NetworkBuilder {
    /// Warns once about every cycle of `part_of` relations (Røros part of Fjellregionen, part
    /// of Røros): a whole cannot be part of its own part, so one of them is the wrong way
    /// round or of the wrong type. The warning stands at the relation of the cycle read first.
    ///
    /// - Complexity: O(*n* + *m*): one depth-first search over the `part_of` relations.
    mutating func reportPartOfCycles(_ adjacency: Adjacency) {
        // 0: not yet visited, 1: on the current path, 2: done.
        var state = [UInt8](repeating: 0, count: entities.count)
        // The current path: each entity's position and the part_of relation followed to reach
        // the next one.
        var path: [(entity: Int, relation: Int)] = []
        var cycles: [[Int]] = []
        for root in 0..<entities.count where state[root] == 0 {
            // An explicit stack of (entity, index of the next outgoing relation to look at).
            var stack: [(entity: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let outgoing = adjacency.outgoing(of: top.entity)
                var index = outgoing.startIndex + top.next
                while index < outgoing.endIndex, ends[Int(outgoing[index])].type != .partOf { index += 1 }
                guard index < outgoing.endIndex else {
                    state[top.entity] = 2
                    stack.removeLast()
                    if !path.isEmpty { path.removeLast() }
                    continue
                }
                stack[stack.count - 1].next = index + 1 - outgoing.startIndex
                let relation = Int(outgoing[index])
                let whole = Int(ends[relation].to)
                switch state[whole] {
                case 0:
                    path.append((top.entity, relation))
                    state[whole] = 1
                    stack.append((whole, 0))
                case 1:
                    // Back to an entity on the path: the relations from it to here, and this one.
                    let start = path.lastIndex { $0.entity == whole } ?? path.count
                    cycles.append(path[start...].map(\.relation) + [relation])
                default:
                    break
                }
            }
        }
        for cycle in cycles {
            let first = cycle.min()!
            // Named from the relation read first, round to it again.
            let rotation = cycle.firstIndex(of: first)!
            let ordered = Array(cycle[rotation...] + cycle[..<rotation])
            let names = ordered.map { entities[Int(ends[$0].from)].name } + [entities[Int(ends[first].from)].name]
            warning(location(locations[first]),
                "'part_of' goes round in a circle: " + names.joined(separator: " → "),
                hint: "a whole cannot be part of its own part: turn one of these relations round or give it another type")
        }
    }
}
