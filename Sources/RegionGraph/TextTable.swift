/// Texts stored once each and referred to by number: text number *k* (from 1) is
/// `texts[k - 1]`, and 0 stands for no text.
///
/// Texts are told apart by their UTF-8 bytes, not by `String`'s equality (which takes
/// canonically equivalent spellings as equal), so a text always comes back with the bytes it was
/// stored with.
struct TextTable: Sendable {
    /// The texts, by number − 1.
    private(set) var texts: [String] = []
    /// The number of each text, while texts are added.
    private var numbers: [ExactText: UInt32] = [:]

    init() {}

    /// A table of `texts`, numbered from 1 in order, to be read (no index for adding).
    init(texts: [String]) {
        self.texts = texts
    }

    /// The text with number `number`, `nil` for 0 or a number not in the table.
    ///
    /// - Complexity: O(1).
    @inline(__always) subscript(number: UInt32) -> String? {
        number == 0 || Int(number) > texts.count ? nil : texts[Int(number) - 1]
    }

    /// The number of `text`, added when new; 0 for `nil`.
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes, on average.
    mutating func number(of text: String?) -> UInt32 {
        guard let text else { return 0 }
        if let number = numbers[ExactText(text)] { return number }
        texts.append(text)
        let number = UInt32(truncatingIfNeeded: texts.count)
        numbers[ExactText(text)] = number
        return number
    }

    /// The same texts without the index that adding needs.
    func withoutIndex() -> TextTable { TextTable(texts: texts) }
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
