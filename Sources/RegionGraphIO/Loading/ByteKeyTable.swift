import RegionGraph

/// A read-only hash table from UTF-8 keys to values, looked up with bytes: a reader resolves
/// the ids in a row without making a `String` for each.
///
/// Keys are stored back to back in one buffer; the table is open addressing with linear
/// probing, at most half full. Each slot holds the key's place, length, a fingerprint of its
/// hash and the value, so a lookup reads one slot and, when the fingerprint matches, the key's
/// bytes: two memory accesses that may miss the cache, not three.
///
/// ```swift
/// let table = ByteKeyTable([(key: "roros", value: 0), (key: "os", value: 1)])
/// Array("os".utf8).withUnsafeBufferPointer { table.find($0) }   // 1
/// ```
struct ByteKeyTable<Value: Sendable>: Sendable {
    private struct Slot {
        var offset: UInt32 = 0
        var length: UInt32 = 0
        var fingerprint: UInt32 = 0
        /// `nil` for an empty slot.
        var value: Value?
    }

    private let storage: [UInt8]
    private let slots: [Slot]
    private let mask: Int

    /// A table of `entries`. When a key repeats, the first one's value is found.
    ///
    /// - Complexity: O(*b*) for keys of *b* bytes in all, on average.
    init<Entries: Collection<(key: String, value: Value)>>(_ entries: Entries) {
        var storage: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(entries.count + 1)
        var values: [Value] = []
        values.reserveCapacity(entries.count)
        for entry in entries {
            storage.append(utf8Of: entry.key)
            offsets.append(storage.count)
            values.append(entry.value)
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        storage.withUnsafeBufferPointer { bytes in
            for index in values.indices {
                let key = UnsafeBufferPointer(rebasing: bytes[offsets[index]..<offsets[index + 1]])
                let hash = ByteKeys.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                var repeated = false
                while slots[slot].value != nil {
                    let other = slots[slot]
                    if Int(other.length) == key.count,
                        ByteKeys.equal(bytes.baseAddress! + Int(other.offset), key)
                    {
                        repeated = true
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if !repeated {
                    slots[slot] = Slot(
                        offset: UInt32(offsets[index]), length: UInt32(key.count),
                        fingerprint: UInt32(truncatingIfNeeded: hash >> 32), value: values[index])
                }
            }
        }
        self.storage = storage
        self.slots = slots
        self.mask = mask
    }

    /// Reads, without using what it reads, where the keys of these ``ByteKeys`` hashes would be
    /// found: their slots, then the first bytes of the keys those slots hold. The reads of one
    /// step do not wait for each other, so the processor has many under way at once, where
    /// finding keys one after another waits for each read in turn; finding them next then
    /// finds them in its caches. Gives a number made of what it read, for the caller to keep
    /// (so that the reads are not left out).
    ///
    /// - Complexity: O(*n*) for *n* hashes.
    func prefetch(hashes: UnsafeBufferPointer<UInt64>) -> UInt32 {
        var sink: UInt32 = 0
        storage.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                for hash in hashes { sink &+= slots[Int(truncatingIfNeeded: hash) & mask].fingerprint }
                for hash in hashes {
                    let offset = Int(slots[Int(truncatingIfNeeded: hash) & mask].offset)
                    if offset < bytes.count { sink &+= UInt32(bytes[offset]) }
                }
            }
        }
        return sink
    }

    /// The value of `key`, or `nil`.
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes, on average.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        find(key, hash: ByteKeys.hash(key))
    }

    /// The value of `key`, whose ``ByteKeys`` hash is `hash`, or `nil`.
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes, on average.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        let fingerprint = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let candidate = slots[slot]
                    guard let value = candidate.value else { return nil }
                    if candidate.fingerprint == fingerprint, Int(candidate.length) == key.count,
                        ByteKeys.equal(bytes.baseAddress! + Int(candidate.offset), key)
                    {
                        return value
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}

/// A growing hash table from UTF-8 keys to values, looked up with bytes: readers use it to
/// share one value (a string, a citation array) among the many rows that spell it the same.
///
/// Each slot holds the value and the key's first 16 bytes, so finding a short key reads one
/// slot.
///
/// ```swift
/// var texts = ByteInternTable<String>()
/// let role = texts.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
/// ```
struct ByteInternTable<Value> {
    private struct Slot {
        var first: UInt64 = 0
        var second: UInt64 = 0
        /// -1 for an empty slot.
        var length: Int32 = -1
        var fingerprint: UInt32 = 0
        /// Where a key longer than 16 bytes is kept in `storage`.
        var offset: Int = 0
        var value: Value?
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var mask = 63
    private var storage: [UInt8] = []
    private(set) var count = 0

    /// The value stored for `key`, or the one `make` makes from the key's bytes, stored for
    /// the next time.
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes, on average.
    @inline(__always)
    mutating func value(for key: UnsafeBufferPointer<UInt8>, orMake make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        let hash = ByteKeys.hash(key)
        let fingerprint = UInt32(truncatingIfNeeded: hash >> 32)
        let first = ByteKeys.word(key, from: 0)
        let second = ByteKeys.word(key, from: 8)
        let length = Int32(truncatingIfNeeded: key.count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found: Value?? = slots.withUnsafeBufferPointer { slots in
                let candidate = slots[slot]
                if candidate.length < 0 { return .some(nil) }
                if candidate.fingerprint == fingerprint, candidate.length == length,
                    candidate.first == first, candidate.second == second,
                    length <= 16 || storage.withUnsafeBufferPointer({
                        ByteKeys.equal($0.baseAddress! + candidate.offset, key)
                    })
                {
                    return .some(candidate.value)
                }
                return nil
            }
            switch found {
            case .some(.some(let value)): return value
            case .some(.none): break  // an empty slot: insert here
            case .none:
                slot = (slot + 1) & mask
                continue
            }
            break
        }
        let value = make(key)
        var entry = Slot(first: first, second: second, length: length, fingerprint: fingerprint, value: value)
        if length > 16 {
            entry.offset = storage.count
            storage.append(contentsOf: key)
        }
        slots[slot] = entry
        count += 1
        if count * 2 > slots.count { grow() }
        return value
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        let mask = capacity - 1
        var grown = [Slot](repeating: Slot(), count: capacity)
        for slot in slots where slot.length >= 0 {
            // The fingerprint is the hash's high half; the low half is not kept, so hash again.
            var position = Int(truncatingIfNeeded: rehash(slot)) & mask
            while grown[position].length >= 0 { position = (position + 1) & mask }
            grown[position] = slot
        }
        self.slots = grown
        self.mask = mask
    }

    private func rehash(_ slot: Slot) -> UInt64 {
        if slot.length > 16 {
            return storage.withUnsafeBufferPointer {
                ByteKeys.hash(UnsafeBufferPointer(rebasing: $0[slot.offset..<(slot.offset + Int(slot.length))]))
            }
        }
        var words = (slot.first, slot.second)
        return withUnsafeBytes(of: &words) { raw in
            ByteKeys.hash(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Int(slot.length)]))
        }
    }
}
