import Foundation
import RegionGraph

/// Reads the spreadsheet layout: `entities.csv` (`id,kind,name`, extra columns) and
/// `relations.csv` (`from,to,type,role,start,end,source`).
///
/// In `entities.csv` the columns `short`, `aliases` (separated by `;`), `country`,
/// `description`, `start` and `end` fill those fields, `source` and `quote` (and `source_2`,
/// `quote_2`, …) the entity's sources; any other column becomes an attribute.
/// In `relations.csv` the optional columns `quote`, `as_of`, `note` and `certainty` fill those fields, and
/// `source_2`, `quote_2`, … give further sources. `documents.csv` (`id,title`, optional
/// `publisher,date,note,file`) lists the documents they cite.
///
/// The same tables can be the sheets `documents`, `entities` and `relations` of a workbook
/// (``WorkbookDatasetReader``), whose rows are read by the same code: ``records(of:table:file:)``.
///
/// ```swift
/// let records = SpreadsheetDatasetReader.readEntities(bytes, file: "net/entities.csv")
/// ```
public enum SpreadsheetDatasetReader {
    /// The tables of the layout: each a CSV file (`entities.csv`) or a workbook's sheet
    /// (`entities`).
    public enum Table: String, CaseIterable, Sendable {
        case documents
        case entities
        case relations

        /// The columns every row must have.
        public var requiredColumns: [String] {
            switch self {
            case .documents: SpreadsheetDatasetReader.documentHeader
            case .entities: SpreadsheetDatasetReader.entityHeader
            case .relations: SpreadsheetDatasetReader.relationHeader
            }
        }

        /// The table's CSV file: `entities.csv`.
        public var fileName: String { rawValue + ".csv" }
    }

    public static let entityHeader = ["id", "kind", "name"]
    public static let relationHeader = ["from", "to", "type", "role", "start", "end", "source"]
    static let optionalRelationColumns = ["quote", "as_of", "note", "certainty"]

    public static let documentHeader = ["id", "title"]

    static let optionalDocumentColumns = ["publisher", "date", "note", "file", "url"]

