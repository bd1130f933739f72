import RegionGraph
import Foundation

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
    /// One record of the file.
    public struct Row: Sendable {
        public var fields: [String]
        /// The 1-based line the record starts on.
        public var line: Int
        /// The 1-based column (in Unicode scalars) where each field starts.
        public var columns: [Int]

        public func location(ofField index: Int, file: String) -> FileLocation {
            FileLocation(file: file, line: line, column: index < columns.count ? columns[index] : 1)
        }
    }

    public struct Table: Sendable {
        public var rows: [Row]
        public var diagnostics: [Diagnostic]
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads the bytes of a CSV file. `file` is the path used in diagnostics.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func read(_ bytes: [UInt8], file: String) -> Table {
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        var index = 0
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var line = 1
        var lineStart = index

        func column(at position: Int) -> Int {
            // Columns count Unicode scalars: skip UTF-8 continuation bytes.
            var scalars = 1
            var cursor = lineStart
            while cursor < position {
                if bytes[cursor] & 0xC0 != 0x80 { scalars += 1 }
                cursor += 1
            }
            return scalars
        }

        func decode(_ start: Int, _ end: Int, unescape: Bool, at position: FileLocation) -> String {
            let slice = bytes[start..<end]
            var text: String
            if let valid = String(validating: slice, as: UTF8.self) {
                text = valid
            } else {
                diagnostics.append(.error(at: position, "the field is not valid UTF-8",
                    hint: "save the spreadsheet as CSV UTF-8"))
                text = String(decoding: slice, as: UTF8.self)
            }
            if unescape { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
            return text
        }

        while index < count {
            let rowLine = line
            var fields: [String] = []
            var columns: [Int] = []
            var endOfRow = false
            while !endOfRow {
                let fieldColumn = column(at: index)
                columns.append(fieldColumn)
                let here = FileLocation(file: file, line: line, column: fieldColumn)
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
                        diagnostics.append(.error(at: here, "unterminated quoted field",
                            hint: "close the field with '\"', and write a quote inside a field as '\"\"'"))
                        fields.append(decode(start, count, unescape: hasDoubled, at: here))
                        index = count
                        endOfRow = true
                        break
                    }
                    fields.append(decode(start, cursor, unescape: hasDoubled, at: here))
                    index = cursor + 1
                    // After the closing quote: a comma, the end of the line or the end of the file.
                    if index < count, bytes[index] != comma, bytes[index] != newline,
                        bytes[index] != carriageReturn
                    {
                        diagnostics.append(.error(
                            at: FileLocation(file: file, line: line, column: column(at: index)),
                            "unexpected text after a closing quote",
                            hint: "quote the whole field, and write a quote inside it as '\"\"'"))
                        while index < count, bytes[index] != comma, bytes[index] != newline { index += 1 }
                    }
                } else {
                    let start = index
                    while index < count, bytes[index] != comma, bytes[index] != newline { index += 1 }
                    var end = index
                    if end > start, bytes[end - 1] == carriageReturn, index >= count || bytes[index] == newline {
                        end -= 1
                    }
                    if bytes[start..<end].contains(quote) {
                        diagnostics.append(.error(at: here, "a quote inside an unquoted field",
                            hint: "quote the whole field, and write a quote inside it as '\"\"'"))
                    }
                    fields.append(decode(start, end, unescape: false, at: here))
                }
                if index < count, bytes[index] == carriageReturn { index += 1 }
                if index >= count {
                    endOfRow = true
                } else if bytes[index] == comma {
                    index += 1
                    if index >= count { fields.append(""); columns.append(column(at: index)); endOfRow = true }
                } else if bytes[index] == newline {
                    index += 1
                    line += 1
                    lineStart = index
                    endOfRow = true
                }
            }
            // A blank line is not a record.
            if fields.count == 1, fields[0].isEmpty { continue }
            rows.append(Row(fields: fields, line: rowLine, columns: columns))
        }
        return Table(rows: rows, diagnostics: diagnostics)
    }
}
