/// Each entity's outgoing and incoming relations, as compressed rows: the relations of entity
/// `p` are `outgoingList[outgoingStart[p] ..< outgoingStart[p + 1]]`, ascending.
struct Adjacency: Sendable {
    let outgoingStart: [Int]
    let outgoingList: [Int32]
    let incomingStart: [Int]
    let incomingList: [Int32]

    init(outgoing: AdjacencyLists, incoming: AdjacencyLists) {
        outgoingStart = outgoing.start
        outgoingList = outgoing.items
        incomingStart = incoming.start
        incomingList = incoming.items
    }

    /// The adjacency of the relations `ends`; the two directions are built on two threads
    /// when there are many relations.
    ///
    /// - Complexity: O(*n* + *m*). Relations with an end outside the entities are left out.
    init(entityCount: Int, ends: [RelationEnds]) {
        // The ends do not change while they are read: both lists are always made.
        let lists = ends.withUnsafeBufferPointer { ends in
            ConcurrentJobs.results(
                of: {
                    AdjacencyLists(entityCount: entityCount, relationCount: ends.count) {
                        ends[$0].to >= 0 ? ends[$0].from : -1
                    }!
                },
                {
                    AdjacencyLists(entityCount: entityCount, relationCount: ends.count) {
                        ends[$0].from >= 0 ? ends[$0].to : -1
                    }!
                },
                together: ends.count >= ConcurrentJobs.itemsWorthTwoThreads)
        }
        self.init(outgoing: lists.0, incoming: lists.1)
    }

    @inline(__always) func outgoing(of position: Int) -> ArraySlice<Int32> {
        outgoingList[outgoingStart[position]..<outgoingStart[position + 1]]
    }

    @inline(__always) func incoming(of position: Int) -> ArraySlice<Int32> {
        incomingList[incomingStart[position]..<incomingStart[position + 1]]
    }
}

/// One direction of ``Adjacency``: `lists[p]` is the relations of entity `p` at that end.
struct AdjacencyLists: Sendable {
    let start: [Int]
    let items: [Int32]

    init(start: [Int], items: [Int32]) {
        self.start = start
        self.items = items
    }

    /// The lists of relations `0 ..< relationCount` by the entity at one of their ends:
    /// `end(r)` is that entity's position for relation `r`, or a number outside
    /// `0 ..< entityCount` to leave `r` out. Each list is ascending.
    ///
    /// `end` is called twice for each relation, to count and then to place. The lists are
    /// `nil` when the two calls do not agree (`end` reads bytes that changed, say): nothing is
    /// ever placed out of bounds.
    ///
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations.
    @inline(__always)
    init?(entityCount: Int, relationCount: Int, end: (Int) -> Int32) {
        var start = [Int](repeating: 0, count: entityCount + 1)
        start.withUnsafeMutableBufferPointer { start in
            for relation in 0..<relationCount {
                let entity = Int(end(relation))
                if UInt(bitPattern: entity) < UInt(entityCount) { start[entity + 1] += 1 }
            }
            for position in 0..<entityCount { start[position + 1] += start[position] }
        }
        var items = [Int32](repeating: -1, count: start[entityCount])
        var fill = start
        var agree = true
        items.withUnsafeMutableBufferPointer { items in
            fill.withUnsafeMutableBufferPointer { fill in
                for relation in 0..<relationCount {
                    let entity = Int(end(relation))
                    guard UInt(bitPattern: entity) < UInt(entityCount) else { continue }
                    guard fill[entity] < start[entity + 1] else {
                        agree = false
                        continue
                    }
                    items[fill[entity]] = Int32(relation)
                    fill[entity] += 1
                }
                // Every list full: no place left as it was made.
                for position in 0..<entityCount where fill[position] != start[position + 1] { agree = false }
            }
        }
        guard agree else { return nil }
        self.init(start: start, items: items)
    }

    subscript(position: Int) -> [Int] {
        items[start[position]..<start[position + 1]].map(Int.init)
    }
}
