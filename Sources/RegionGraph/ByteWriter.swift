/// Writes values as bytes for ``NetworkCodec``: whole numbers of variable length (seven bits a
/// byte), fixed-width little-endian words, and texts as their length and UTF-8 bytes.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// A whole number from 0 to `UInt64.max`, in one to ten bytes.
    mutating func count(_ value: Int) {
        var value = UInt64(truncatingIfNeeded: value)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Four bytes, little-endian.
    mutating func word(_ value: UInt32) {
        // Four single appends: much quicker than appending a buffer of four.
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }

    /// A column of words: four bytes each, little-endian.
    mutating func words<Values: Collection<UInt32>>(_ values: Values) {
        count(values.count)
        bytes.reserveCapacity(bytes.count + 4 * values.count)
        for value in values { word(value) }
    }

    /// Bytes as they are, after their number.
    mutating func blob(_ value: [UInt8]) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    /// `count` rows of `size` bytes each, which `fill` writes into the raw buffer given, row
    /// after row (the buffer starts zeroed). Quicker than appending each value.
    mutating func rows(count: Int, size: Int, _ fill: (UnsafeMutableRawBufferPointer) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count * size))
        bytes.withUnsafeMutableBytes { fill(UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
    }

    /// Makes room for `count` more bytes.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    mutating func text(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func text(_ value: String?) {
        flag(value != nil)
        if let value { text(value) }
    }

    /// A date as its ``PartialDate/packed`` form, 0 for none.
    mutating func date(_ value: PartialDate?) { word(value?.packed ?? 0) }
}
