import RegionGraph

/// Writes a network as GEXF 1.3, Gephi's format, which networkx also reads.
///
/// When any entity or relation has validity dates the graph is dynamic
/// (`mode="dynamic" timeformat="date"`): nodes and edges carry `start` and `end` as full
/// ISO dates, so Gephi's timeline shows the network as it changed. Partial dates become the
/// period they name: a start becomes its first day (`2017` → `2017-01-01`), an end its last day
/// (`2022` → `2022-12-31`, `2021-02` → `2021-02-28`), so the interval covers exactly what the
/// data says, both bounds inclusive as GEXF reads them. The dates as written stay in the
/// `validity` attribute (`2017–2022`). Without any dates the graph is static.
///
/// Declared attributes (`<attributes class="node|edge">`):
///
/// - nodes (`label`: the short name, else the name): `kind`, `name`, `short_name`, `aliases`
///   (joined by `; `), `country`, `description`, `validity`, `sources` (a JSON array of
///   `{"document", "reference", "quote"}`), `source_documents`, and one per free attribute,
///   typed `integer`, `long`, `double` or `string`;
/// - edges (directed, id `r1`, `r2`, …; `label`: type and role): `type`, `role`, `validity`,
///   `as_of`, `note`, `sources`, `source_documents`.
///
/// ```swift
/// let gexf = GEXFExporter.text(of: network)
/// ```
public enum GEXFExporter {
    static let nodeAttributes = [
        "kind", "name", "short_name", "aliases", "country", "description", "validity", "sources",
        "source_documents",
    ]
    static let edgeAttributes = ["type", "role", "validity", "as_of", "note", "certainty", "sources", "source_documents"]

