/// A 64-bit hash of bytes that may come in pieces: four lanes of xxHash64's round, 32 bytes at
/// a time, and MurmurHash3's finish, so that tens of megabytes hash in a few milliseconds. It tells versions of a
/// file or of a cache entry apart (the snapshot's key and every entry's checksum); it is not
/// for adversaries.
///
/// Feeding the same bytes in any pieces gives the same hash.
///
/// ```swift
/// var hash = ContentHash()
/// hash.add(first)
/// hash.add(second)
/// hash.value == ContentHash.of(first + second)   // true
/// ```
struct ContentHash {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
        0x9e37_79b9_7f4a_7c15, 0xc2b2_ae3d_27d4_eb4f, 0x1656_67b1_9e37_79f9, 0x27d4_eb2f_1656_67c5
    )
    /// The bytes of an unfinished round, and their number.
    private var pending = [UInt8](repeating: 0, count: 32)
    private var pendingCount = 0
    private var length: UInt64 = 0

    init() {}

    /// The hash of `bytes`.
    ///
    /// - Complexity: O(*n*).
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.value
    }

    /// The hash of `bytes`.
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// Adds the next bytes.
    ///
    /// - Complexity: O(*n*).
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var offset = 0
        if pendingCount > 0 {
            let taken = min(32 - pendingCount, bytes.count)
            for index in 0..<taken { pending[pendingCount + index] = bytes[index] }
            pendingCount += taken
            offset = taken
            guard pendingCount == 32 else { return }
            pending.withUnsafeBytes { round($0, at: 0) }
            pendingCount = 0
        }
        while offset + 32 <= bytes.count {
            round(bytes, at: offset)
            offset += 32
        }
        for index in offset..<bytes.count { pending[index - offset] = bytes[index] }
        pendingCount = bytes.count - offset
    }

    /// The hash of every byte added.
    var value: UInt64 {
        var (a, b, c, d) = lanes
        var tail: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        pending.withUnsafeBytes { raw in
            for index in 0..<pendingCount {
                let shifted = UInt64(raw[index]) << (8 * UInt64(index % 8))
                switch index / 8 {
                case 0: tail.0 |= shifted
                case 1: tail.1 |= shifted
                case 2: tail.2 |= shifted
                default: tail.3 |= shifted
                }
            }
        }
        a ^= Self.mixed(tail.0)
        b ^= Self.mixed(tail.1)
        c ^= Self.mixed(tail.2)
        d ^= Self.mixed(tail.3)
        var h = length
        for lane in [a, b, c, d] {
            h ^= Self.mixed(lane)
            h = ((h << 27) | (h >> 37)) &* 5 &+ 0x52dc_e729
        }
        return Self.avalanche(h)
    }

    /// MurmurHash3's finish: every bit of `h` moves every bit of the result.
    static func avalanche(_ h: UInt64) -> UInt64 {
        var h = h
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    @inline(__always)
    private mutating func round(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        @inline(__always) func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + at, as: UInt64.self))
        }
        lanes.0 = Self.step(lanes.0, word(0))
        lanes.1 = Self.step(lanes.1, word(8))
        lanes.2 = Self.step(lanes.2, word(16))
        lanes.3 = Self.step(lanes.3, word(24))
    }

    @inline(__always)
    private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let h = lane &+ word &* 0xc2b2_ae3d_27d4_eb4f
        return ((h << 31) | (h >> 33)) &* 0x9e37_79b1_85eb_ca87
    }

    @inline(__always)
    private static func mixed(_ word: UInt64) -> UInt64 {
        let k = word &* 0x87c3_7b91_1142_53d5
        return ((k << 31) | (k >> 33)) &* 0x4cf5_ad43_2745_937f
    }
}
