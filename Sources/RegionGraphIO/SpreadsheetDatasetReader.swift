import RegionGraph

/// Reads the spreadsheet layout: `entities.csv` (`id,kind,name`, extra columns) and
/// `relations.csv` (`from,to,type,role,start,end,source`).
///
/// In `entities.csv` the columns `short`, `aliases` (separated by `;`), `country`,
/// `description`, `start` and `end` fill those fields; any other column becomes an attribute.
/// In `relations.csv` the optional columns `quote`, `as_of` and `note` fill those fields.
///
/// ```swift
/// let records = SpreadsheetDatasetReader.readEntities(bytes, file: "net/entities.csv")
/// ```
public enum SpreadsheetDatasetReader {
    public static let entityHeader = ["id", "kind", "name"]
    public static let relationHeader = ["from", "to", "type", "role", "start", "end", "source"]
    static let optionalRelationColumns = ["quote", "as_of", "note"]

    /// Reads `entities.csv`.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func readEntities(_ bytes: [UInt8], file: String) -> DatasetRecords {
        let table = CSVReader.read(bytes, file: file)
        var records = DatasetRecords()
        records.diagnostics = table.diagnostics
        guard let header = checkHeader(table, expected: entityHeader, file: file, into: &records)
        else { return records }
        for row in table.rows.dropFirst() {
            guard checkWidth(row, header: header, file: file, into: &records) else { continue }
            var record = EntityRecord(location: row.location(ofField: 0, file: file))
            record.requiresCitation = false
            for (index, column) in header.enumerated() {
                let value = row.fields[index]
                let located = Located(value, at: row.location(ofField: index, file: file))
                let present = !value.isEmpty
                switch column {
                case "id": record.id = located
                case "kind": record.kind = located
                case "name": record.name = located
                case "short": record.shortName = present ? value : nil
                case "aliases":
                    record.aliases = value.split(separator: ";").map {
                        String($0.trimmingPrefix(" ")).trimmingSuffix(" ")
                    }.filter { !$0.isEmpty }
                case "country": record.country = present ? located : nil
                case "description": record.description = present ? value : nil
                case "start": record.start = present ? located : nil
                case "end": record.end = present ? located : nil
                default: if present { record.attributes[column] = value }
                }
            }
            records.entities.append(record)
        }
        return records
    }

    /// Reads `relations.csv`.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func readRelations(_ bytes: [UInt8], file: String) -> DatasetRecords {
        let table = CSVReader.read(bytes, file: file)
        var records = DatasetRecords()
        records.diagnostics = table.diagnostics
        guard let header = checkHeader(table, expected: relationHeader, file: file, into: &records)
        else { return records }
        for (index, column) in header.enumerated()
        where !relationHeader.contains(column) && !optionalRelationColumns.contains(column) {
            records.diagnostics.append(.warning(
                at: table.rows[0].location(ofField: index, file: file),
                "column '\(column)' is not read",
                hint: "relations.csv reads \((relationHeader + optionalRelationColumns).joined(separator: ", "))"))
        }
        for row in table.rows.dropFirst() {
            guard checkWidth(row, header: header, file: file, into: &records) else { continue }
            var record = RelationRecord(location: row.location(ofField: 0, file: file))
            record.requiresKnownDocument = false
            var citation = CitationRecord(location: nil)
            for (index, column) in header.enumerated() {
                let value = row.fields[index]
                let located: Located<String>? =
                    value.isEmpty ? nil : Located(value, at: row.location(ofField: index, file: file))
                switch column {
                case "from": record.from = located ?? Located("", at: row.location(ofField: index, file: file))
                case "to": record.to = located ?? Located("", at: row.location(ofField: index, file: file))
                case "type": record.type = located ?? Located("", at: row.location(ofField: index, file: file))
                case "role": record.role = located?.value
                case "start": record.start = located
                case "end": record.end = located
                case "as_of": record.asOf = located
                case "note": record.note = located?.value
                case "source":
                    citation.document = located
                    citation.location = located?.location
                case "quote": citation.quote = located
                default: break
                }
            }
            if citation.document != nil || citation.quote != nil {
                record.citations.append(citation)
            }
            records.relations.append(record)
        }
        return records
    }

    private static func checkHeader(
        _ table: CSVReader.Table, expected: [String], file: String, into records: inout DatasetRecords
    ) -> [String]? {
        guard let first = table.rows.first else {
            records.diagnostics.append(.error(at: FileLocation(file: file, line: 1, column: 1),
                "the file is empty", hint: "the first line must be the header \(expected.joined(separator: ","))"))
            return nil
        }
        let header = first.fields.map { $0.lowercased() }
        var ok = true
        for column in expected where !header.contains(column) {
            records.diagnostics.append(.error(at: first.location(ofField: 0, file: file),
                "the header has no column '\(column)'",
                hint: "the first line must start with \(expected.joined(separator: ","))"))
            ok = false
        }
        var seen = Set<String>()
        for (index, column) in header.enumerated() where !seen.insert(column).inserted {
            records.diagnostics.append(.error(at: first.location(ofField: index, file: file),
                "column '\(column)' appears twice in the header", hint: "rename or remove one of them"))
            ok = false
        }
        return ok ? header : nil
    }

    private static func checkWidth(
        _ row: CSVReader.Row, header: [String], file: String, into records: inout DatasetRecords
    ) -> Bool {
        guard row.fields.count != header.count else { return true }
        records.diagnostics.append(.error(
            at: row.location(ofField: min(row.fields.count, header.count), file: file),
            "the row has \(row.fields.count) fields, the header \(header.count)",
            hint: "quote fields that contain commas, and give every row the header's columns"))
        return false
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }
}
