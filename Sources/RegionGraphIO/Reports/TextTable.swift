/// An aligned text table that fits a terminal: columns two spaces apart, each as wide as its
/// widest cell — and when the whole is wider than the width asked for, the widest columns are
/// narrowed until it fits, their long cells wrapped at spaces onto more lines. Columns kept
/// whole (ids, which a user copies into the next command) are never narrowed. When the columns
/// would become too narrow to read, each row is printed as a block instead: its first cell and
/// id on one line, the other cells as `header: value` below, wrapped.
///
/// ```swift
/// let table = TextTable(header: ["Name", "Id"], rows: [["Interkommunalt politisk råd Trøndelag Sør", "ipr-ts"]],
///                       keptWhole: [1], width: 30)
/// table.lines(ofRow: 0)   // ["Interkommunalt          ipr-ts", "politisk råd Trøndelag", "Sør"]
/// ```
///
/// Widths count characters (grapheme clusters): right for the Latin, Norwegian and Sami text
/// of the data.
public struct TextTable: Sendable {
    /// The header cells.
    public let header: [String]
    /// The rows' cells.
    public let rows: [[String]]
    /// Each column's width in characters.
    public let widths: [Int]
    /// Whether rows are printed as blocks because the columns would be too narrow.
    public let isBlocks: Bool
    let keptWhole: Set<Int>
    /// The column whose cell heads a row printed as a block.
    let blockTitle: Int
    let width: Int?

    /// The narrowest a narrowed column becomes before rows turn into blocks.
    static let narrowest = 12
    /// A column is not narrowed below its longest word, up to this many characters: longer
    /// words are cut.
    static let widestWord = 24
    /// The space between two columns.
    static let gap = 2

    /// Lays out `header` and `rows` in at most `width` columns (no limit for `nil`); the
    /// columns in `keptWhole` are not narrowed.
    ///
    /// - Complexity: O(*c* log *c* + *n*) for *n* cells in *c* columns.
    public init(header: [String], rows: [[String]], keptWhole: Set<Int> = [], blockTitle: Int = 0, width: Int?) {
        var natural = header.map { Self.width(of: $0) }
        var longestWords = natural
        for row in rows {
            for (index, cell) in row.enumerated() where index < natural.count {
                natural[index] = max(natural[index], Self.width(of: cell))
                longestWords[index] = max(longestWords[index], Self.longestWordWidth(of: cell))
            }
        }
        self.header = header
        self.rows = rows
        self.keptWhole = keptWhole
        self.blockTitle = blockTitle
        self.width = width
        let widths = Self.fitted(natural, longestWords: longestWords, keptWhole: keptWhole, width: width)
        self.widths = widths ?? natural
        isBlocks = widths == nil
    }

    /// The header's lines, in capitals: none when rows are printed as blocks (each names its
    /// cells with the headers as given).
    public var headerLines: [String] {
        isBlocks ? [] : lines(of: header.map { $0.uppercased() })
    }

    /// The lines of row `index`: one, or several when a cell wraps or the row is a block.
    public func lines(ofRow index: Int) -> [String] {
        isBlocks ? block(rows[index]) : lines(of: rows[index])
    }

