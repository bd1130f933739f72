/// Reads what a ``ByteWriter`` wrote, checking every length, count and value against the bytes
/// that are left: damaged bytes are ``NetworkCodec/Damaged``, never a crash or a huge
/// allocation.
struct ByteReader: ~Copyable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A reader of `bytes` from `offset` on.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
        self.bytes = bytes
        self.offset = min(max(0, offset), bytes.count)
    }

    /// The bytes read and where this reader is in them, for another reader to go on from
    /// (``init(_:from:)``), on another thread, say.
    var position: (bytes: UnsafeBufferPointer<UInt8>, offset: Int) { (bytes, offset) }

    /// Goes on from where another reader of the same bytes stopped.
    mutating func move(to offset: Int) {
        self.offset = min(max(self.offset, offset), bytes.count)
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(NetworkCodec.Damaged) -> UInt8 {
        guard offset < bytes.count else { throw NetworkCodec.Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A whole number that fits in an `Int32` (no count in a network is larger).
    mutating func count() throws(NetworkCodec.Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 35 else { throw NetworkCodec.Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int32.max) else { throw NetworkCodec.Damaged() }
        return Int(value)
    }

    /// A count of items that take at least `size` bytes each: never more than the bytes left
    /// can hold.
    mutating func count(ofItemsOf size: Int) throws(NetworkCodec.Damaged) -> Int {
        let value = try count()
        guard value <= (bytes.count - offset) / max(1, size) else { throw NetworkCodec.Damaged() }
        return value
    }

    /// A count no larger than `limit`.
    mutating func count(atMost limit: Int) throws(NetworkCodec.Damaged) -> Int {
        let value = try count()
        guard value <= limit else { throw NetworkCodec.Damaged() }
        return value
    }

    mutating func flag() throws(NetworkCodec.Damaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw NetworkCodec.Damaged()
        }
    }

    mutating func word() throws(NetworkCodec.Damaged) -> UInt32 {
        guard bytes.count - offset >= 4 else { throw NetworkCodec.Damaged() }
        defer { offset += 4 }
        return UInt32(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// A column of words, each checked by `check`.
    mutating func words(
        _ check: (UInt32) -> Bool = { _ in true }
    ) throws(NetworkCodec.Damaged) -> [UInt32] {
        let count = try count(ofItemsOf: 4)
        var values = [UInt32](repeating: 0, count: count)
        let raw = UnsafeRawBufferPointer(bytes)
        var valid = true
        values.withUnsafeMutableBufferPointer { values in
            for index in 0..<count {
                let value = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * index, as: UInt32.self))
                valid = valid && check(value)
                values[index] = value
            }
        }
        guard valid else { throw NetworkCodec.Damaged() }
        offset += 4 * count
        return values
    }

    /// A text: its length and UTF-8 bytes.
    mutating func text() throws(NetworkCodec.Damaged) -> String {
        // Bytes that are not UTF-8 (which the checksum keeps out) would be repaired, not trusted.
        String(decoding: try textBytes(), as: UTF8.self)
    }

    /// The bytes of a text, where they are.
    mutating func textBytes() throws(NetworkCodec.Damaged) -> UnsafeBufferPointer<UInt8> {
        let length = try count(ofItemsOf: 1)
        defer { offset += length }
        return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
    }

    /// The next `count` items of `size` bytes each, as raw bytes to read them from.
    mutating func region(count: Int, ofSize size: Int) throws(NetworkCodec.Damaged) -> UnsafeRawBufferPointer {
        guard count >= 0, size > 0, count <= (bytes.count - offset) / size else { throw NetworkCodec.Damaged() }
        defer { offset += count * size }
        return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[offset..<(offset + count * size)])
    }

    /// Bytes written by ``ByteWriter/blob(_:)``.
    mutating func blob() throws(NetworkCodec.Damaged) -> [UInt8] {
        Array(try region(count: try count(), ofSize: 1))
    }

    mutating func optionalText() throws(NetworkCodec.Damaged) -> String? {
        try flag() ? try text() : nil
    }

    /// A date written by ``ByteWriter/date(_:)``.
    mutating func date() throws(NetworkCodec.Damaged) -> PartialDate? {
        let packed = try word()
        guard packed != 0 else { return nil }
        guard let date = PartialDate(packed: packed) else { throw NetworkCodec.Damaged() }
        return date
    }

    /// One of `cases`, by its position.
    mutating func one<Case>(of cases: [Case]) throws(NetworkCodec.Damaged) -> Case {
        let index = Int(try byte())
        guard index < cases.count else { throw NetworkCodec.Damaged() }
        return cases[index]
    }
}
