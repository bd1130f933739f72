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
/// try AtomicFile.write(to: "network.graphml") { GraphMLExporter.write(network, to: $0) }   // streamed
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

    /// The GraphML document for `network`; the same network always gives the same text, the
    /// bytes ``write(_:to:)`` writes.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func text(of network: Network) -> String {
        String(decoding: ByteSink.collect { write(network, to: $0) }, as: UTF8.self)
    }

    /// Writes the GraphML document for `network` into `sink` element by element, holding no
    /// more than one element's text at a time.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "network.graphml") { sink in GraphMLExporter.write(network, to: sink) }
    /// ```
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func write(_ network: Network, to sink: ByteSink) {
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

        sink.write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        sink.write(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"# + "\n")
        for key in keys {
            sink.write(#"  <key id="\#(key.id)" for="\#(key.domain)" attr.name=""#)
            XMLText.write(key.name, inAttribute: true, to: sink)
            sink.write(#"" attr.type="\#(key.type)"/>"# + "\n")
        }
        sink.write(#"  <graph id="regiongraph" edgedefault="directed">"# + "\n")
        let ids = content.xmlNodeIDs()
        for entity in content.entities {
            sink.write(#"    <node id=""#)
            XMLText.write(ids[entity.id]!, inAttribute: true, to: sink)
            sink.write("\">\n")
            writeData(nodeKey["label"]!, entity.shortName ?? entity.name, to: sink)
            writeData(nodeKey["kind"]!, entity.kind.rawValue, to: sink)
            writeData(nodeKey["name"]!, entity.name, to: sink)
            if let short = entity.shortName { writeData(nodeKey["short_name"]!, short, to: sink) }
            if !entity.aliases.isEmpty { writeData(nodeKey["aliases"]!, entity.aliases.joined(separator: "; "), to: sink) }
            writeData(nodeKey["country"]!, entity.country, to: sink)
            if let description = entity.description { writeData(nodeKey["description"]!, description, to: sink) }
            if let start = entity.validity.start { writeData(nodeKey["start"]!, start.description, to: sink) }
            if let end = entity.validity.end { writeData(nodeKey["end"]!, end.description, to: sink) }
            if !entity.citations.isEmpty {
                writeData(nodeKey["sources"]!, ExportContent.citationsJSON(entity.citations), to: sink)
                writeData(nodeKey["source_documents"]!, ExportContent.citedDocuments(entity.citations).joined(separator: "; "), to: sink)
            }
            if !entity.attributes.isEmpty {
                for name in content.attributeNames {
                    if let value = entity.attributes[name] { writeData(attributeKey[name]!, value, to: sink) }
                }
            }
            sink.write("    </node>\n")
        }
        let edge = edgeKey
        content.forEachRelation { index, relation in
            sink.write(#"    <edge id="\#(ExportContent.relationKey(index))" source=""#)
            XMLText.write(ids[relation.from]!, inAttribute: true, to: sink)
            sink.write(#"" target=""#)
            XMLText.write(ids[relation.to]!, inAttribute: true, to: sink)
            sink.write("\">\n")
            writeData(edge["label"]!, ExportContent.label(of: relation), to: sink)
            writeData(edge["type"]!, relation.type.rawValue, to: sink)
            if let role = relation.role { writeData(edge["role"]!, role, to: sink) }
            if let start = relation.validity.start { writeData(edge["start"]!, start.description, to: sink) }
            if let end = relation.validity.end { writeData(edge["end"]!, end.description, to: sink) }
            if let asOf = relation.asOf { writeData(edge["as_of"]!, asOf.description, to: sink) }
            if let note = relation.note { writeData(edge["note"]!, note, to: sink) }
            if relation.certainty == .inferred { writeData(edge["certainty"]!, "inferred", to: sink) }
            if !relation.citations.isEmpty {
                writeData(edge["sources"]!, ExportContent.citationsJSON(relation.citations), to: sink)
                writeData(edge["source_documents"]!, ExportContent.citedDocuments(relation.citations).joined(separator: "; "), to: sink)
            }
            sink.write("    </edge>\n")
        }
        sink.write("  </graph>\n</graphml>\n")
    }

    /// `      <data key="KEY">VALUE</data>` and a line break.
    static func writeData(_ key: String, _ value: String, to sink: ByteSink) {
        sink.write(#"      <data key=""#)
        sink.write(key)
        sink.write("\">")
        XMLText.write(value, to: sink)
        sink.write("</data>\n")
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
