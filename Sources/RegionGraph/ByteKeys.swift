/// The hash and the comparison of byte keys that the tables looked up with bytes share: the
/// texts of a network's relations (``TextTable``), and a reader's ids and texts.
///
/// Keys are read eight bytes at a time; a key's last bytes, when it has eight or more, as the
/// eight that end it.
///
/// ```swift
/// let same = ByteKeys.hash(a) == ByteKeys.hash(b) && a.count == b.count && ByteKeys.equal(a.baseAddress!, b)
/// ```
package enum ByteKeys {
    /// Whether the `key.count` bytes at `stored` are `key`'s.
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes.
    @inline(__always)
    package static func equal(_ stored: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = key.baseAddress else { return true }
        let (left, right) = (UnsafeRawPointer(stored), UnsafeRawPointer(base))
        let count = key.count
        guard count >= 8 else {
            for index in 0..<count where stored[index] != base[index] { return false }
            return true
        }
        var index = 0
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        // The last bytes, as the eight that end the key (some compared twice).
        return index == count
            || left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// Up to eight bytes of `key` from `start`, little-endian, zero-padded.
    @inline(__always)
    package static func word(_ key: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        let count = key.count
        guard start < count, let base = key.baseAddress else { return 0 }
        if start + 8 <= count {
            return UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self)
        }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var index = start
        while index < count {
            word |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        return word
    }

    /// A fast, well-mixed 64-bit hash of a byte string (for tables, not against adversaries).
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes.
    @inline(__always)
    package static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = key.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        if count < 8 {
            hash = (hash ^ word(key, from: 0)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
        } else {
            let raw = UnsafeRawPointer(key.baseAddress!)
            var index = 0
            while index + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                index += 8
            }
            if index < count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
            }
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
