import Foundation
import RegionGraph

/// An RFC 4180 reader that remembers the line and column where every field starts.
///
/// Accepts a UTF-8 byte-order mark, `\r\n` or `\n` line ends, quoted fields with commas,
/// doubled quotes and line breaks. Reports unterminated quotes, text after a closing quote and
/// invalid UTF-8 as diagnostics, and goes on reading the rows that follow.
///
/// ```swift
/// let table = CSVReader.read(Array("id,name\nroros,\"Røros, kommune\"\n".utf8), file: "entities.csv")
/// table.rows[1].fields   // ["roros", "Røros, kommune"]
/// ```
public enum CSVReader {
    /// One record of the file; or one row of a workbook's sheet, read into the same shape.
    public struct Row: Sendable {
        public var fields: [String]
        /// The 1-based line the record starts on; in a sheet, the row's number.
        public var line: Int
        /// The 1-based column (in Unicode scalars) where each field starts; in a sheet, each
        /// field's column number (A = 1).
        public var columns: [Int]
        /// The worksheet the row was read from, or `nil` for a CSV file: its fields' locations
        /// are then cells (`Nettverk.xlsx:relations!C7`).
        public var sheet: String? = nil

        public func location(ofField index: Int, file: String) -> FileLocation {
            FileLocation(
                FileLocation.Origin(file: file, sheet: sheet), line: line,
                column: index < columns.count ? columns[index] : 1)
        }
    }

    /// The records of a file, or the rows of a workbook's sheet, and the problems found
    /// reading them.
    public struct Table: Sendable {
        public var rows: [Row]
        public var diagnostics: [Diagnostic]
        /// The worksheet the rows were read from, or `nil` for a CSV file.
        public var sheet: String? = nil

        public init(rows: [Row], diagnostics: [Diagnostic], sheet: String? = nil) {
            self.rows = rows
            self.diagnostics = diagnostics
            self.sheet = sheet
        }
    }

    /// Reads the bytes of a CSV file. `file` is the path used in diagnostics.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func read(_ bytes: [UInt8], file: String) -> Table {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer, file: file)
            var rows: [Row] = []
            while scanner.nextRow() { rows.append(scanner.row()) }
            return Table(rows: rows, diagnostics: scanner.diagnostics)
        }
    }
}

/// Reads a CSV file row by row without making strings: each row's fields are byte ranges, and
/// a row becomes a ``CSVReader/Row`` only when asked (``row()``).
///
/// Its diagnostics are the ones ``CSVReader/read(_:file:)`` reports, in the same order. When
/// the file as a whole is valid UTF-8 (checked once, up front) the fields are not checked one
/// by one.
struct CSVScanner {
    /// A field of the current row.
    struct Field {
        /// The field's text is `bytes[start ..< end]` (with doubled quotes when `unescape`).
        var start: Int
        var end: Int
        /// Where the field starts (its opening quote, if quoted) and the line it starts on.
        var position: Int
        var lineStart: Int
        var unescape: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    /// Whether the whole file is valid UTF-8.
    let isValidUTF8: Bool
    /// Whether `bytes` hold a control character anywhere (then each field is looked at).
    let mayHoldControlCharacters: Bool
    /// Whether ``mayHoldControlCharacters`` was given for the whole file (by a survey), not
    /// found for these bytes: the pieces that follow then need no look of their own.
    private let controlCharactersKnown: Bool
    /// What separates the fields: `,`, or `;` or a tab when the header line uses that instead
    /// (Norwegian Excel saves "CSV (semikolondelt)").
    let delimiter: UInt8
    private(set) var diagnostics: [Diagnostic] = []
    /// The current row's fields, its first line, and whether it holds doubled quotes.
    private(set) var fields: [Field] = []
    private(set) var rowLine = 0
    private(set) var rowHasDoubledQuotes = false
    /// The byte after the current row.
    private(set) var index = 0
    private var line = 1
    private var lineStart = 0
    /// Whether `bytes` end where the file ends; when not, a row that reaches their end is left
    /// for the next piece (``init(continuing:in:isLastPiece:)``).
    private(set) var isLastPiece = true

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// A scanner at the start of `bytes`, the whole file or (unless `isLastPiece`) its first
    /// piece; `isValidUTF8` and `mayHoldControlCharacters` say whether the file is valid UTF-8
    /// and whether it holds a control character, when that is known already (else `bytes` are
    /// checked here, and each piece that follows).
    init(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, isValidUTF8: Bool? = nil,
        mayHoldControlCharacters: Bool? = nil, isLastPiece: Bool = true
    ) {
        self.bytes = bytes
        self.file = file
        self.isLastPiece = isLastPiece
        self.isValidUTF8 = isValidUTF8 ?? RegionGraphIO.isValidUTF8(bytes)
        controlCharactersKnown = mayHoldControlCharacters != nil
        self.mayHoldControlCharacters = mayHoldControlCharacters ?? (ControlCharacter.first(in: bytes) != nil)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        lineStart = index
        self.delimiter = Self.delimiter(of: bytes, from: index)
        fields.reserveCapacity(16)
    }

