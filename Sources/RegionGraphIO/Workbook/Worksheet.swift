/// One sheet of a workbook as read: its name and the rows that hold something, each cell as
/// the text it stands for.
///
/// Numbers read as ``WorkbookNumber/text(_:)`` gives them (`2019`, `0.5`), numbers shown as
/// dates as ISO dates (`2019-01-01`), booleans as `true` and `false`, formulas as the value
/// last saved with them. Empty cells are left out.
///
/// ```swift
/// let sheets = try WorkbookReader.sheets(of: bytes)
/// sheets[0].name                      // "relations"
/// sheets[0].rows[0].cells[2].value    // .text("type")
/// ```
public struct Worksheet: Hashable, Sendable {
    public var name: String
    /// The rows with at least one cell, in order.
    public var rows: [Row]

    public init(name: String, rows: [Row]) {
        self.name = name
        self.rows = rows
    }

    public struct Row: Hashable, Sendable {
        /// The row's number, from 1.
        public var number: Int
        /// Its cells that hold something, by column.
        public var cells: [Cell]

        public init(number: Int, cells: [Cell]) {
            self.number = number
            self.cells = cells
        }
    }

    public struct Cell: Hashable, Sendable {
        /// The column's number: A = 1.
        public var column: Int
        public var value: Value

        public init(column: Int, value: Value) {
            self.column = column
            self.value = value
        }
    }

    public enum Value: Hashable, Sendable {
        /// What the cell shows, as text.
        case text(String)
        /// A cell whose value cannot be read, and why: an error value such as `#REF!`, a
        /// formula saved without its value.
        case unreadable(String)
    }
}
