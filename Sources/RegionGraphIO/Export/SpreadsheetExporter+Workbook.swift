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
        let sheets = try sheets(of: network)
        let sink = ByteSink()
        do {
            try WorkbookWriter.write(sheets, to: sink)
        } catch {
            throw .cannotWrite(path: workbookFile, reason: error.reason)
        }
        return sink.bytes
    }

    /// ``workbook(of:)`` as a document that is written into a sink as its rows are made, never
    /// held whole: the export of a large network takes little memory besides the network.
    /// When the workbook cannot be made, the sink fails, saying why.
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` before anything is written.
    public static func workbookDocument(of network: Network) throws(ExportError) -> ExportDocument {
        let sheets = try sheets(of: network)
        return ExportDocument(name: workbookFile) { sink in
            do throws(WorkbookWriter.Failure) {
                try WorkbookWriter.write(sheets, to: sink)
            } catch {
                sink.fail(because: error.reason)
            }
        }
    }

    /// The workbook's sheets, `documents`, `entities` and `relations`, each row made when the
    /// writer asks for it.
    private static func sheets(of network: Network) throws(ExportError) -> [WorkbookSheetSource] {
        let layout = try layout(of: network, format: .xlsx)
        return SpreadsheetDatasetReader.Table.allCases.map { table in
            WorkbookSheetSource(name: table.rawValue) { row in layout.forEachRow(of: table, row) }
        }
    }

    /// The file name a workbook export has inside a list of exported files.
    public static let workbookFile = "network.xlsx"
}
