import RegionGraph

/// Writes a network for Neo4j: node and relationship CSVs with the headers
/// `neo4j-admin database import` reads, and `import.cypher`, a `LOAD CSV` script that loads the
/// same files into a running database with `MERGE`, so it can be run again.
///
/// - `nodes.csv`: `id:ID,:LABEL,kind,name,short_name,aliases:string[],country,description,start,end,valid_from:date,valid_to:date,attributes,sources,source_documents:string[]`.
///   Labels are the kind in PascalCase and `Entity` (`Municipality;Entity`).
/// - `relationships.csv`: `:START_ID,:END_ID,:TYPE,id,role,start,end,valid_from:date,valid_to:date,as_of,note,certainty,sources,source_documents:string[]`.
///   Types are the relation types in upper case (`MEMBER_OF`); `id` is the export's relation
///   key (`r1`, `r2`, …).
///
/// `start` and `end` are the validity as written (`2017`, `2021-05`); `valid_from` and
/// `valid_to` are the first and last day of that period as Neo4j dates, for range queries.
/// `attributes` is a JSON object and `sources` a JSON array of
/// `{"document", "reference", "quote"}` (Neo4j properties cannot hold maps); arrays are
/// separated by `;`. The CSVs are RFC 4180, UTF-8 without a byte-order mark; quoted fields may
/// hold line breaks, so `neo4j-admin` needs `--multiline-fields=true`.
///
/// ```swift
/// for document in Neo4jExporter.documents(of: network) {
///     try AtomicFile.write(to: "neo4j/" + document.name, document.write)   // streamed
/// }
/// ```
public enum Neo4jExporter {
    public static let nodesFile = "nodes.csv"
    public static let relationshipsFile = "relationships.csv"
    public static let scriptFile = "import.cypher"

    public static let nodeHeader = [
        "id:ID", ":LABEL", "kind", "name", "short_name", "aliases:string[]", "country", "description", "start", "end",
        "valid_from:date", "valid_to:date", "attributes", "sources", "source_documents:string[]",
    ]
    public static let relationshipHeader = [
        ":START_ID", ":END_ID", ":TYPE", "id", "role", "start", "end", "valid_from:date", "valid_to:date", "as_of",
        "note", "certainty", "sources", "source_documents:string[]",
    ]

    /// The relation types the example query compares, as `regiongraph shared` does.
    static let sharedTypes = RelationType.allCases.filter(RelationType.affiliation.contains)

    /// The Neo4j label of a kind: `CountyMunicipality` for `county_municipality`.
    public static func label(of kind: EntityKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The Neo4j relationship type of a relation type: `MEMBER_OF` for `member_of`.
    public static func relationshipType(of type: RelationType) -> String {
        type.rawValue.uppercased()
    }

    /// The three files: `import.cypher`, `nodes.csv`, `relationships.csv`, in memory: the
    /// bytes of ``documents(of:)``.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func files(of network: Network) -> [ExportFile] {
        documents(of: network).map(\.file)
    }

    /// The three files, each written one record at a time when asked.
    public static func documents(of network: Network) -> [ExportDocument] {
        let content = ExportContent(network)
        let kinds = Set(content.entities.map(\.kind)).sorted()
        let types = content.relationTypes
        let text = script(kinds: kinds, types: types, entities: content.entities.count, relations: content.relationCount)
        return [
            ExportDocument(name: scriptFile) { $0.write(text) },
            ExportDocument(name: nodesFile) { writeNodes(content, to: $0) },
            ExportDocument(name: relationshipsFile) { writeRelationships(content, to: $0) },
        ]
    }

    static func writeNodes(_ content: ExportContent, to sink: ByteSink) {
        CSVText.write(record: nodeHeader, to: sink)
        for entity in content.entities {
            CSVText.write(record: [
                entity.id.rawValue, label(of: entity.kind) + ";Entity", entity.kind.rawValue, entity.name,
                entity.shortName ?? "", entity.aliases.joined(separator: ";"), entity.country, entity.description ?? "",
                entity.validity.start?.description ?? "", entity.validity.end?.description ?? "",
                ExportContent.firstDay(entity.validity.start) ?? "", ExportContent.lastDay(entity.validity.end) ?? "",
                entity.attributes.isEmpty ? "" : ExportContent.attributesJSON(entity.attributes),
                entity.citations.isEmpty ? "" : ExportContent.citationsJSON(entity.citations),
                ExportContent.citedDocuments(entity.citations).joined(separator: ";"),
            ], to: sink)
        }
    }

