import Foundation
import RegionGraph

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
    /// Room for the current row's fields: the first ``fieldCount`` are the row's.
    private var fieldRoom = [Field](repeating: Field(start: 0, end: 0, position: 0, lineStart: 0, unescape: false), count: 32)
    private(set) var fieldCount = 0
    /// The current row's fields, its first line, and whether it holds doubled quotes.
    var fields: ArraySlice<Field> { fieldRoom[..<fieldCount] }

    /// The current row's field `index` (below ``fieldCount``): `fields[index]` without making
    /// a slice.
    @inline(__always)
    func field(_ index: Int) -> Field { fieldRoom[index] }
    private(set) var rowLine = 0
    private(set) var rowHasDoubledQuotes = false
    /// The byte after the current row.
    private(set) var index = 0
    private var line = 1
    private var lineStart = 0
    /// Whether plain rows are read by ``nextPlainRow()`` before the full reading is tried (off
    /// only to compare the two).
    var readsPlainRowsQuickly = true
    /// Whether `bytes` end where the file ends; when not, a row that reaches their end is left
    /// for the next piece (``init(continuing:in:isLastPiece:)``).
    private(set) var isLastPiece = true

    static let quote = UInt8(ascii: "\"")
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

    @inline(__always)
    private mutating func appendField(_ field: Field) {
        if fieldCount < fieldRoom.count {
            fieldRoom[fieldCount] = field
        } else {
            fieldRoom.append(field)
        }
        fieldCount += 1
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
        appendField(field)
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
        let (delimiters, newlines, quotes) = (UInt64(comma) &* ones, UInt64(newline) &* ones, UInt64(quote) &* ones)
        while index < count {
            if readsPlainRowsQuickly, nextPlainRow() { return true }
            let rowStart = (index: index, line: line, lineStart: lineStart, diagnostics: diagnostics.count)
            var endedAtLineBreak = false
            rowLine = line
            rowHasDoubledQuotes = false
            fieldCount = 0
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
                        // Eight bytes at a time to the next delimiter, line break or quote.
                        if index + 8 <= count {
                            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                            let marked =
                                Self.bytes(in: word, equalTo: delimiters) | Self.bytes(in: word, equalTo: newlines)
                                | Self.bytes(in: word, equalTo: quotes)
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
                        appendField(Field(start: count, end: count, position: count, lineStart: lineStart, unescape: false))
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
                fieldCount = 0
                return false
            }
            // A blank line is not a record.
            if fieldCount == 1, fieldRoom[0].start == fieldRoom[0].end { continue }
            return true
        }
        return false
    }

    /// The top bit of each byte of `word` that equals the byte repeated in `pattern`, and of no
    /// other byte (`word` read little-endian: the lowest bits are the first byte).
    @inline(__always)
    private static func bytes(in word: UInt64, equalTo pattern: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ pattern
        return ~(((difference & lows) &+ lows) | difference | lows)
    }

    /// Reads the row at ``index`` when it is plain, the way nearly every row of a large file
    /// is: in bytes known to be UTF-8 without control characters, at most as many fields
    /// without quotes as ``fieldRoom`` holds, ended by a line feed with no carriage return
    /// before it. `false`, with the scanner where it was, for any other row (or a blank line):
    /// ``nextRow()`` then reads it in full.
    ///
    /// - Complexity: O(*k*) for a row of *k* bytes: its end and any quote found by `memchr`,
    ///   its delimiters eight bytes at a time.
    @inline(__always)
    private mutating func nextPlainRow() -> Bool {
        guard isValidUTF8, !mayHoldControlCharacters, let base = bytes.baseAddress else { return false }
        let (count, rowStart) = (bytes.count, index)
        guard let lineFeed = memchr(base + rowStart, Int32(Self.newline), count - rowStart) else { return false }
        let end = base.distance(to: lineFeed.assumingMemoryBound(to: UInt8.self))
        guard end > rowStart, base[end - 1] != Self.carriageReturn,
            memchr(base + rowStart, Int32(Self.quote), end - rowStart) == nil
        else { return false }
        let raw = UnsafeRawPointer(base)
        let delimiter = self.delimiter
        let delimiters = UInt64(delimiter) &* 0x0101_0101_0101_0101
        let found = fieldRoom.withUnsafeMutableBufferPointer { room -> Int? in
            var fieldCount = 0
            var start = rowStart
            var cursor = rowStart
            while cursor < end {
                var marks: UInt64
                if cursor + 8 <= count {
                    // The top bit of each byte that is the delimiter, of the row's bytes only.
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
                    marks = Self.bytes(in: word, equalTo: delimiters)
                    if end - cursor < 8 { marks &= (1 &<< UInt64((end - cursor) * 8)) &- 1 }
                } else {
                    marks = 0
                    for offset in 0..<(end - cursor) where base[cursor + offset] == delimiter {
                        marks |= 0x80 &<< UInt64(offset * 8)
                    }
                }
                while marks != 0 {
                    let at = cursor + marks.trailingZeroBitCount >> 3
                    guard fieldCount < room.count - 1 else { return nil }
                    room[fieldCount] = Field(start: start, end: at, position: start, lineStart: rowStart, unescape: false)
                    fieldCount += 1
                    start = at + 1
                    marks &= marks - 1
                }
                cursor += 8
            }
            room[fieldCount] = Field(start: start, end: end, position: start, lineStart: rowStart, unescape: false)
            return fieldCount + 1
        }
        guard let found else { return false }
        fieldCount = found
        rowLine = line
        rowHasDoubledQuotes = false
        index = end + 1
        line += 1
        lineStart = index
        return true
    }
}
