import RegionGraph

/// Finds the ends of `relations.csv` rows among the valid entities, by the UTF-8 bytes of their
/// ids: each looked up in a table of the ids, or found to be the last row's.
///
/// ```swift
/// var lookup = EntityKeyLookup(entities: builder.entityPositions)
/// if let (from, to) = lookup.ends(from: fromBytes, to: toBytes) { … }
/// ```
struct EntityKeyLookup {
    /// The valid entities' ids as UTF-8 keys.
    private let entities: ByteKeyTable<NetworkBuilder.EntityPosition>
    /// The ids the last row named, and their positions: rows are often grouped by one end.
    /// Their bytes are the caller's; ``forgetLastKeys()`` before they change.
    private var lastFrom = LastKey()
    private var lastTo = LastKey()

    /// - Complexity: O(*b*) for ids of *b* bytes in all.
    init<Entities: Collection<(id: EntityID, position: NetworkBuilder.EntityPosition)>>(entities: Entities) {
        self.entities = ByteKeyTable(entities.lazy.map { (key: $0.id.rawValue, value: $0.position) })
    }

    /// The positions of the entities whose ids are `from` and `to`; `nil` when either is not
    /// a valid entity's.
    ///
    /// - Complexity: O(*k*) for ids of *k* bytes, on average.
    @inline(__always)
    mutating func ends(
        from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>
    ) -> (from: NetworkBuilder.EntityPosition, to: NetworkBuilder.EntityPosition)? {
        guard let source = Self.position(of: from, in: entities, cache: &lastFrom),
            let target = Self.position(of: to, in: entities, cache: &lastTo)
        else { return nil }
        return (source, target)
    }

    /// The position of the entity whose id is `key`; the id of the last row is looked at
    /// first.
    @inline(__always)
    private static func position(
        of key: UnsafeBufferPointer<UInt8>, in entities: ByteKeyTable<NetworkBuilder.EntityPosition>,
        cache: inout LastKey
    ) -> NetworkBuilder.EntityPosition? {
        if let position = cache.position, cache.bytes.count == key.count, let last = cache.bytes.baseAddress,
            ByteKeys.equal(last, key)
        {
            return position
        }
        let position = entities.find(key)
        cache = LastKey(bytes: key, position: position)
        return position
    }

    /// Forgets the ids of the last row: the bytes they were read from are about to change.
    mutating func forgetLastKeys() {
        lastFrom = LastKey()
        lastTo = LastKey()
    }
}

/// An id read from the last row (the bytes it was read from), and the position it names
/// (`nil` for none).
private struct LastKey {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var position: NetworkBuilder.EntityPosition?
}

