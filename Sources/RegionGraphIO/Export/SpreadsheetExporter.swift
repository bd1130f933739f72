import RegionGraph

/// Writes a network in the spreadsheet layout that ``DatasetLoader`` reads, so that loading
/// the folder gives back exactly the same network, and exporting that gives the same bytes.
///
/// Three files, RFC 4180 CSV with CRLF line ends, UTF-8 with a byte-order mark (without it
/// Excel reads the files as Windows-1252 and garbles æ, ø, å and ï; the loader skips the mark):
///
/// - `documents.csv`: `id,title,publisher,date,note,file`
/// - `entities.csv`: `id,kind,name,short,aliases,country,description,start,end,source,quote`,
///   then `source_2,quote_2`, … as far as the entity with the most sources needs, then one
///   column per free attribute, sorted. Aliases are joined by `; `.
/// - `relations.csv`: `from,to,type,role,start,end,source,quote,as_of,note`, then `certainty`
///   when a relation is inferred, then `source_2,quote_2`, …. `source` holds a document id, or free citation text for a source
///   that is no document of the dataset.
///
/// Entities are sorted by id, relations by source id, type, target id and read order. Text is
/// written as it is: a cell that starts with `=` is still text to the loader, but a spreadsheet
/// program may take it for a formula.
///
/// A network the layout cannot carry unchanged is refused with every problem listed, rather
/// than written with losses: an attribute named like a column or with capitals (the loader
/// reads headers in lower case), an empty attribute value or optional text (an empty cell
/// reads as absent), an alias that is empty, holds `;` or starts or ends with a space, a
/// citation with both or neither of a document and free text, free text that equals a document
/// id, a document that is not in the network, or an entity citation without a document and quote.
///
/// The same tables make the sheets of a workbook (``workbook(of:)``), which loads back the same.
///
/// ```swift
/// let files = try SpreadsheetExporter.files(of: network)
/// // documents.csv, entities.csv, relations.csv
/// ```
public enum SpreadsheetExporter {
    public static let documentsFile = "documents.csv"
    public static let entitiesFile = "entities.csv"
    public static let relationsFile = "relations.csv"

    public static let documentColumns = ["id", "title", "publisher", "date", "note", "file", "url"]
    public static let entityColumns = [
        "id", "kind", "name", "short", "aliases", "country", "description", "start", "end", "source", "quote",
    ]
    public static let relationColumns = [
        "from", "to", "type", "role", "start", "end", "source", "quote", "as_of", "note",
    ]

    /// The three files of `network`, in memory: the bytes of ``documents(of:excelSafe:)``.
    /// With `excelSafe`, a cell that a spreadsheet program would run as a formula is written
    /// as text (``CSVText/excelSafe(_:)``): for opening in Excel, not for loading again, since
    /// those cells then hold the apostrophe.
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` listing every fact the
    ///   layout cannot carry unchanged.
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func files(of network: Network, excelSafe: Bool = false) throws(ExportError) -> [ExportFile] {
        try documents(of: network, excelSafe: excelSafe).map(\.file)
    }

    /// The three files of `network`, each written one row at a time when asked (see
    /// ``files(of:excelSafe:)``).
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` before anything is written.
    public static func documents(of network: Network, excelSafe: Bool = false) throws(ExportError) -> [ExportDocument] {
        let layout = try Self.layout(of: network, format: .csv)
        return SpreadsheetDatasetReader.Table.allCases.map { table in
            ExportDocument(name: table.fileName) { sink in
                sink.write(bytes: [0xEF, 0xBB, 0xBF])
                layout.forEachRow(of: table) { CSVText.write(record: $0, excelSafe: excelSafe, to: sink) }
            }
        }
    }

