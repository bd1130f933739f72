extension Network {
    /// The shortest chain of relations connecting `start` to `goal`, each relation walked in
    /// either direction; `nil` when they are not connected, `[]` when they are the same entity.
    ///
    /// Among chains of the same length, the one found by visiting neighbours in id order wins,
    /// so the answer is the same for the same data.
    ///
    /// ```swift
    /// let steps = network.path(from: "tynset", to: "ostersund")
    /// steps?.map { "\($0.from.name) \($0.phrase) \($0.to.name)" }
    /// ```
    ///
    /// - Complexity: O(*n* + *m* log *m*) — a breadth-first search.
    public func path(from start: EntityID, to goal: EntityID) -> [PathStep]? {
        guard let startIndex = entityIndex[start], let goalIndex = entityIndex[goal] else {
            return nil
        }
        if startIndex == goalIndex { return [] }
        var previous = [Int?](repeating: nil, count: entities.count)  // relation position
        var visited = [Bool](repeating: false, count: entities.count)
        visited[startIndex] = true
        var queue = [startIndex]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            var edges: [(other: Int, position: Int)] = []
            for position in outgoing[current] + incoming[current] {
                let end = ends[position]
                edges.append((Int(end.from) == current ? Int(end.to) : Int(end.from), position))
            }
            edges.sort { $0.other != $1.other ? $0.other < $1.other : $0.position < $1.position }
            for (other, position) in edges where !visited[other] {
                visited[other] = true
                previous[other] = position
                if other == goalIndex { return steps(to: goalIndex, via: previous) }
                queue.append(other)
            }
        }
        return nil
    }

    private func steps(to goal: Int, via previous: [Int?]) -> [PathStep] {
        var steps: [PathStep] = []
        var current = goal
        while let position = previous[current] {
            let relation = self.relation(at: position)
            let end = ends[position]
            let other = Int(end.from) == current ? Int(end.to) : Int(end.from)
            steps.append(PathStep(from: entities[other], to: entities[current], relation: relation))
            current = other
        }
        return steps.reversed()
    }
}
