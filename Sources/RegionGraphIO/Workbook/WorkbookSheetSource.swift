/// A sheet of a workbook whose rows are made when asked, for a workbook too large to hold as
/// text: ``WorkbookWriter`` goes through them twice, once to size the columns and once to
/// write them, so `forEachRow` must give the same rows each time.
///
/// ```swift
/// let sheet = WorkbookSheetSource(name: "relations") { row in
///     row(["from", "to", "type"])
///     for relation in network.relations { row([relation.from.rawValue, relation.to.rawValue, relation.type.rawValue]) }
/// }
/// try AtomicFile.write(to: "nettverk.xlsx") { sink in try? WorkbookWriter.write([sheet], to: sink) }
/// ```
public struct WorkbookSheetSource {
    /// The sheet's tab name, as for ``WorkbookSheet/name``.
    public var name: String
    /// Whether the first row is a header over a table (see ``WorkbookSheet/isTable``).
    public var isTable: Bool
    /// The text printed at the top of each page; `nil` for none.
    public var printTitle: String?
    /// Calls its argument with each row, in order.
    public var forEachRow: (_ row: ([String]) -> Void) -> Void

    public init(
        name: String, isTable: Bool = true, printTitle: String? = nil,
        forEachRow: @escaping (_ row: ([String]) -> Void) -> Void
    ) {
        self.name = name
        self.isTable = isTable
        self.printTitle = printTitle
        self.forEachRow = forEachRow
    }

    /// The rows of a sheet held in memory.
    public init(_ sheet: WorkbookSheet) {
        let rows = sheet.rows
        self.init(name: sheet.name, isTable: sheet.isTable, printTitle: sheet.printTitle) { row in
            for cells in rows { row(cells) }
        }
    }
}
