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
    /// The number of each text, while texts are added.
    private var numbers: [ExactText: UInt32] = [:]

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
        guard let text else { return 0 }
        if let number = numbers[ExactText(text)] { return number }
        bytes.append(contentsOf: text.utf8)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
        let number = UInt32(truncatingIfNeeded: ends.count)
        numbers[ExactText(text)] = number
        return number
    }

    /// The same texts without the index that adding needs.
    func withoutIndex() -> TextTable {
        var table = TextTable()
        table.bytes = bytes
        table.ends = ends
        return table
    }
}

/// A text compared and hashed by its UTF-8 bytes.
private struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.text.utf8.span
        let right = rhs.text.utf8.span
        guard left.count == right.count else { return false }
        var index = 0
        while index < left.count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
