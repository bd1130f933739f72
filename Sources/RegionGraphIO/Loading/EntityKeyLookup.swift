import RegionGraph

/// Finds the ends of `relations.csv` rows among a list of ids (the valid entities', or the rows
/// of a table of entities), by their UTF-8 bytes, a batch of rows at a time: an end is found as
/// its place in the list, the first place when an id is listed twice.
///
/// The ends of a whole batch are hashed first and the places they would be found at read
/// ahead, many reads at once (``ByteKeyTable/prefetch(hashes:)``); each end is then found in
/// the processor's caches, where looking the ends up one after another waits for memory twice
/// an end.
///
/// ```swift
/// var lookup = EntityKeyLookup(ids: table.ids)
/// lookup.prepare(ends: batchEnds)
/// lookup.place(ofEnd: 0, in: batchEnds)   // the row of the table that defines the first end
/// ```
struct EntityKeyLookup: Sendable {
    /// The ids as UTF-8 keys, each with its place in the list.
    private let entities: ByteKeyTable<Int32>
    /// The hashes of the ends of the batch being looked up (``prepare(ends:)``).
    private var hashes: [UInt64] = []
    /// A number made of what was read ahead, kept so that those reads are not left out.
    private var prefetched: UInt32 = 0

    /// - Complexity: O(*b*) for ids of *b* bytes in all.
    init<IDs: Collection<String>>(ids: IDs) {
        entities = ByteKeyTable(ids.enumerated().lazy.map { (key: $0.element, value: Int32(truncatingIfNeeded: $0.offset)) })
    }

    /// Hashes `ends` (the ids a batch of rows names) and reads ahead where they would be found,
    /// for ``place(ofEnd:in:)``.
    ///
    /// - Complexity: O(*b*) for ends of *b* bytes in all.
    mutating func prepare(ends: [UnsafeBufferPointer<UInt8>]) {
        hashes.removeAll(keepingCapacity: true)
        for end in ends { hashes.append(ByteKeys.hash(end)) }
        prefetched &+= hashes.withUnsafeBufferPointer { entities.prefetch(hashes: $0) }
    }

    /// The place in the list of `ends[index]`, of the ends last prepared; `nil` when it is not
    /// listed.
    ///
    /// - Complexity: O(*k*) for an end of *k* bytes, on average.
    @inline(__always)
    func place(ofEnd index: Int, in ends: [UnsafeBufferPointer<UInt8>]) -> Int32? {
        entities.find(ends[index], hash: hashes[index])
    }
}