    /// A scanner of one row read before, from the start of its line (`line`) to its end: to
    /// read it again. Its bytes are known to be UTF-8 without control characters.
    init(row bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int, delimiter: UInt8) {
        self.bytes = bytes
        self.file = file
        isValidUTF8 = true
        mayHoldControlCharacters = false
        controlCharactersKnown = true
        self.delimiter = delimiter
        self.line = line
        fields.reserveCapacity(16)
    }

    /// A scanner of the piece of a file that follows the bytes `previous` scanned (from the
    /// start of the row it left), with its validity, delimiter and line numbers.
    init(continuing previous: borrowing CSVScanner, in bytes: UnsafeBufferPointer<UInt8>, isLastPiece: Bool) {
        self.bytes = bytes
        self.file = previous.file
        self.isValidUTF8 = previous.isValidUTF8
        controlCharactersKnown = previous.controlCharactersKnown
        mayHoldControlCharacters =
            previous.controlCharactersKnown ? previous.mayHoldControlCharacters : ControlCharacter.first(in: bytes) != nil
        self.delimiter = previous.delimiter
        self.line = previous.line
        self.isLastPiece = isLastPiece
        fields.reserveCapacity(16)
    }

    /// The delimiter the header line (from `start` to its line break) uses: of `,`, `;` and
    /// tab, the one it holds most of outside quotes; `,` on a tie or when it holds none.
    ///
    /// - Complexity: O(*k*) for a header line of *k* bytes.
    static func delimiter(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        let semicolon = UInt8(ascii: ";")
        let tab = UInt8(ascii: "\t")
        var (commas, semicolons, tabs) = (0, 0, 0)
        var quoted = false
        var index = start
        while index < bytes.count, bytes[index] != newline || quoted {
            switch bytes[index] {
            case quote: quoted.toggle()
            case comma where !quoted: commas += 1
            case semicolon where !quoted: semicolons += 1
            case tab where !quoted: tabs += 1
            default: break
            }
            index += 1
        }
        if semicolons > commas, semicolons >= tabs { return semicolon }
        if tabs > commas, tabs > semicolons { return tab }
        return comma
    }

    /// The column (in Unicode scalars, from 1) of the byte at `position` on the line that
    /// starts at `lineStart`.
    ///
    /// - Complexity: O(*k*) for *k* bytes before `position` on the line, counted eight at a time.
    func column(at position: Int, lineStart: Int) -> Int {
        var scalars = 1
        var cursor = lineStart
        if position - cursor >= 8, let base = bytes.baseAddress {
            // Every byte begins a scalar but those of the form 10xxxxxx: in each word, the
            // bytes whose top bit is set and whose next bit is not.
            let highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawPointer(base)
            while cursor + 8 <= position {
                let word = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
                scalars += 8 - (word & ~(word << 1) & highs).nonzeroBitCount
                cursor += 8
            }
        }
        while cursor < position {
            if bytes[cursor] & 0xC0 != 0x80 { scalars += 1 }
            cursor += 1
        }
        return scalars
    }

    func location(of field: Field, line: Int) -> FileLocation {
        FileLocation(file: file, line: line, column: column(at: field.position, lineStart: field.lineStart))
    }

    /// The text of a field, as `CSVReader` decodes it: doubled quotes undone, bytes that are
    /// not UTF-8 replaced.
    func text(of field: Field) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.unescape else { return String(decoding: slice, as: UTF8.self) }
        guard isValidUTF8 else {
            return String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\"\"", with: "\"")
        }
        // A quote is ASCII, never part of a longer UTF-8 sequence: undoing the doubling on the
        // bytes gives the same text as on the string.
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            unescaped.append(byte)
            index += byte == Self.quote && index + 1 < slice.count && slice[index + 1] == Self.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The bytes of a field (with doubled quotes when `unescape`).
    @inline(__always)
    func slice(of field: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
    }

    /// The current row as `CSVReader` returns it.
    func row() -> CSVReader.Row {
        var texts: [String] = []
        texts.reserveCapacity(fields.count)
        var columns: [Int] = []
        columns.reserveCapacity(fields.count)
        for field in fields {
            texts.append(text(of: field))
            columns.append(column(at: field.position, lineStart: field.lineStart))
        }
        return CSVReader.Row(fields: texts, line: rowLine, columns: columns)
    }

    private mutating func addField(_ start: Int, _ end: Int, unescape: Bool, position: Int, lineStart: Int, line: Int) {
        let field = Field(start: start, end: end, position: position, lineStart: lineStart, unescape: unescape)
        if unescape { rowHasDoubledQuotes = true }
        if !isValidUTF8, String(validating: slice(of: field), as: UTF8.self) == nil {
            diagnostics.append(.error(at: location(of: field, line: line), "the field is not valid UTF-8",
                hint: "save the spreadsheet as CSV UTF-8"))
        } else if mayHoldControlCharacters, let control = ControlCharacter.first(in: slice(of: field)) {
            diagnostics.append(.error(
                at: location(of: field, line: line), ControlCharacter.problem(control, in: "the field"),
                hint: ControlCharacter.hint))
        }
        fields.append(field)
    }

