/// Texts stored once each, as UTF-8 bytes one after the other, and referred to by number: text
/// number *k* (from 1) is the *k*-th, and 0 stands for no text. A text is made into a `String`
/// when it is asked for.
///
/// Texts are told apart by their UTF-8 bytes, not by `String`'s equality (which takes
/// canonically equivalent spellings as equal), so a text always comes back with the bytes it was
/// stored with.
struct TextTable: Sendable {
    /// Every text's bytes, in order.
    private(set) var bytes: [UInt8] = []
    /// Where each text ends in `bytes`; text *k* starts where text *k* − 1 ends.
    private(set) var ends: [UInt32] = []
    /// While texts are added: an open-addressing table of their numbers by the hash of their
    /// bytes (0 is an empty slot), at most half full. Texts are told apart by their bytes.
    private var slots: [UInt32] = []
    /// What ``prefetch(hashes:)`` read, kept so that its reads are not left out.
    private var prefetched: UInt32 = 0

    init() {}

    /// The table whose texts are `bytes`, cut at `ends` (ascending, the last at most
    /// `bytes.count`); `nil` when they do not fit.
    init?(bytes: [UInt8], ends: [UInt32]) {
        var previous: UInt32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) <= bytes.count else { return nil }
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of texts.
    var count: Int { ends.count }

    /// The text with number `number`, `nil` for 0 or a number not in the table.
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes.
    subscript(number: UInt32) -> String? {
        guard number != 0, Int(number) <= ends.count else { return nil }
        let start = number == 1 ? 0 : Int(ends[Int(number) - 2])
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<Int(ends[Int(number) - 1])]), as: UTF8.self)
        }
    }

    /// The number of `text`, added when new; 0 for `nil`.
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes, on average.
    mutating func number(of text: String?) -> UInt32 {
        guard var text else { return 0 }
        return text.withUTF8 { number(ofBytes: $0) }
    }

    /// The number of the text whose UTF-8 bytes are `text`, added when new; 0 when `text` is
    /// empty.
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes, on average.
    mutating func number(of text: Span<UInt8>) -> UInt32 {
        text.isEmpty ? 0 : text.withUnsafeBufferPointer { number(ofBytes: $0) }
    }

    /// The number of the text whose UTF-8 bytes are `text`, added when new.
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes, on average.
    mutating func number(ofBytes text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if (ends.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteKeys.hash(text)) & mask
        while slots[slot] != 0 {
            if self.text(slots[slot], equals: text) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        bytes.append(contentsOf: text)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
        let number = UInt32(truncatingIfNeeded: ends.count)
        slots[slot] = number
        return number
    }

    /// Reads, without using what it reads, where the texts of these hashes would be found:
    /// their slots, then the ends and the first bytes of the texts those slots hold. The
    /// reads of one step are independent of each other, so the processor has many under way
    /// at once, where numbering texts one after another waits for each read in turn; numbering
    /// the texts next then finds them in its caches.
    ///
    /// - Complexity: O(*n*) for *n* hashes.
    mutating func prefetch(hashes: UnsafeBufferPointer<UInt64>) {
        guard !slots.isEmpty, !ends.isEmpty else { return }
        let mask = slots.count - 1
        var sink: UInt32 = 0
        slots.withUnsafeBufferPointer { slots in
            ends.withUnsafeBufferPointer { ends in
                bytes.withUnsafeBufferPointer { bytes in
                    for hash in hashes { sink &+= slots[Int(truncatingIfNeeded: hash) & mask] }
                    for hash in hashes {
                        let number = Int(slots[Int(truncatingIfNeeded: hash) & mask])
                        if number > 1 { sink &+= ends[number - 2] }
                    }
                    for hash in hashes {
                        let number = Int(slots[Int(truncatingIfNeeded: hash) & mask])
                        if number > 1, Int(ends[number - 2]) < bytes.count { sink &+= UInt32(bytes[Int(ends[number - 2])]) }
                    }
                }
            }
        }
        prefetched = sink
    }

    /// Where the bytes of text `number` (1 or more) are.
    private func range(of number: UInt32) -> Range<Int> {
        (number == 1 ? 0 : Int(ends[Int(number) - 2]))..<Int(ends[Int(number) - 1])
    }

    private func text(_ number: UInt32, equals other: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: number)
        guard range.count == other.count else { return false }
        guard !other.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { bytes in
            ByteKeys.equal(bytes.baseAddress! + range.lowerBound, other)
        }
    }

    /// Twice the slots (at least 64), every number put in again.
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: max(64, slots.count * 2))
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { bytes in
            for position in ends.indices {
                let number = UInt32(truncatingIfNeeded: position + 1)
                var slot = Int(truncatingIfNeeded: ByteKeys.hash(UnsafeBufferPointer(rebasing: bytes[range(of: number)]))) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = number
            }
        }
    }

    /// The same texts without the index that adding needs.
    func withoutIndex() -> TextTable {
        var table = TextTable()
        table.bytes = bytes
        table.ends = ends
        return table
    }
}
