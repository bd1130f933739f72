import Testing

@testable import RegionGraph

/// Keys read eight bytes at a time, their last bytes as the eight that end them: keys that
/// differ in any one byte, at any length, are told apart.
@Suite struct ByteKeysTests {
    @Test func keysThatDifferInOneByteAreNotEqual() {
        for length in 0...40 {
            let key = (0..<length).map { UInt8(truncatingIfNeeded: 0x61 + $0 * 7) }
            key.withUnsafeBufferPointer { key in
                #expect(ByteKeys.equal(key.baseAddress ?? UnsafePointer(bitPattern: 1)!, key))
            }
            for position in 0..<length {
                var other = key
                other[position] ^= 0x20
                let equal = key.withUnsafeBufferPointer { stored in
                    other.withUnsafeBufferPointer { ByteKeys.equal(stored.baseAddress!, $0) }
                }
                #expect(!equal, "length \(length), byte \(position)")
            }
        }
    }

    @Test func equalKeysHashAlikeAndOthersApart() {
        var hashes: [UInt64: [UInt8]] = [:]
        for length in 0...40 {
            let key = (0..<length).map { UInt8(truncatingIfNeeded: 0x30 + $0 * 5) }
            var variants = [key]
            for position in 0..<length {
                var other = key
                other[position] ^= 0x01
                variants.append(other)
            }
            for variant in variants {
                let hash = variant.withUnsafeBufferPointer { ByteKeys.hash($0) }
                // The same bytes elsewhere in memory hash alike.
                let copy = Array(variant)
                #expect(copy.withUnsafeBufferPointer { ByteKeys.hash($0) } == hash)
                #expect(hashes[hash] == nil || hashes[hash] == variant, "\(variant)")
                hashes[hash] = variant
            }
        }
        #expect(hashes.count > 800)
    }
}