    /// Moves to the next record, skipping blank lines; `false` at the end of the file.
    ///
    /// - Complexity: O(*k*) for a record of *k* bytes.
    mutating func nextRow() -> Bool {
        let count = bytes.count
        let quote = Self.quote
        let comma = delimiter
        let newline = Self.newline
        let carriageReturn = Self.carriageReturn
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let (delimiters, newlines, quotes) = (UInt64(comma) &* ones, UInt64(newline) &* ones, UInt64(quote) &* ones)
        while index < count {
            let rowStart = (index: index, line: line, lineStart: lineStart, diagnostics: diagnostics.count)
            var endedAtLineBreak = false
            rowLine = line
            rowHasDoubledQuotes = false
            fields.removeAll(keepingCapacity: true)
            var endOfRow = false
            while !endOfRow {
                let position = index
                let fieldLine = line
                let fieldLineStart = lineStart
                if index < count, bytes[index] == quote {
                    // Quoted field: runs to the next quote that is not doubled.
                    let start = index + 1
                    var cursor = start
                    var closed = false
                    var hasDoubled = false
                    while cursor < count {
                        let byte = bytes[cursor]
                        if byte == quote {
                            if cursor + 1 < count, bytes[cursor + 1] == quote {
                                hasDoubled = true
                                cursor += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == newline {
                            line += 1
                            lineStart = cursor + 1
                        }
                        cursor += 1
                    }
                    if !closed {
                        diagnostics.append(.error(
                            at: FileLocation(file: file, line: fieldLine, column: column(at: position, lineStart: fieldLineStart)),
                            "unterminated quoted field",
                            hint: "close the field with '\"', and write a quote inside a field as '\"\"'"))
                        addField(start, count, unescape: hasDoubled, position: position, lineStart: fieldLineStart, line: fieldLine)
                        index = count
                        endOfRow = true
                        break
                    }
                    addField(start, cursor, unescape: hasDoubled, position: position, lineStart: fieldLineStart, line: fieldLine)
                    index = cursor + 1
                    // After the closing quote: a comma, the end of the line or the end of the file.
                    if index < count, bytes[index] != comma, bytes[index] != newline,
                        bytes[index] != carriageReturn
                    {
                        diagnostics.append(.error(
                            at: FileLocation(file: file, line: line, column: column(at: index, lineStart: lineStart)),
                            "unexpected text after a closing quote",
                            hint: "quote the whole field, and write a quote inside it as '\"\"'"))
                        while index < count, bytes[index] != comma, bytes[index] != newline { index += 1 }
                    }
                } else {
                    let start = index
                    var sawQuote = false
                    let raw = UnsafeRawPointer(bytes.baseAddress!)
                    while true {
                        // Eight bytes at a time to the next delimiter, line break or quote: the
                        // lowest byte marked is always one of them.
                        if index + 8 <= count {
                            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                            let (a, b, c) = (word ^ delimiters, word ^ newlines, word ^ quotes)
                            let marked = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
                            if marked == 0 {
                                index += 8
                                continue
                            }
                            index += marked.trailingZeroBitCount >> 3
                        }
                        guard index < count else { break }
                        let byte = bytes[index]
                        if byte == comma || byte == newline { break }
                        if byte == quote { sawQuote = true }
                        index += 1
                    }
                    var end = index
                    if end > start, bytes[end - 1] == carriageReturn, index >= count || bytes[index] == newline {
                        end -= 1
                    }
                    if sawQuote {
                        diagnostics.append(.error(
                            at: FileLocation(file: file, line: fieldLine, column: column(at: position, lineStart: fieldLineStart)),
                            "a quote inside an unquoted field",
                            hint: "quote the whole field, and write a quote inside it as '\"\"'"))
                    }
                    addField(start, end, unescape: false, position: position, lineStart: fieldLineStart, line: fieldLine)
                }
                if index < count, bytes[index] == carriageReturn { index += 1 }
                if index >= count {
                    endOfRow = true
                } else if bytes[index] == comma {
                    index += 1
                    if index >= count {
                        fields.append(Field(start: count, end: count, position: count, lineStart: lineStart, unescape: false))
                        endOfRow = true
                    }
                } else if bytes[index] == newline {
                    index += 1
                    line += 1
                    lineStart = index
                    endOfRow = true
                    endedAtLineBreak = true
                }
            }
            if !endedAtLineBreak, !isLastPiece {
                // The row may go on in the next piece: leave it for that.
                (index, line, lineStart) = (rowStart.index, rowStart.line, rowStart.lineStart)
                diagnostics.removeSubrange(rowStart.diagnostics...)
                fields.removeAll(keepingCapacity: true)
                return false
            }
            // A blank line is not a record.
            if fields.count == 1, fields[0].start == fields[0].end { continue }
            return true
        }
        return false
    }
}
