import RegionGraph

/// One row of the spreadsheet layout as the record it stands for: a document, an entity or a
/// relation, with its sources; shared by the CSV files and a workbook's sheets.
extension SpreadsheetDatasetReader {
    /// The position of a source column among a row's sources: 1 for `source` and `quote`, *N*
    /// for `source_N` and `quote_N` (*N* ≥ 2); and whether it holds the quote.
    static func sourceColumn(_ column: String) -> (index: Int, isQuote: Bool)? {
        // Asked for every column of every row: most columns are told apart by their first letter.
        guard let first = column.utf8.first, first == UInt8(ascii: "s") || first == UInt8(ascii: "q") else {
            return nil
        }
        for (prefix, numbered, isQuote) in [("source", "source_", false), ("quote", "quote_", true)] {
            if column == prefix { return (1, isQuote) }
            guard column.hasPrefix(numbered) else { continue }
            let number = column.dropFirst(prefix.count + 1)
            if number.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(number), index >= 2 { return (index, isQuote) }
        }
        return nil
    }

    /// The citations of a row's source columns, in column-number order; pairs with neither a
    /// source nor a quote are left out.
    static func citations(_ row: CSVReader.Row, header: [String], file: String) -> [CitationRecord] {
        var byIndex: [Int: CitationRecord] = [:]
        for (position, column) in header.enumerated() {
            guard let (index, isQuote) = sourceColumn(column) else { continue }
            let value = row.fields[position]
            guard !value.isEmpty else { continue }
            let located = Located(value, at: row.location(ofField: position, file: file))
            var citation = byIndex[index] ?? CitationRecord(location: nil)
            if isQuote {
                citation.quote = located
            } else {
                citation.document = located
                citation.location = located.location
            }
            byIndex[index] = citation
        }
        return byIndex.keys.sorted().map { index in
            var citation = byIndex[index]!
            citation.location = citation.location ?? citation.quote?.location
            return citation
        }
    }

    static func documentRecord(_ row: CSVReader.Row, header: [String], file: String) -> DocumentRecord {
        var record = DocumentRecord(location: row.location(ofField: 0, file: file))
        for (index, column) in header.enumerated() {
            let value = row.fields[index]
            let present = !value.isEmpty
            switch column {
            case "id": record.id = Located(value, at: row.location(ofField: index, file: file))
            case "title": record.title = Located(value, at: row.location(ofField: index, file: file))
            case "publisher": record.publisher = present ? value : nil
            case "date": record.date = present ? Located(value, at: row.location(ofField: index, file: file)) : nil
            case "note": record.note = present ? value : nil
            case "file": record.file = present ? value : nil
            case "url": record.url = present ? Located(value, at: row.location(ofField: index, file: file)) : nil
            default: break
            }
        }
        return record
    }

    static func entityRecord(_ row: CSVReader.Row, header: [String], file: String) -> EntityRecord {
        var record = EntityRecord(location: row.location(ofField: 0, file: file))
        record.requiresCitation = false
        for (index, column) in header.enumerated() {
            let value = row.fields[index]
            let present = !value.isEmpty
            switch column {
            case "id": record.id = Located(value, at: row.location(ofField: index, file: file))
            case "kind": record.kind = Located(value, at: row.location(ofField: index, file: file))
            case "name": record.name = Located(value, at: row.location(ofField: index, file: file))
            case "short": record.shortName = present ? value : nil
            case "aliases":
                record.aliases = value.split(separator: ";").map {
                    String($0.trimmingPrefix(" ")).trimmingSuffix(" ")
                }.filter { !$0.isEmpty }
            case "country": record.country = present ? Located(value, at: row.location(ofField: index, file: file)) : nil
            case "description": record.description = present ? value : nil
            case "start": record.start = present ? Located(value, at: row.location(ofField: index, file: file)) : nil
            case "end": record.end = present ? Located(value, at: row.location(ofField: index, file: file)) : nil
            default: if present, sourceColumn(column) == nil { record.attributes[column] = value }
            }
        }
        record.citations = citations(row, header: header, file: file)
        return record
    }

    static func relationRecord(_ row: CSVReader.Row, header: [String], file: String) -> RelationRecord {
        var record = RelationRecord(location: row.location(ofField: 0, file: file))
        record.requiresKnownDocument = false
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
            case "certainty": record.certainty = located
            default: break
            }
        }
        record.citations = citations(row, header: header, file: file)
        return record
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }
}
