import Foundation
import RegionGraph

/// Reads the spreadsheet layout from an Excel workbook (`.xlsx`): the sheets `entities`,
/// `relations` and, optionally, `documents` (names in any case), with the columns of
/// `entities.csv`, `relations.csv` and `documents.csv`; each sheet's first row that holds
/// anything is its header. The rows are read by ``SpreadsheetDatasetReader``, so a sheet means
/// exactly what the CSV file would, and every problem names its cell:
/// `Nettverk.xlsx:relations!C7: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)`.
///
/// A date typed into a cell reads as an ISO date (`2019-01-01`), a whole number without a
/// decimal point (`2019`). Other sheets are not read (a warning says so). A workbook that
/// cannot be opened (not a workbook, encrypted, damaged) is one error at the file.
///
/// ```swift
/// let records = WorkbookDatasetReader.read(bytes, file: "net/Nettverk.xlsx")
/// ```
public enum WorkbookDatasetReader {
    /// The records of the workbook whose bytes are `bytes`; `file` is its path in diagnostics.
    ///
    /// - Complexity: O(*n*) in the unpacked size of the workbook.
    public static func read(_ bytes: [UInt8], file: String) -> DatasetRecords {
        var records = DatasetRecords()
        let sheets: [Worksheet]
        do {
            sheets = try WorkbookReader.sheets(of: bytes)
        } catch {
            records.diagnostics.append(
                .error(at: FileLocation(file: file, line: 1, column: 1), error.description, hint: error.hint))
            return records
        }
        var found: [SpreadsheetDatasetReader.Table: Worksheet] = [:]
        for sheet in sheets {
            let name = sheet.name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let table = SpreadsheetDatasetReader.Table(rawValue: name) else {
                records.diagnostics.append(.warning(
                    at: FileLocation(file: file, sheet: sheet.name, row: 1, column: 1), "sheet '\(sheet.name)' is not read",
                    hint: "the sheets read are documents, entities and relations"))
                continue
            }
            guard found[table] == nil else {
                records.diagnostics.append(.error(
                    at: FileLocation(file: file, sheet: sheet.name, row: 1, column: 1),
                    "a second sheet named '\(table.rawValue)' (the first is '\(found[table]!.name)')",
                    hint: "rename or remove one of them"))
                continue
            }
            found[table] = sheet
        }
        if found[.entities] == nil, found[.relations] == nil {
            let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
            records.diagnostics.append(.error(
                at: FileLocation(file: file, line: 1, column: 1),
                "the workbook has no sheet named entities or relations" + (names.isEmpty ? "" : " (its sheets: \(names))"),
                hint: "name the sheets entities, relations and documents, as the CSV files of the spreadsheet layout"))
        } else if let missing = [SpreadsheetDatasetReader.Table.entities, .relations].first(where: { found[$0] == nil }) {
            records.diagnostics.append(.warning(
                at: FileLocation(file: file, line: 1, column: 1),
                "the workbook has no sheet named \(missing.rawValue); the spreadsheet layout has two tables"))
        }
        for table in SpreadsheetDatasetReader.Table.allCases {
            guard let sheet = found[table] else { continue }
            records.append(contentsOf: SpreadsheetDatasetReader.records(
                of: self.table(of: sheet, file: file), table: table, file: file))
        }
        return records
    }

    /// The rows of `sheet` as a table of the spreadsheet layout: from its first row that holds
    /// anything (the header), every row that holds anything, each with a field per column of
    /// the header (empty cells as empty fields). A cell that cannot be read, or that holds a
    /// control character, is an error at the cell; a cell right of the header's last column is
    /// not read (a warning says so).
    static func table(of sheet: Worksheet, file: String) -> CSVReader.Table {
        var table = CSVReader.Table(rows: [], diagnostics: [], sheet: sheet.name)
        guard let header = sheet.rows.first else { return table }
        let width = header.cells.last?.column ?? 0
        func place(_ row: Int, _ column: Int) -> FileLocation {
            FileLocation(file: file, sheet: sheet.name, row: row, column: column)
        }
        for row in sheet.rows {
            var fields = Array(repeating: "", count: width)
            for cell in row.cells {
                let text: String
                switch cell.value {
                case .text(let value): text = value
                case .unreadable(let reason):
                    table.diagnostics.append(.error(
                        at: place(row.number, cell.column), reason,
                        hint: "enter the value itself, or fix the formula and save the workbook again"))
                    continue
                }
                if let control = ControlCharacter.first(in: text) {
                    table.diagnostics.append(.error(
                        at: place(row.number, cell.column), ControlCharacter.problem(control, in: "the cell"),
                        hint: ControlCharacter.hint))
                }
                guard cell.column <= width else {
                    table.diagnostics.append(.warning(
                        at: place(row.number, cell.column),
                        "the cell is not read: column \(FileLocation.columnName(cell.column)) has no header",
                        hint: "give the column a name in row \(header.number), or move the cell into the table"))
                    continue
                }
                fields[cell.column - 1] = text
            }
            guard fields.contains(where: { !$0.isEmpty }) else { continue }
            table.rows.append(CSVReader.Row(
                fields: fields, line: row.number, columns: Array(1..<(width + 1)),
                sheet: sheet.name))
        }
        return table
    }
}
