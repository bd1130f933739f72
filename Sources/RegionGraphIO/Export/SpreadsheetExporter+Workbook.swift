import RegionGraph

extension SpreadsheetExporter {
    /// The network as one Excel workbook: the sheets `documents`, `entities` and `relations`
    /// hold exactly the rows and columns of the CSV files (``tables(of:format:)``), so the
    /// workbook loads back as the same network, and exporting that gives the same bytes.
    ///
    /// Every cell is a value, never a formula: a text that starts with `=` is shown as text, so
    /// the workbook needs no `--excel-safe`.
    ///
    /// ```swift
    /// let bytes = try SpreadsheetExporter.workbook(of: network)
    /// try AtomicFile.write(bytes, to: "network.xlsx")
    /// ```
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` as for CSV, and
    ///   ``ExportError/cannotWrite(path:reason:)`` when the workbook cannot be made.
    public static func workbook(of network: Network) throws(ExportError) -> [UInt8] {
        let sheets = try tables(of: network, format: .xlsx).map { table in
            WorkbookSheet(name: table.table.rawValue, rows: table.rows)
        }
        do {
            return try WorkbookWriter.bytes(of: sheets)
        } catch {
            throw .cannotWrite(path: workbookFile, reason: error.reason)
        }
    }

    /// The file name a workbook export has inside a list of exported files.
    public static let workbookFile = "network.xlsx"
}
