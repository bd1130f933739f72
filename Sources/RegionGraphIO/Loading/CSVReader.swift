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