    /// Reads `documents.csv` (`id,title`, and optionally `publisher`, `date`, `note`, `file`, `url`):
    /// the documents that relations and entities may cite by id.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func readDocuments(_ bytes: [UInt8], file: String) -> DatasetRecords {
        records(of: CSVReader.read(bytes, file: file), table: .documents, file: file)
    }

    /// Reads the rows of a table of the layout, its first row the header: a CSV file's, or a
    /// workbook sheet's (rows with ``CSVReader/Row/sheet`` set, whose diagnostics then name
    /// cells). The table's own diagnostics come first.
    ///
    /// ```swift
    /// let records = SpreadsheetDatasetReader.records(of: CSVReader.read(bytes, file: path), table: .relations, file: path)
    /// ```
    ///
    /// - Complexity: O(*n*) in the size of the table.
    public static func records(of table: CSVReader.Table, table kind: Table, file: String) -> DatasetRecords {
        var records = DatasetRecords()
        records.diagnostics = table.diagnostics
        guard let first = table.rows.first else {
            reportEmpty(kind, file: file, sheet: table.sheet, into: &records.diagnostics)
            return records
        }
        let checked = switch kind {
        case .documents: checkHeaderAndUnreadColumns(first, table: .documents, file: file, into: &records.diagnostics)
        case .entities: checkHeader(first, expected: entityHeader, file: file, into: &records.diagnostics)
        case .relations: checkHeaderAndUnreadColumns(first, table: .relations, file: file, into: &records.diagnostics)
        }
        guard let header = checked else { return records }
        for row in table.rows.dropFirst() {
            guard checkWidth(row, header: header, file: file, into: &records.diagnostics) else { continue }
            switch kind {
            case .documents: records.documents.append(documentRecord(row, header: header, file: file))
            case .entities: records.entities.append(entityRecord(row, header: header, file: file))
            case .relations: records.relations.append(relationRecord(row, header: header, file: file))
            }
        }
        return records
    }

    /// Reads `entities.csv`.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func readEntities(_ bytes: [UInt8], file: String) -> DatasetRecords {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer, file: file)
            var records = DatasetRecords()
            guard scanner.nextRow() else {
                records.diagnostics = scanner.diagnostics
                reportEmpty(.entities, file: file, sheet: nil, into: &records.diagnostics)
                return records
            }
            let headerRow = scanner.row()
            var problems: [Diagnostic] = []
            let header = checkHeader(headerRow, expected: entityHeader, file: file, into: &problems)
            var rowProblems: [Diagnostic] = []
            if let header {
                while scanner.nextRow() {
                    let row = scanner.row()
                    guard checkWidth(row, header: header, file: file, into: &rowProblems) else { continue }
                    records.entities.append(entityRecord(row, header: header, file: file))
                }
            } else {
                while scanner.nextRow() {}
            }
            // The reader's diagnostics come first, as when the whole table is read before the rows.
            records.diagnostics = scanner.diagnostics + problems + rowProblems
            return records
        }
    }

    /// Reads `relations.csv`.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func readRelations(_ bytes: [UInt8], file: String) -> DatasetRecords {
        records(of: CSVReader.read(bytes, file: file), table: .relations, file: file)
    }

    /// Reads `relations.csv` into a builder, row by row, without keeping the rows' records.
    ///
    /// Gives the builder the same diagnostics and relations as ``readRelations(_:file:)``
    /// followed by `builder.add(_:)` for each record: plain rows are read from their bytes into
    /// values for `builder.addIfPlain`, and the others (and those it does not keep) as
    /// records. `progress` is called with the number of bytes read, about once per megabyte.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func readRelations(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, into builder: inout NetworkBuilder,
        progress: ((Int) -> Void)? = nil
    ) {
        builder.reserveRelations(lineBreaks(in: bytes) + 1)
        let ids = EntityKeyLookup(ids: builder.entityPositions.lazy.map(\.id.rawValue))
        var reader = RelationRowReader(scanner: CSVScanner(bytes, file: file), pieces: nil, ids: { ids })
        var adding = RelationRowAdding(file: file, into: &builder, progress: progress)
        reader.read(into: { RelationRowBatch() }) { adding.add($0, to: &builder) }
    }

    /// Reads the `relations.csv` of `pieces` into a builder, as
    /// ``readRelations(_:file:into:progress:)`` does, a piece at a time: the file is never
    /// held whole. `survey` is what a first pass found of it: a file that is UTF-8 (one that is
    /// not is read whole, as Windows-1252: `DatasetLoader.readSpreadsheetRelations`).
    ///
    /// A file of `threadedFrom` bytes or more is read on a thread of its own, while this one
    /// adds what it read to the builder (``RelationRowsReading``). `batchSize` is the rows of
    /// a batch.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func readRelations(
        from pieces: FilePieces, survey: FileSurvey, into builder: inout NetworkBuilder,
        progress: ((Int) -> Void)? = nil, threadedFrom: Int = 1 << 20, batchSize: Int = 2048
    ) {
        let surveyed = DatasetLoader.SurveyedRelations(survey: survey, pieces: pieces)
        let reading = RelationRowsReading(
            file: pieces.path, surveyed: { surveyed }, ids: builder.entityPositions.map(\.id.rawValue),
            threadedFrom: threadedFrom, batchSize: batchSize)
        let read = reading.add(into: &builder, positions: builder.entityPositions.map(\.position), progress: progress)
        precondition(read != nil, "the survey of a file that is not UTF-8")
    }

    static func unreadable(_ file: String, line: Int) -> Diagnostic {
        .error(
            at: FileLocation(file: file, line: line, column: 1), "the file could not be read to its end",
            hint: "check that it is not being written to, and that the disk can be read")
    }

    /// The number of line breaks in `bytes`, counted with `memchr`: the rows of a CSV file
    /// are one more, or fewer where quoted fields hold line breaks.
    ///
    /// - Complexity: O(*n*).
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var cursor = UnsafeRawPointer(base)
        var remaining = bytes.count
        while remaining > 0, let found = memchr(cursor, 0x0A, remaining) {
            count += 1
            let next = UnsafeRawPointer(found) + 1
            remaining -= next - cursor
            cursor = next
        }
        return count
    }

    /// Checks the header of `documents.csv` or `relations.csv`, and warns about columns that
    /// are not read.
    static func checkHeaderAndUnreadColumns(
        _ first: CSVReader.Row, table: Table, file: String, into diagnostics: inout [Diagnostic]
    ) -> [String]? {
        let readsSources = table == .relations
        let optional = readsSources ? optionalRelationColumns : optionalDocumentColumns
        guard let header = checkHeader(first, expected: table.requiredColumns, file: file, into: &diagnostics)
        else { return nil }
        for (index, column) in header.enumerated()
        where !table.requiredColumns.contains(column) && !optional.contains(column)
            && !(readsSources && sourceColumn(column) != nil)
        {
            diagnostics.append(.warning(
                at: first.location(ofField: index, file: file),
                "column '\(column)' is not read",
                hint: "\(tableName(table, sheet: first.sheet)) reads \((table.requiredColumns + optional).joined(separator: ", "))"
                    + (readsSources ? ", source_2, quote_2, …" : "")))
        }
        return header
    }

    /// `entities.csv`, or `sheet 'Entities'` for a workbook's sheet.
    static func tableName(_ table: Table, sheet: String?) -> String {
        sheet.map { "sheet '\($0)'" } ?? table.fileName
    }

    /// Where a table's header must be, and what it must hold: `the first line must start with
    /// id,kind,name`, or for a sheet `the first row must hold the columns id, kind, name`.
    static func headerHint(_ expected: [String], sheet: String?) -> String {
        sheet == nil
            ? "the first line must start with \(expected.joined(separator: ","))"
            : "the first row must hold the columns \(expected.joined(separator: ", "))"
    }

    static func reportEmpty(_ table: Table, file: String, sheet: String?, into diagnostics: inout [Diagnostic]) {
        let expected = table.requiredColumns
        if let sheet {
            diagnostics.append(.error(at: FileLocation(file: file, sheet: sheet, row: 1, column: 1),
                "the sheet is empty", hint: headerHint(expected, sheet: sheet)))
        } else {
            diagnostics.append(.error(at: FileLocation(file: file, line: 1, column: 1),
                "the file is empty", hint: "the first line must be the header \(expected.joined(separator: ","))"))
        }
    }

    private static func checkHeader(
        _ first: CSVReader.Row, expected: [String], file: String, into diagnostics: inout [Diagnostic]
    ) -> [String]? {
        let header = first.fields.map { $0.lowercased() }
        var ok = true
        for column in expected where !header.contains(column) {
            diagnostics.append(.error(at: first.location(ofField: 0, file: file),
                "the header has no column '\(column)'", hint: headerHint(expected, sheet: first.sheet)))
            ok = false
        }
        var seen = Set<String>()
        for (index, column) in header.enumerated() where !seen.insert(column).inserted {
            diagnostics.append(.error(at: first.location(ofField: index, file: file),
                "column '\(column)' appears twice in the header", hint: "rename or remove one of them"))
            ok = false
        }
        return ok ? header : nil
    }

    static func checkWidth(
        _ row: CSVReader.Row, header: [String], file: String, into diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard row.fields.count != header.count else { return true }
        diagnostics.append(.error(
            at: row.location(ofField: min(row.fields.count, header.count), file: file),
            "the row has \(row.fields.count) fields, the header \(header.count)",
            hint: "quote fields that contain commas, and give every row the header's columns"))
        return false
    }
}
