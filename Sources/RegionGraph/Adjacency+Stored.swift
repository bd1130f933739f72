extension Adjacency {
    /// An adjacency read back from stored rows, when they are exactly the rows
    /// ``init(entityCount:ends:)`` builds from `ends`; `nil` otherwise.
    ///
    /// Checking costs less than building: every row must start where the previous one ended,
    /// and list ascending relations whose end is that entity, each relation once.
    ///
    /// - Complexity: O(*n* + *m*).
    init?(
        entityCount: Int, ends: [RelationEnds], outgoingStart: [UInt32], outgoingList: [UInt32],
        incomingStart: [UInt32], incomingList: [UInt32]
    ) {
        let relationCount = ends.reduce(0) { $0 + ($1.from >= 0 && $1.to >= 0 ? 1 : 0) }
        guard
            Self.isRows(outgoingStart, outgoingList, entityCount: entityCount, relationCount: relationCount, ends: ends, \.from),
            Self.isRows(incomingStart, incomingList, entityCount: entityCount, relationCount: relationCount, ends: ends, \.to)
        else { return nil }
        self.init(
            outgoingStart: outgoingStart.map(Int.init), outgoingList: outgoingList.map { Int32(bitPattern: $0) },
            incomingStart: incomingStart.map(Int.init), incomingList: incomingList.map { Int32(bitPattern: $0) })
    }

    private static func isRows(
        _ start: [UInt32], _ list: [UInt32], entityCount: Int, relationCount: Int, ends: [RelationEnds],
        _ end: KeyPath<RelationEnds, Int32>
    ) -> Bool {
        guard start.count == entityCount + 1, start.first == 0, Int(start[entityCount]) == list.count,
            list.count == relationCount
        else { return false }
        let ends = ends.span
        for position in 0..<entityCount {
            let (first, past) = (Int(start[position]), Int(start[position + 1]))
            guard first <= past, past <= list.count else { return false }
            var previous = -1
            for index in first..<past {
                let relation = Int(list[index])
                guard relation > previous, relation < ends.count, Int(ends[relation][keyPath: end]) == position
                else { return false }
                previous = relation
            }
        }
        return true
    }
}