    /// The layout's three tables of `network`, documents, entities and relations, each as rows
    /// of cells with the header first: what the CSV files hold, and a workbook's sheets.
    ///
    /// ```swift
    /// let tables = try SpreadsheetExporter.tables(of: network)
    /// tables[2].rows[0]   // ["from", "to", "type", "role", "start", "end", "source", "quote", "as_of", "note"]
    /// ```
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` (naming `format`) listing
    ///   every fact the layout cannot carry unchanged.
    public static func tables(
        of network: Network, format: ExportFormat = .csv
    ) throws(ExportError) -> [(table: SpreadsheetDatasetReader.Table, rows: [[String]])] {
        let layout = try Self.layout(of: network, format: format)
        return SpreadsheetDatasetReader.Table.allCases.map { table in
            var rows: [[String]] = []
            layout.forEachRow(of: table) { rows.append($0) }
            return (table, rows)
        }
    }

    /// The layout of `network`'s tables, after checking that it can carry the network.
    static func layout(of network: Network, format: ExportFormat) throws(ExportError) -> SpreadsheetLayout {
        let problems = problems(in: network)
        guard problems.isEmpty else { throw .notRepresentable(format: format, problems: problems) }
        return SpreadsheetLayout(network)
    }

    /// `source_2,quote_2,…,source_N,quote_N` for `count` sources (the first pair is fixed).
    static func extraSourceColumns(_ count: Int) -> [String] {
        count < 2 ? [] : (2...count).flatMap { ["source_\($0)", "quote_\($0)"] }
    }

    /// The source and quote cells of `count` citations: a document id or free text, and the quote.
    static func citationCells(_ citations: [Citation], count: Int) -> [String] {
        (0..<count).flatMap { index -> [String] in
            guard index < citations.count else { return ["", ""] }
            let citation = citations[index]
            return [citation.document?.rawValue ?? citation.reference ?? "", citation.quote ?? ""]
        }
    }

    static func aliasesCell(_ aliases: [String]) -> String { aliases.joined(separator: "; ") }

    /// How the loader reads an `aliases` cell: split at `;`, one leading space and every
    /// trailing space trimmed, empty parts dropped (as `SpreadsheetDatasetReader` does).
    static func readAliases(_ cell: String) -> [String] {
        cell.split(separator: ";").map { part in
            var text = String(part.trimmingPrefix(" "))
            while text.last == " " { text.removeLast() }
            return text
        }.filter { !$0.isEmpty }
    }

    /// Whether a column name is one the loader reads as a field or a source rather than an
    /// attribute: a fixed column, or `source_N` / `quote_N`.
    static func isReservedEntityColumn(_ name: String) -> Bool {
        if entityColumns.contains(name) { return true }
        for prefix in ["source_", "quote_"] where name.hasPrefix(prefix) {
            let number = name.dropFirst(prefix.count)
            if !number.isEmpty, number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return true }
        }
        return false
    }

    /// Every fact of `network` the layout cannot carry unchanged, one line each; empty when
    /// the export will round-trip.
    public static func problems(in network: Network) -> [String] {
        var problems: [String] = []
        let documentIDs = Set(network.documents.map(\.id))
        let referenceIDs = Set(network.documents.filter(\.isReference).map(\.id))
        for document in network.documents {
            for (field, value) in [
                ("publisher", document.publisher), ("note", document.note), ("file", document.file), ("url", document.url),
            ]
            where value == "" {
                problems.append("document '\(document.id)': the \(field) is empty text; an empty cell reads as no \(field)")
            }
        }
        for entity in network.entities {
            let what = "entity '\(entity.id)'"
            if entity.shortName == "" { problems.append("\(what): the short name is empty text; an empty cell reads as none") }
            if entity.description == "" { problems.append("\(what): the description is empty text; an empty cell reads as none") }
            if readAliases(aliasesCell(entity.aliases)) != entity.aliases {
                problems.append("\(what): an alias is empty, holds ';' or starts or ends with a space, so the aliases cell cannot hold it")
            }
            for name in entity.attributes.keys.sorted(by: ExportContent.scalarOrder) {
                if isReservedEntityColumn(name) {
                    problems.append("\(what): attribute '\(name)' has the name of a column of entities.csv")
                } else if name.lowercased() != name {
                    problems.append("\(what): attribute '\(name)' has capitals; the loader reads column names in lower case")
                }
                if entity.attributes[name] == "" {
                    problems.append("\(what): attribute '\(name)' is empty text; an empty cell reads as no attribute")
                }
            }
            for citation in entity.citations {
                // A reference is cited without a quote; any other document with one.
                guard let document = citation.document, citation.reference == nil, documentIDs.contains(document),
                    referenceIDs.contains(document) && citation.quote == nil || !(citation.quote ?? "").isEmpty
                else {
                    problems.append("\(what): a source must name a document of the network and quote it (unless it is a reference), as the loader requires of entities")
                    continue
                }
            }
        }
        // One relation at a time: the network keeps them packed.
        for position in 0..<network.relationCount {
            let relation = network.relation(atPosition: position)
            let what = "relation '\(relation.from) \(relation.type.rawValue) \(relation.to)'"
            if relation.role == "" { problems.append("\(what): the role is empty text; an empty cell reads as none") }
            if relation.note == "" { problems.append("\(what): the note is empty text; an empty cell reads as none") }
            for citation in relation.citations {
                if citation.quote == "" { problems.append("\(what): a quote is empty text; an empty cell reads as none") }
                switch (citation.document, citation.reference) {
                case (let document?, nil):
                    if !documentIDs.contains(document) {
                        problems.append("\(what): it cites '\(document)', which is not a document of the network")
                    }
                case (nil, let reference?):
                    if reference.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                        problems.append("\(what): a source's free text is blank")
                    } else if documentIDs.contains(DocumentID(reference)) {
                        problems.append("\(what): the free-text source '\(reference)' is also a document id, and would read as that document")
                    }
                default:
                    problems.append("\(what): a source must have either a document or free text, not both or neither")
                }
            }
        }
        return problems
    }
}
