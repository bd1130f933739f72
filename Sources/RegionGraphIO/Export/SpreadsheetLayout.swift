import RegionGraph

/// The rows of the spreadsheet layout's tables (``SpreadsheetExporter``), made one at a time:
/// the columns are settled first (how many sources the most cited entity and relation have,
/// which attributes there are, whether a relation is inferred), then each row is made as it
/// is written.
///
/// ```swift
/// let layout = SpreadsheetLayout(network)
/// layout.forEachRow(of: .relations) { cells in print(cells.joined(separator: ",")) }
/// ```
struct SpreadsheetLayout {
    let network: Network
    let content: ExportContent
    /// The source and quote column pairs of entities.csv, at least one.
    let entitySources: Int
    /// The source and quote column pairs of relations.csv, at least one.
    let relationSources: Int
    /// Whether relations.csv has a certainty column: only when a relation is inferred.
    let certainty: Bool

    init(_ network: Network) {
        self.network = network
        let content = ExportContent(network)
        self.content = content
        entitySources = max(1, content.entities.map(\.citations.count).max() ?? 0)
        var relationSources = 1
        var certainty = false
        content.forEachRelation { _, relation in
            relationSources = max(relationSources, relation.citations.count)
            if relation.certainty == .inferred { certainty = true }
        }
        self.relationSources = relationSources
        self.certainty = certainty
    }

    /// Calls `body` with the header, then with every row of `table`.
    func forEachRow(of table: SpreadsheetDatasetReader.Table, _ body: ([String]) -> Void) {
        typealias Spreadsheet = SpreadsheetExporter
        switch table {
        case .documents:
            body(Spreadsheet.documentColumns)
            for document in network.documents {
                body([
                    document.id.rawValue, document.title, document.publisher ?? "", document.date?.description ?? "",
                    document.note ?? "", document.file ?? "", document.url ?? "",
                ])
            }
        case .entities:
            body(Spreadsheet.entityColumns + Spreadsheet.extraSourceColumns(entitySources) + content.attributeNames)
            for entity in content.entities {
                var fields = [
                    entity.id.rawValue, entity.kind.rawValue, entity.name, entity.shortName ?? "",
                    Spreadsheet.aliasesCell(entity.aliases), entity.country, entity.description ?? "",
                    entity.validity.start?.description ?? "", entity.validity.end?.description ?? "",
                ]
                fields += Spreadsheet.citationCells(entity.citations, count: entitySources)
                fields += content.attributeNames.map { entity.attributes[$0] ?? "" }
                body(fields)
            }
        case .relations:
            body(Spreadsheet.relationColumns + (certainty ? ["certainty"] : []) + Spreadsheet.extraSourceColumns(relationSources))
            content.forEachRelation { _, relation in
                let cells = Spreadsheet.citationCells(relation.citations, count: relationSources)
                body([
                    relation.from.rawValue, relation.to.rawValue, relation.type.rawValue, relation.role ?? "",
                    relation.validity.start?.description ?? "", relation.validity.end?.description ?? "",
                    cells[0], cells[1], relation.asOf?.description ?? "", relation.note ?? "",
                ] + (certainty ? [relation.certainty.rawValue] : []) + cells.dropFirst(2))
            }
        }
    }
}
