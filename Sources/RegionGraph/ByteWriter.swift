/// Writes values as bytes for ``NetworkCodec``: whole numbers of variable length (seven bits a
/// byte), fixed-width little-endian words, and texts as their length and UTF-8 bytes.
///
/// A writer keeps its bytes (``bytes``), or, made with ``init(emitting:)``, hands them on
/// about every ``bufferSize`` bytes (``flushIfFull()``), so that megabytes of output never
/// sit in memory at once.
struct ByteWriter {
    /// The bytes written and not yet handed on.
    private(set) var bytes: [UInt8] = []
    /// Where a streaming writer hands its bytes; `nil` for one that keeps them.
    private let emit: ((UnsafeRawBufferPointer) -> Void)?

    /// How many bytes a streaming writer gathers before handing them on: 64 KB.
    static let bufferSize = 64 << 10

    init() { emit = nil }

    /// A writer that hands its bytes to `emit`, in order, a buffer at a time.
    init(emitting emit: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.emit = emit
        bytes.reserveCapacity(Self.bufferSize + 1024)
    }

    /// Hands the bytes gathered on when they fill a buffer (a streaming writer only).
    mutating func flushIfFull() {
        if emit != nil, bytes.count >= Self.bufferSize { flush() }
    }

    /// Hands every byte gathered on (a streaming writer only).
    mutating func flush() {
        guard let emit, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(emit)
        bytes.removeAll(keepingCapacity: true)
    }

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

    /// Bytes as they are, without their number (the reader knows it some other way).
    mutating func bytes(_ values: [UInt8]) { bytes.append(contentsOf: values) }

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
        if let emit, value.count >= Self.bufferSize {
            flush()
            value.withUnsafeBytes(emit)
        } else {
            bytes.append(contentsOf: value)
            flushIfFull()
        }
    }

    /// `count` rows of `size` bytes each, which `fill` writes, a run of rows at a time: it is
    /// given the rows' numbers and a raw buffer that starts zeroed, the first of them at its
    /// start. Quicker than appending each value. A writer that keeps its bytes asks for all
    /// rows at once; a streaming one, for a buffer's worth at a time.
    mutating func rows(count: Int, size: Int, _ fill: (Range<Int>, UnsafeMutableRawBufferPointer) -> Void) {
        let run = emit == nil ? max(1, count) : max(1, Self.bufferSize / size)
        for first in stride(from: 0, to: count, by: run) {
            let rows = first..<min(count, first + run)
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: rows.count * size))
            bytes.withUnsafeMutableBytes { fill(rows, UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            flushIfFull()
        }
    }

    /// Makes room for `count` more bytes (a writer that keeps its bytes; a streaming one has
    /// its buffer).
    mutating func reserve(_ count: Int) {
        if emit == nil { bytes.reserveCapacity(bytes.count + count) }
    }

    mutating func text(_ value: String) {
        count(value.utf8.count)
        bytes.append(utf8Of: value)
    }

    mutating func text(_ value: String?) {
        flag(value != nil)
        if let value { text(value) }
    }

    /// A date as its ``PartialDate/packed`` form, 0 for none.
    mutating func date(_ value: PartialDate?) { word(value?.packed ?? 0) }
}
