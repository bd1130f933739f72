/// The text of a source document, ready to find quotes in: white space folded on both sides
/// (PDF text breaks lines mid-sentence), everything else matched exactly, and the line of every
/// match in the original text.
///
/// `regiongraph validate --documents` checks quotes with it, and explanations find the line of
/// each quote with it, so the two always agree.
///
/// ```swift
/// let text = DocumentText("Røros kommune er\nprosjekteier på norsk side.")
/// text.contains("er prosjekteier")        // true
/// text.lines(of: "er prosjekteier")       // 1...2
/// ```
public struct DocumentText: Sendable {
    /// The text's characters with each run of white space folded to one space, none leading
    /// or trailing.
    private let folded: [Character]
    /// The 1-based line, in the original text, of each character of `folded`.
    private let lines: [Int32]

    /// Prepares `text` for finding quotes in.
    ///
    /// - Complexity: O(*n*) for a text of *n* characters.
    public init(_ text: String) {
        var folded: [Character] = []
        var lines: [Int32] = []
        folded.reserveCapacity(text.utf8.count)
        lines.reserveCapacity(text.utf8.count)
        var line: Int32 = 1
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                if !folded.isEmpty { pendingSpace = true }
                if character.isNewline { line &+= 1 }
                continue
            }
            if pendingSpace {
                folded.append(" ")
                lines.append(line)
                pendingSpace = false
            }
            folded.append(character)
            lines.append(line)
        }
        self.folded = folded
        self.lines = lines
    }

    /// Whether `quote` is in the text, white space folded on both sides.
    ///
    /// - Complexity: O(*n* + *m*) for a text of *n* characters and a quote of *m*.
    public func contains(_ quote: String) -> Bool {
        let needle = Self.folding(quote)
        return needle.isEmpty || firstMatch(of: needle) != nil
    }

    /// The lines (1-based) of the original text that the first occurrence of `quote` spans,
    /// or `nil` when the quote is not in the text (or is blank).
    ///
    /// - Complexity: O(*n* + *m*) for a text of *n* characters and a quote of *m*.
    public func lines(of quote: String) -> ClosedRange<Int>? {
        let needle = Self.folding(quote)
        guard !needle.isEmpty, let start = firstMatch(of: needle) else { return nil }
        return Int(lines[start])...Int(lines[start + needle.count - 1])
    }

    /// `text`'s characters with white space folded as the document's are.
    static func folding(_ text: String) -> [Character] {
        var result: [Character] = []
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                if !result.isEmpty { pendingSpace = true }
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character)
        }
        return result
    }

    /// Where `needle` first starts in `folded` (Knuth–Morris–Pratt).
    private func firstMatch(of needle: [Character]) -> Int? {
        guard !needle.isEmpty, needle.count <= folded.count else { return nil }
        var failure = [Int](repeating: 0, count: needle.count)
        var border = 0
        for index in needle.indices.dropFirst() {
            while border > 0 && needle[index] != needle[border] { border = failure[border - 1] }
            if needle[index] == needle[border] { border += 1 }
            failure[index] = border
        }
        var matched = 0
        for (index, character) in folded.enumerated() {
            while matched > 0 && character != needle[matched] { matched = failure[matched - 1] }
            if character == needle[matched] { matched += 1 }
            if matched == needle.count { return index - needle.count + 1 }
        }
        return nil
    }
}
