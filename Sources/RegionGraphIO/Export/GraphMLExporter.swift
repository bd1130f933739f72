import RegionGraph

/// Writes a network as GraphML, which yEd, Gephi, Cytoscape and networkx read.
///
/// Every value is a `<data>` element under a typed `<key>`:
///
/// - nodes: `label` (the short name, else the name), `kind`, `name`, `short_name`, `aliases`
///   (joined by `; `), `country`, `description`, `start`, `end` (as written: `2017`,
///   `2021-05`), `sources` (a JSON array of `{"document", "reference", "quote"}`),
///   `source_documents` (the cited document ids, joined by `; `), and one key per free
///   attribute, typed `int`, `long`, `double` or `string` after the values all entities have
///   for it;
/// - edges (directed, id `r1`, `r2`, … in export order): `label` (type and role), `type`,
///   `role`, `start`, `end`, `as_of`, `note`, `sources`, `source_documents`.
///
/// Text is XML-escaped and characters XML 1.0 forbids are left out. A free attribute whose name
/// is not an XML name token, or clashes with a fixed key, is declared under a cleaned name.
///
/// ```swift
/// let graphml = GraphMLExporter.text(of: network)
/// try AtomicFile.write(Array(graphml.utf8), to: "network.graphml")
/// ```
public enum GraphMLExporter {
    /// One declared key.
    struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    static let nodeKeyNames = [
        "label", "kind", "name", "short_name", "aliases", "country", "description", "start", "end",
        "sources", "source_documents",
    ]
    static let edgeKeyNames = [
        "label", "type", "role", "start", "end", "as_of", "note", "certainty", "sources", "source_documents",
    ]

    /// The GraphML document for `network`; the same network always gives the same text.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func text(of network: Network) -> String {
        let content = ExportContent(network)
        var keys: [Key] = []
        var nodeKey: [String: String] = [:]
        var edgeKey: [String: String] = [:]
        for name in nodeKeyNames {
            nodeKey[name] = "d\(keys.count)"
            keys.append(Key(id: "d\(keys.count)", domain: "node", name: name, type: "string"))
        }
        var attributeKey: [String: String] = [:]
        for (attribute, declared) in attributeKeyNames(content.attributeNames) {
            attributeKey[attribute] = "d\(keys.count)"
            keys.append(Key(
                id: "d\(keys.count)", domain: "node", name: declared,
                type: typeName(content.attributeTypes[attribute] ?? .string)))
        }
        for name in edgeKeyNames {
            edgeKey[name] = "d\(keys.count)"
            keys.append(Key(id: "d\(keys.count)", domain: "edge", name: name, type: "string"))
        }

        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for key in keys {
            lines.append(#"  <key id="\#(key.id)" for="\#(key.domain)" attr.name="\#(XMLText.escaped(key.name, inAttribute: true))" attr.type="\#(key.type)"/>"#)
        }
        lines.append(#"  <graph id="regiongraph" edgedefault="directed">"#)
        let ids = content.xmlNodeIDs()
        for entity in content.entities {
            var data: [(String, String)] = [
                ("label", entity.shortName ?? entity.name), ("kind", entity.kind.rawValue), ("name", entity.name),
            ]
            if let short = entity.shortName { data.append(("short_name", short)) }
            if !entity.aliases.isEmpty { data.append(("aliases", entity.aliases.joined(separator: "; "))) }
            data.append(("country", entity.country))
            if let description = entity.description { data.append(("description", description)) }
            if let start = entity.validity.start { data.append(("start", start.description)) }
            if let end = entity.validity.end { data.append(("end", end.description)) }
            if !entity.citations.isEmpty {
                data.append(("sources", ExportContent.citationsJSON(entity.citations)))
                data.append(("source_documents", ExportContent.citedDocuments(entity.citations).joined(separator: "; ")))
            }
            lines.append(#"    <node id="\#(XMLText.escaped(ids[entity.id]!, inAttribute: true))">"#)
            for (name, value) in data { lines.append(dataLine(nodeKey[name]!, value)) }
            for name in content.attributeNames {
                if let value = entity.attributes[name] { lines.append(dataLine(attributeKey[name]!, value)) }
            }
            lines.append("    </node>")
        }
        for (index, relation) in content.relations.enumerated() {
            var data: [(String, String)] = [("label", ExportContent.label(of: relation)), ("type", relation.type.rawValue)]
            if let role = relation.role { data.append(("role", role)) }
            if let start = relation.validity.start { data.append(("start", start.description)) }
            if let end = relation.validity.end { data.append(("end", end.description)) }
            if let asOf = relation.asOf { data.append(("as_of", asOf.description)) }
            if let note = relation.note { data.append(("note", note)) }
            if relation.certainty == .inferred { data.append(("certainty", "inferred")) }
            if !relation.citations.isEmpty {
                data.append(("sources", ExportContent.citationsJSON(relation.citations)))
                data.append(("source_documents", ExportContent.citedDocuments(relation.citations).joined(separator: "; ")))
            }
            let source = XMLText.escaped(ids[relation.from]!, inAttribute: true)
            let target = XMLText.escaped(ids[relation.to]!, inAttribute: true)
            lines.append(#"    <edge id="\#(ExportContent.relationKey(index))" source="\#(source)" target="\#(target)">"#)
            for (name, value) in data { lines.append(dataLine(edgeKey[name]!, value)) }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func dataLine(_ key: String, _ value: String) -> String {
        #"      <data key="\#(key)">\#(XMLText.escaped(value))</data>"#
    }

    /// The declared name of each free attribute: the name when it is an XML name token and
    /// clashes with no fixed key, else a cleaned, unique one.
    static func attributeKeyNames(_ names: [String]) -> [(String, String)] {
        ExportContent.declaredNames(names, reserved: nodeKeyNames, clean: XMLText.nameToken)
    }

    static func typeName(_ type: ExportContent.ValueType) -> String {
        switch type {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
