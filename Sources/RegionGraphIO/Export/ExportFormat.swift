/// The formats `regiongraph export` writes a network in.
///
/// Single-file formats (`graphml`, `gexf`, `popolo`, `json`, `mermaid`, `xlsx`) write one file,
/// or standard output; folder formats (`csv`, `neo4j`) write several files into a folder.
///
/// ```swift
/// ExportFormat(fileExtensionOf: "network.graphml")   // .graphml
/// ExportFormat.neo4j.writesFolder                    // true
/// ExportFormat.csv.fileNames                         // ["documents.csv", "entities.csv", "relations.csv"]
/// ```
public enum ExportFormat: String, CaseIterable, Sendable, Comparable {
    /// GraphML with typed keys, for yEd, Gephi, Cytoscape and networkx.
    case graphml
    /// GEXF 1.3, dynamic when the data has validity dates, for Gephi.
    case gexf
    /// Popolo JSON: organizations, persons, areas and memberships.
    case popolo
    /// The spreadsheet layout the loader reads: documents.csv, entities.csv and relations.csv.
    case csv
    /// The spreadsheet layout as one Excel workbook with the sheets documents, entities and
    /// relations, which the loader reads too.
    case xlsx
    /// A Mermaid flowchart for Markdown documents.
    case mermaid
    /// `neo4j-admin database import` CSVs and a `LOAD CSV` script.
    case neo4j
    /// The whole network as the project's own JSON.
    case json

    /// What the format is for, in one line: the files it writes and the tools that read them.
    public var summary: String {
        switch self {
        case .graphml: "one file: yEd, Gephi, Cytoscape, networkx (typed keys, sources as JSON)"
        case .gexf: "one file: Gephi; dynamic (start/end dates) when the data has validity dates"
        case .popolo: "one file: Popolo JSON (persons, organizations, areas, memberships)"
        case .csv: "a folder: documents.csv, entities.csv, relations.csv, the spreadsheet layout --data reads back (UTF-8 with a byte-order mark, for Excel)"
        case .xlsx: "one file: an Excel workbook, sheets documents, entities, relations (the csv layout), which --data reads back"
        case .mermaid: "one file: a Mermaid flowchart for Markdown documents"
        case .neo4j: "a folder: nodes.csv, relationships.csv for neo4j-admin import, and import.cypher"
        case .json: "one file: the whole network as this project's JSON"
        }
    }

    /// Whether the format's bytes are not text (a zip archive), which a terminal cannot show.
    public var isBinary: Bool { self == .xlsx }

    /// Whether the format writes a folder of files rather than one file.
    public var writesFolder: Bool { self == .csv || self == .neo4j }

    /// The names of the files a folder format writes, sorted; empty for single-file formats.
    public var fileNames: [String] {
        switch self {
        case .csv: [SpreadsheetExporter.documentsFile, SpreadsheetExporter.entitiesFile, SpreadsheetExporter.relationsFile]
        case .neo4j: [Neo4jExporter.scriptFile, Neo4jExporter.nodesFile, Neo4jExporter.relationshipsFile]
        case .graphml, .gexf, .popolo, .mermaid, .json, .xlsx: []
        }
    }

    /// The usual extension of a single-file format's file, `nil` for folder formats.
    public var fileExtension: String? {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .popolo: "json"
        case .json: "json"
        case .mermaid: "mmd"
        case .xlsx: "xlsx"
        case .csv, .neo4j: nil
        }
    }

    /// The format a file name's extension names, or `nil`: `.graphml`, `.gexf`, `.mmd`, `.xlsx`
    /// and `.json` (the project's JSON; Popolo JSON must be asked for with `--format popolo`).
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "mmd", "mermaid": self = .mermaid
        case "json": self = .json
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// The order formats are listed in: the declaration order.
    public static func < (lhs: ExportFormat, rhs: ExportFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