    static func writeRelationships(_ content: ExportContent, to sink: ByteSink) {
        CSVText.write(record: relationshipHeader, to: sink)
        content.forEachRelation { index, relation in
            CSVText.write(record: [
                relation.from.rawValue, relation.to.rawValue, relationshipType(of: relation.type),
                ExportContent.relationKey(index), relation.role ?? "",
                relation.validity.start?.description ?? "", relation.validity.end?.description ?? "",
                ExportContent.firstDay(relation.validity.start) ?? "", ExportContent.lastDay(relation.validity.end) ?? "",
                relation.asOf?.description ?? "", relation.note ?? "", relation.certainty.rawValue,
                relation.citations.isEmpty ? "" : ExportContent.citationsJSON(relation.citations),
                ExportContent.citedDocuments(relation.citations).joined(separator: ";"),
            ], to: sink)
        }
    }

    /// The example query: what Røros and Holtålen both belong to or take part in, with sources.
    public static var sharedMembershipsQuery: String {
        let types = sharedTypes.map(relationshipType).joined(separator: "|")
        return """
            MATCH (a:Entity {id: 'roros'})-[ra:\(types)]->(body:Entity)<-[rb:\(types)]-(b:Entity {id: 'holtalen'})
            RETURN body.name AS body, body.kind AS kind,
                   type(ra) AS roros, ra.role AS roros_role, ra.sources AS roros_sources,
                   type(rb) AS holtalen, rb.role AS holtalen_role, rb.sources AS holtalen_sources
            ORDER BY body.name;
            """
    }

    static func script(kinds: [EntityKind], types: [RelationType], entities: Int, relations: Int) -> String {
        var lines = [
            "// RegionGraph export for Neo4j 5: \(entities) entities, \(relations) relations.",
            "//",
            "// Bulk import into a new database, from the folder holding nodes.csv and relationships.csv:",
            "//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\",
            "//     --multiline-fields=true --array-delimiter=';' neo4j",
            "//",
            "// Or load into a running database with this script: copy nodes.csv and relationships.csv",
            "// into the database's import folder, then run",
            "//   cypher-shell -u neo4j -p PASSWORD -f import.cypher",
            "// It MERGEs on ids, so running it again updates rather than duplicates. Set",
            "// dbms.import.csv.legacy_quote_escaping=false: by default LOAD CSV reads a backslash",
            "// before a quote as an escape, which RFC 4180 files such as these do not use.",
            "",
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
            "",
            "LOAD CSV WITH HEADERS FROM 'file:///\(nodesFile)' AS row",
            "MERGE (e:Entity {id: row.`id:ID`})",
            "SET e.kind = row.kind, e.name = row.name, e.short_name = row.short_name,",
            "    e.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END,",
            "    e.country = row.country, e.description = row.description, e.start = row.start, e.end = row.end,",
            "    e.valid_from = date(row.`valid_from:date`), e.valid_to = date(row.`valid_to:date`),",
            "    e.attributes = row.attributes, e.sources = row.sources,",
            "    e.source_documents = CASE WHEN row.`source_documents:string[]` IS NULL THEN null ELSE split(row.`source_documents:string[]`, ';') END",
        ]
        for kind in kinds {
            lines.append("FOREACH (_ IN CASE WHEN row.kind = '\(kind.rawValue)' THEN [1] ELSE [] END | SET e:\(label(of: kind)))")
        }
        lines[lines.count - 1] += ";"
        for type in types {
            let name = relationshipType(of: type)
            lines += [
                "",
                "LOAD CSV WITH HEADERS FROM 'file:///\(relationshipsFile)' AS row",
                "WITH row WHERE row.`:TYPE` = '\(name)'",
                "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})",
                "MERGE (a)-[r:\(name) {id: row.id}]->(b)",
                "SET r.role = row.role, r.start = row.start, r.end = row.end,",
                "    r.valid_from = date(row.`valid_from:date`), r.valid_to = date(row.`valid_to:date`),",
                "    r.as_of = row.as_of, r.note = row.note, r.certainty = row.certainty, r.sources = row.sources,",
                "    r.source_documents = CASE WHEN row.`source_documents:string[]` IS NULL THEN null ELSE split(row.`source_documents:string[]`, ';') END;",
            ]
        }
        lines += ["", "// Example: what Røros and Holtålen both belong to or take part in, with the sources:"]
        lines += sharedMembershipsQuery.split(separator: "\n").map { "// " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