    /// The GEXF document for `network`; the same network always gives the same text, the bytes
    /// ``write(_:to:)`` writes.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func text(of network: Network) -> String {
        String(decoding: ByteSink.collect { write(network, to: $0) }, as: UTF8.self)
    }

    /// Writes the GEXF document for `network` into `sink` element by element, holding no more
    /// than one element's text at a time.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "network.gexf") { sink in GEXFExporter.write(network, to: sink) }
    /// ```
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func write(_ network: Network, to sink: ByteSink) {
        let content = ExportContent(network)
        let dynamic = content.hasValidityDates
        let header = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>regiongraph</creator>",
            "    <description>Regional collaboration network: \(content.entities.count) entities, \(content.relationCount) relations</description>",
            "  </meta>",
            dynamic
                ? #"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#
                : #"  <graph defaultedgetype="directed" mode="static">"#,
            #"    <attributes class="node">"#,
        ]
        for line in header { writeLine(line, to: sink) }
        for name in nodeAttributes { writeLine(declaration(id: name, title: name, type: "string"), to: sink) }
        let attributeTitles = ExportContent.declaredNames(content.attributeNames, reserved: nodeAttributes + ["label"])
        var attributeIDs: [String: String] = [:]
        for (index, (name, title)) in attributeTitles.enumerated() {
            attributeIDs[name] = "attribute-\(index + 1)"
            writeLine(declaration(
                id: "attribute-\(index + 1)", title: title,
                type: typeName(content.attributeTypes[name] ?? .string)), to: sink)
        }
        writeLine("    </attributes>", to: sink)
        writeLine(#"    <attributes class="edge">"#, to: sink)
        for name in edgeAttributes { writeLine(declaration(id: name, title: name, type: "string"), to: sink) }
        writeLine("    </attributes>", to: sink)
        writeLine("    <nodes>", to: sink)

        let ids = content.xmlNodeIDs()
        var values: [(String, String)] = []
        for entity in content.entities {
            values.removeAll(keepingCapacity: true)
            values += [("kind", entity.kind.rawValue), ("name", entity.name)]
            if let short = entity.shortName { values.append(("short_name", short)) }
            if !entity.aliases.isEmpty { values.append(("aliases", entity.aliases.joined(separator: "; "))) }
            values.append(("country", entity.country))
            if let description = entity.description { values.append(("description", description)) }
            if !entity.validity.isUnbounded { values.append(("validity", entity.validity.description)) }
            if !entity.citations.isEmpty {
                values.append(("sources", ExportContent.citationsJSON(entity.citations)))
                values.append(("source_documents", ExportContent.citedDocuments(entity.citations).joined(separator: "; ")))
            }
            if !entity.attributes.isEmpty {
                for name in content.attributeNames {
                    if let value = entity.attributes[name] { values.append((attributeIDs[name]!, value)) }
                }
            }
            sink.write(#"      <node id=""#)
            XMLText.write(ids[entity.id]!, inAttribute: true, to: sink)
            sink.write(#"" label=""#)
            XMLText.write(entity.shortName ?? entity.name, inAttribute: true, to: sink)
            sink.write("\"\(period(entity.validity, dynamic))>\n")
            writeAttributeValues(values, indent: "        ", to: sink)
            writeLine("      </node>", to: sink)
        }
        writeLine("    </nodes>", to: sink)
        writeLine("    <edges>", to: sink)
        content.forEachRelation { index, relation in
            values.removeAll(keepingCapacity: true)
            values.append(("type", relation.type.rawValue))
            if let role = relation.role { values.append(("role", role)) }
            if !relation.validity.isUnbounded { values.append(("validity", relation.validity.description)) }
            if let asOf = relation.asOf { values.append(("as_of", asOf.description)) }
            if let note = relation.note { values.append(("note", note)) }
            if relation.certainty == .inferred { values.append(("certainty", "inferred")) }
            if !relation.citations.isEmpty {
                values.append(("sources", ExportContent.citationsJSON(relation.citations)))
                values.append(("source_documents", ExportContent.citedDocuments(relation.citations).joined(separator: "; ")))
            }
            // A succession holds from the day its successor starts: the merger on the timeline.
            var validity = relation.validity
            if relation.type == .succeededBy, validity.isUnbounded {
                validity.start = network.entity(relation.to)?.validity.start
            }
            sink.write(#"      <edge id="\#(ExportContent.relationKey(index))" source=""#)
            XMLText.write(ids[relation.from]!, inAttribute: true, to: sink)
            sink.write(#"" target=""#)
            XMLText.write(ids[relation.to]!, inAttribute: true, to: sink)
            sink.write(#"" label=""#)
            XMLText.write(ExportContent.label(of: relation), inAttribute: true, to: sink)
            sink.write("\"\(period(validity, dynamic))>\n")
            writeAttributeValues(values, indent: "        ", to: sink)
            writeLine("      </edge>", to: sink)
        }
        writeLine("    </edges>", to: sink)
        writeLine("  </graph>", to: sink)
        writeLine("</gexf>", to: sink)
    }

    static func writeLine(_ line: String, to sink: ByteSink) {
        sink.write(line)
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// ` start="2017-01-01" end="2022-12-31"` for a dynamic graph: the first day of the start,
    /// the last day of the end; empty for an unbounded validity or a static graph.
    static func period(_ validity: Validity, _ dynamic: Bool) -> String {
        guard dynamic else { return "" }
        var text = ""
        if let start = ExportContent.firstDay(validity.start) { text += #" start="\#(start)""# }
        if let end = ExportContent.lastDay(validity.end) { text += #" end="\#(end)""# }
        return text
    }

    static func declaration(id: String, title: String, type: String) -> String {
        #"      <attribute id="\#(XMLText.escaped(id, inAttribute: true))" title="\#(XMLText.escaped(title, inAttribute: true))" type="\#(type)"/>"#
    }

    /// `<attvalues>` with one `<attvalue>` per value, each line after `indent`; nothing when
    /// there are no values.
    static func writeAttributeValues(_ values: [(String, String)], indent: String, to sink: ByteSink) {
        guard !values.isEmpty else { return }
        writeLine(indent + "<attvalues>", to: sink)
        for (id, value) in values {
            sink.write(indent)
            sink.write(#"  <attvalue for=""#)
            XMLText.write(id, inAttribute: true, to: sink)
            sink.write(#"" value=""#)
            XMLText.write(value, inAttribute: true, to: sink)
            sink.write("\"/>\n")
        }
        writeLine(indent + "</attvalues>", to: sink)
    }

    static func typeName(_ type: ExportContent.ValueType) -> String {
        switch type {
        case .int: "integer"
        case .long: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