    /// `cells` padded to the columns' widths, wrapped cells continuing on the lines below;
    /// no line has trailing spaces.
    func lines(of cells: [String]) -> [String] {
        let wrapped = cells.enumerated().map { index, cell in
            index < widths.count && Self.width(of: cell) > widths[index] ? Self.cellLines(cell, width: widths[index]) : [cell]
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            var text = ""
            for (index, cellLines) in wrapped.enumerated() {
                let part = lineIndex < cellLines.count ? cellLines[lineIndex] : ""
                if index == wrapped.count - 1 || index >= widths.count {
                    text += part
                } else {
                    text += part + String(repeating: " ", count: max(0, widths[index] - Self.width(of: part)) + Self.gap)
                }
            }
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// A row as a block: its title cell (the first, or `blockTitle`) with the kept-whole
    /// cells in parentheses, then the other non-empty cells as `header: value`, joined by
    /// " · " and wrapped, indented.
    func block(_ cells: [String]) -> [String] {
        let whole = cells.indices.filter { $0 != blockTitle && keptWhole.contains($0) && !cells[$0].isEmpty }
        var first = blockTitle < cells.count ? cells[blockTitle] : ""
        if !whole.isEmpty { first += " (" + whole.map { cells[$0] }.joined(separator: ", ") + ")" }
        let details = cells.indices.filter { $0 != blockTitle && !keptWhole.contains($0) && !cells[$0].isEmpty }.map { index in
            (index < header.count && !header[index].isEmpty ? header[index] + ": " : "") + cells[index]
        }
        var lines = width.map { Self.wrapped(first, width: $0) } ?? [first]
        if !details.isEmpty {
            let line = "    " + details.joined(separator: " · ")
            lines += width.map { Self.wrapped(line, width: $0) } ?? [line]
        }
        return lines
    }

    /// The widths that fit `width`, `nil` when none reads. Each column that may narrow gets
    /// one common width clamped between its least readable width (its longest word, at least
    /// ``narrowest``, at most ``widestWord``) and its natural width; the room left over goes
    /// to the columns from the left.
    static func fitted(_ natural: [Int], longestWords: [Int], keptWhole: Set<Int>, width: Int?) -> [Int]? {
        let gaps = Self.gap * max(0, natural.count - 1)
        guard let width, natural.reduce(gaps, +) > width else { return natural }
        let narrowable = natural.indices.filter { !keptWhole.contains($0) && natural[$0] > narrowest }
        let fixed = natural.indices.filter { !narrowable.contains($0) }.map { natural[$0] }.reduce(gaps, +)
        let room = width - fixed
        let least = natural.indices.map { min(natural[$0], max(narrowest, min(longestWords[$0], widestWord))) }
        func total(_ share: Int) -> Int {
            narrowable.map { min(natural[$0], max(least[$0], share)) }.reduce(0, +)
        }
        guard !narrowable.isEmpty, total(0) <= room else { return nil }
        // The widest common width that fits: total(share) grows with share.
        var low = 0, high = natural.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if total(middle) <= room { low = middle } else { high = middle - 1 }
        }
        var widths = natural
        for index in narrowable { widths[index] = min(natural[index], max(least[index], low)) }
        var left = room - total(low)
        for index in narrowable where left > 0 && widths[index] < natural[index] {
            widths[index] += 1
            left -= 1
        }
        return widths
    }

    /// A cell's text broken at spaces into lines of at most `width` characters; a word longer
    /// than a line is cut.
    static func cellLines(_ text: String, width: Int) -> [String] {
        wrapped(text, width: width, continuation: "")
    }

    /// `line` broken at spaces into lines of at most `width` characters; the lines after the
    /// first are indented two more than the first line's own indent. A word longer than a line
    /// is cut.
    ///
    /// ```swift
    /// TextTable.wrapped("    source: Handlingsplan 2021–2022 (Regionrådet, 2021)", width: 30)
    /// // ["    source: Handlingsplan", "      2021–2022 (Regionrådet,", "      2021)"]
    /// ```
    public static func wrapped(_ line: String, width: Int) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        return wrapped(line, width: width, continuation: indent.count + 2 < width / 2 ? indent + "  " : "")
    }

    static func wrapped(_ line: String, width: Int, continuation: String) -> [String] {
        guard Self.width(of: line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let continuationWidth = Self.width(of: continuation)
        var lines: [String] = []
        // The line being made, and its width, kept as it grows rather than counted again.
        var current = indent
        var currentWidth = indent.count
        var hasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ") {
            var word = Substring(word)
            var wordWidth = Self.width(of: word)
            if hasWord && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                (current, currentWidth, hasWord) = (continuation, continuationWidth, false)
            }
            // A word too long for any line is cut where the line ends.
            while currentWidth + (hasWord ? 1 : 0) + wordWidth > width {
                let room = width - currentWidth - (hasWord ? 1 : 0)
                guard room > 0 else { break }
                current += (hasWord ? " " : "") + word.prefix(room)
                lines.append(current)
                // The word is longer than `room`, so exactly `room` characters went.
                word = word.dropFirst(room)
                wordWidth -= room
                (current, currentWidth, hasWord) = (continuation, continuationWidth, false)
            }
            guard !word.isEmpty else { continue }
            current += (hasWord ? " " : "") + word
            currentWidth += (hasWord ? 1 : 0) + wordWidth
            hasWord = true
        }
        if hasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The width of the widest word of `text` (its parts between spaces), from its UTF-8
    /// bytes as ``width(of:)`` counts them; by its characters when a scalar is U+0300 or above.
    ///
    /// - Complexity: O(*n*) in the bytes of `text`.
    static func longestWordWidth(of text: String) -> Int {
        var longest = 0
        var current = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= firstCombiningLead { return text.split(separator: " ").map { width(of: $0) }.max() ?? 0 }
            if byte == UInt8(ascii: " ") {
                current = 0
            } else if startsCharacter(byte, after: previous) {
                current += 1
                longest = max(longest, current)
            }
            previous = byte
        }
        return longest
    }

    /// The characters (grapheme clusters) of `text`: `text.count`, counted from the UTF-8
    /// bytes when no scalar is U+0300 or above. Below that, every scalar is a character of its
    /// own but a carriage return before a line feed (the first combining mark is U+0300), so
    /// Norwegian and South Sami text (æ ø å, ï) is counted without grapheme breaking.
    ///
    /// - Complexity: O(*n*) in the bytes of `text`.
    static func width(of text: some StringProtocol) -> Int {
        var scalars = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= firstCombiningLead { return text.count }
            if startsCharacter(byte, after: previous) { scalars += 1 }
            previous = byte
        }
        return scalars
    }

    /// The first lead byte of a scalar of U+0300 or above (the first combining mark);
    /// continuation bytes are below 0xC0.
    private static let firstCombiningLead: UInt8 = 0xCC

    /// Whether `byte`, after `previous`, begins a character of text with no scalar of U+0300
    /// or above: it begins a scalar, and is not a line feed after a carriage return.
    @inline(__always)
    private static func startsCharacter(_ byte: UInt8, after previous: UInt8) -> Bool {
        byte & 0xC0 != 0x80 && !(byte == 0x0A && previous == 0x0D)
    }
}
