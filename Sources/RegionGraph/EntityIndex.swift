/// The positions of entities by id, in a network whose entities are sorted by id (the order of
/// the ids' UTF-8 bytes): found by binary search, so nothing is built or hashed when a network
/// is made, and nothing is kept but the entities themselves.
///
/// Ids are compared by their bytes, as they are sorted. Where an id occurs more than once, its
/// first position is given.
///
/// ```swift
/// let index = EntityIndex(sortedEntities: entities)
/// index[EntityID("roros")]   // 17, or nil when no entity has that id
/// ```
struct EntityIndex: Sendable {
    private let entities: [Entity]

    /// - Precondition: `sortedEntities` are sorted by id (``Network/sortedByID(_:)``).
    init(sortedEntities: [Entity]) {
        entities = sortedEntities
    }

    /// The position of the first entity with this id, or `nil`.
    ///
    /// - Complexity: O(log *n*) comparisons of ids.
    subscript(id: EntityID) -> Int? {
        let wanted = id.rawValue.utf8.span
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if utf8Order(entities[middle].id.rawValue.utf8.span, wanted) < 0 {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < entities.count, utf8Order(entities[low].id.rawValue.utf8.span, wanted) == 0 else { return nil }
        return low
    }
}

/// The order of two texts' UTF-8 bytes: negative, zero or positive.
func utf8Order(_ left: Span<UInt8>, _ right: Span<UInt8>) -> Int {
    let common = min(left.count, right.count)
    var index = 0
    while index < common {
        let a = left[index]
        let b = right[index]
        if a != b { return Int(a) - Int(b) }
        index += 1
    }
    return left.count - right.count
}
