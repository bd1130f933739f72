import Synchronization

/// The positions of a builder's valid entities by id, as `String`s compare them (canonically
/// equivalent spellings are one id), made from the entities' ids the first time an id is
/// looked up. A reader of a large spreadsheet finds ids by their bytes
/// (``NetworkBuilder/entityPositions``) and may never need it; records look ids up here.
///
/// Copies of a builder share it: it is made from ids that no longer change.
///
/// ```swift
/// let index = EntityIDIndex(ids: ["holtalen", "roros"])
/// index["roros"]   // 1
/// ```
final class EntityIDIndex: Sendable {
    private let ids: [EntityID]
    private let positions = Mutex<[EntityID: Int]?>(nil)

    /// The index of `ids`, by position; an id that repeats (as `String`s compare) is found at
    /// its first position.
    init(ids: [EntityID] = []) {
        self.ids = ids
    }

    /// The position of `id`, or `nil`.
    ///
    /// - Complexity: O(1) on average; the first lookup makes the index, in O(*n*) for *n* ids.
    subscript(id: EntityID) -> Int? {
        positions.withLock { positions in
            if let positions { return positions[id] }
            var made: [EntityID: Int] = [:]
            made.reserveCapacity(ids.count)
            for (position, id) in ids.enumerated() where made[id] == nil { made[id] = position }
            positions = made
            return made[id]
        }
    }
}
