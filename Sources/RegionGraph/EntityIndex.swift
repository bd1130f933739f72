/// The positions of entities by id, in a network whose entities are sorted by id (the order of
/// the ids' UTF-8 bytes): found by binary search over the ids alone, kept in an array of their
/// own, so nothing is hashed when a network is made and a search or a list of answers reads
/// 16 bytes per entity, not the whole entity.
///
/// Ids are compared by their bytes, as they are sorted. Where an id occurs more than once, its
/// first position is given.
///
/// ```swift
/// let index = EntityIndex(sortedEntities: entities)
/// index[EntityID("roros")]   // 17, or nil when no entity has that id
/// ```
struct EntityIndex: Sendable {
    /// The entities' ids, by position.
    let ids: [EntityID]

    /// - Precondition: `sortedEntities` are sorted by id (``Network/sortedByID(_:)``).
    init(sortedEntities: [Entity]) {
        ids = sortedEntities.map(\.id)
    }

    /// - Precondition: `ids` are sorted (by their UTF-8 bytes).
    init(ids: [EntityID]) {
        self.ids = ids
    }

    /// The position of the first entity with this id, or `nil`.
    ///
    /// - Complexity: O(log *n*) comparisons of ids.
    subscript(id: EntityID) -> Int? {
        let wanted = id.rawValue.utf8.span
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if utf8Order(ids[middle].rawValue.utf8.span, wanted) < 0 {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < ids.count, utf8Order(ids[low].rawValue.utf8.span, wanted) == 0 else { return nil }
        return low
    }
}

/// The order of two texts' UTF-8 bytes, which is the order of their Unicode scalars: negative,
/// zero or positive. The bytes are compared eight at a time: sorted ids share long beginnings.
///
/// ```swift
/// utf8Order("holtalen".utf8.span, "roros".utf8.span) < 0   // true
/// ```
///
/// - Complexity: O(*k*) for a common beginning of *k* bytes.
func utf8Order(_ left: Span<UInt8>, _ right: Span<UInt8>) -> Int {
    let common = min(left.count, right.count)
    var index = 0
    let (leftBytes, rightBytes) = (left.bytes, right.bytes)
    while index + 8 <= common {
        let a = UInt64(bigEndian: leftBytes.unsafeLoadUnaligned(fromByteOffset: index, as: UInt64.self))
        let b = UInt64(bigEndian: rightBytes.unsafeLoadUnaligned(fromByteOffset: index, as: UInt64.self))
        if a != b { return a < b ? -1 : 1 }
        index += 8
    }
    while index < common {
        let (a, b) = (left[index], right[index])
        if a != b { return Int(a) - Int(b) }
        index += 1
    }
    return left.count - right.count
}
