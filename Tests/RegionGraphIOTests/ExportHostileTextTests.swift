import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// Text that tries to break every format: quotes, backslashes, markup, line breaks, control
/// characters, right-to-left text, emoji, combining marks, South Sami letters, 10,000-character
/// names. The structure of every export must hold, and every text must come back.
@Suite struct ExportHostileTextTests {
    let network = ExportFixture.hostileInCode

    /// Citations as the exports' JSON holds them.
    static func citationObjects(_ citations: [Citation]) -> [[String: String]] {
        citations.map { citation in
            var object: [String: String] = [:]
            object["document"] = citation.document?.rawValue
            object["reference"] = citation.reference
            object["quote"] = citation.quote
            return object
        }
    }

    static func decodedSources(_ text: String?) throws -> [[String: String]] {
        guard let text else { return [] }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
    }

    /// What every node and edge of a network should read back as, text with the characters
    /// XML 1.0 forbids left out; sources exactly (their JSON escapes those characters).
    func expectXMLValues(
        nodes: [(id: String, values: [String: String])], edges: [(id: String, values: [String: String])],
        attributeName: (String) -> String, labelKey: String
    ) throws {
        let allowed = XMLText.allowedPart
        #expect(nodes.map(\.id) == network.entities.map(\.id.rawValue))
        for (entity, node) in zip(network.entities, nodes) {
            let values = node.values
            #expect(values["name"] == allowed(entity.name))
            #expect(values[labelKey] == allowed(entity.shortName ?? entity.name))
            #expect(values["short_name"] == entity.shortName.map(allowed))
            #expect(values["aliases"] == (entity.aliases.isEmpty ? nil : allowed(entity.aliases.joined(separator: "; "))))
            #expect(values["description"] == entity.description.map(allowed))
            #expect(values["kind"] == entity.kind.rawValue)
            for (name, value) in entity.attributes { #expect(values[attributeName(name)] == allowed(value)) }
            #expect(try Self.decodedSources(values["sources"]) == Self.citationObjects(entity.citations))
        }
        let relations = network.relations.sorted(by: ExportContent.exportOrder)
        #expect(edges.map(\.id) == relations.indices.map { "r\($0 + 1)" })
        for (relation, edge) in zip(relations, edges) {
            let values = edge.values
            #expect(values["type"] == relation.type.rawValue)
            #expect(values["role"] == relation.role.map(allowed))
            #expect(values["note"] == relation.note.map(allowed))
            #expect(values["as_of"] == relation.asOf?.description)
            #expect(try Self.decodedSources(values["sources"]) == Self.citationObjects(relation.citations))
        }
    }

    @Test func graphMLStaysWellFormedAndKeepsEveryText() throws {
        let text = GraphMLExporter.text(of: network)
        let (parsed, error) = XMLElementNode.parse(text)
        let root = try #require(parsed, "GraphML is not well-formed: \(error ?? "")")
        let keys = Dictionary(uniqueKeysWithValues: root.all("key").map { ($0.attributes["id"]!, $0.attributes["attr.name"]!) })
        func values(_ element: XMLElementNode) -> [String: String] {
            Dictionary(uniqueKeysWithValues: element.children.map { (keys[$0.attributes["key"]!]!, $0.text) })
        }
        try expectXMLValues(
            nodes: root.all("node").map { ($0.attributes["id"]!, values($0)) },
            edges: root.all("edge").map { ($0.attributes["id"]!, values($0)) },
            attributeName: { $0 }, labelKey: "label")
    }

    @Test func gexfStaysWellFormedAndKeepsEveryText() throws {
        let text = GEXFExporter.text(of: network)
        let (parsed, error) = XMLElementNode.parse(text)
        let root = try #require(parsed, "GEXF is not well-formed: \(error ?? "")")
        var titles: [String: String] = [:]
        for attribute in root.all("attribute") { titles[attribute.attributes["id"]!] = attribute.attributes["title"]! }
        func values(_ element: XMLElementNode) -> [String: String] {
            var result = Dictionary(uniqueKeysWithValues: element.all("attvalue").map {
                (titles[$0.attributes["for"]!]!, $0.attributes["value"]!)
            })
            result["label"] = element.attributes["label"]
            return result
        }
        try expectXMLValues(
            nodes: root.all("node").map { ($0.attributes["id"]!, values($0)) },
            edges: root.all("edge").map { ($0.attributes["id"]!, values($0)) },
            attributeName: { $0 }, labelKey: "label")
        let edges = root.all("edge")
        #expect(edges.map { $0.attributes["label"]! } == network.relations.sorted(by: ExportContent.exportOrder)
            .map { XMLText.allowedPart(of: ExportContent.label(of: $0)) })
    }

    @Test func xmlLeavesOutOnlyWhatXML10Forbids() {
        #expect(XMLText.escaped("a\u{0}b\u{1}c\u{FFFE}d\u{FFFF}e\u{B}f") == "abcdef")
        #expect(XMLText.escaped("\u{85}\u{7F}é\u{301}🇳🇴") == "\u{85}\u{7F}é\u{301}🇳🇴")
        #expect(XMLText.escaped("<&>\"'") == "&lt;&amp;&gt;&quot;&apos;")
        #expect(XMLText.escaped("a\tb\nc\rd") == "a\tb\nc&#13;d")
        #expect(XMLText.escaped("a\tb\nc\rd", inAttribute: true) == "a&#9;b&#10;c&#13;d")
    }

    @Test func xmlNodeIDsStayUniqueWhenAnIDHoldsForbiddenCharacters() {
        let network = Network(entities: [
            Entity(id: "a\u{1}", kind: .forum, name: "A"), Entity(id: "a~1", kind: .forum, name: "B"),
            Entity(id: "a", kind: .forum, name: "C"),
        ], relations: [])
        let ids = ExportContent(network).xmlNodeIDs()
        #expect(Set(ids.values).count == 3)
        #expect(ids.values.allSatisfy { XMLText.allowedPart(of: $0) == $0 })
        let (parsed, _) = XMLElementNode.parse(GraphMLExporter.text(of: network))
        #expect(parsed?.all("node").count == 3)
    }

    @Test func jsonKeepsEveryTextExactly() throws {
        let data = Data(JSONExporter.text(of: network).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.map { $0["name"] as? String } == network.entities.map(\.name))
        #expect(entities.map { $0["description"] as? String } == network.entities.map(\.description))
        let relations = try #require(object["relations"] as? [[String: Any]])
        let sorted = network.relations.sorted(by: ExportContent.exportOrder)
        #expect(relations.map { $0["note"] as? String } == sorted.map(\.note))
        #expect(relations.map { $0["role"] as? String } == sorted.map(\.role))
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["note"] as? String } == network.documents.map(\.note))
    }

    @Test func popoloKeepsEveryNameExactly() throws {
        let data = Data(PopoloExporter.text(of: network).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var names: [String: String] = [:]
        for collection in ["persons", "organizations", "areas", "x_entities"] {
            for item in try #require(object[collection] as? [[String: Any]]) {
                names[item["id"] as! String] = item["name"] as? String
            }
        }
        for entity in network.entities { #expect(names[entity.id.rawValue] == entity.name) }
    }

    @Test func neo4jCSVKeepsItsShapeAndEveryText() throws {
        let files = Neo4jExporter.files(of: network)
        // The control characters a network built in code may hold are written as they are; a
        // data file may not hold them, so the reader reports them, and nothing else.
        let onlyControls = { (table: CSVReader.Table) in
            table.diagnostics.allSatisfy { $0.message.hasPrefix("the field holds a control character") }
        }
        let nodes = CSVReader.read(try #require(files.first { $0.name == "nodes.csv" }).bytes, file: "nodes.csv")
        #expect(onlyControls(nodes))
        #expect(nodes.rows.count == network.entities.count + 1)
        #expect(nodes.rows.allSatisfy { $0.fields.count == Neo4jExporter.nodeHeader.count })
        #expect(nodes.rows.dropFirst().map { $0.fields[3] } == network.entities.map(\.name))
        let relationships = CSVReader.read(try #require(files.first { $0.name == "relationships.csv" }).bytes, file: "r.csv")
        #expect(onlyControls(relationships))
        #expect(relationships.rows.allSatisfy { $0.fields.count == Neo4jExporter.relationshipHeader.count })
        let sorted = network.relations.sorted(by: ExportContent.exportOrder)
        #expect(relationships.rows.dropFirst().map { $0.fields[4] } == sorted.map { $0.role ?? "" })
        #expect(relationships.rows.dropFirst().map { $0.fields[10] } == sorted.map { $0.note ?? "" })
    }

    @Test func csvFieldsAreQuotedByScalarsNotCharacters() {
        #expect(CSVText.field("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(CSVText.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVText.field("say \"\u{301}hi\"") == "\"say \"\"\u{301}hi\"\"\"")
        #expect(CSVText.field("plain ø") == "plain ø")
        #expect(CSVText.record(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func mermaidLinesKeepTheirStructure() throws {
        let text = MermaidExporter.text(of: network)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "flowchart LR")
        #expect(lines.last == "")
        let node = /[ ]{2}n\d+(\(|\[\[|\[\/|\{\{|\(\[|\[\(|\[\\|>|\[)"[^"<>&|`:]*"(\)|\]\]|\/\]|\\\]|\}\}|\]\)|\)\]|\]):::[a-z_]+/
        let edge = /[ ]{2}n\d+ (-->|-\.->|==>)\|"[^"<>&|`:]*"\| n\d+/
        let other = /[ ]{2}(%% .*|classDef [a-z_]+ [^;]+|linkStyle [0-9,]+ stroke:#[0-9A-F]{6})/
        var nodes = 0
        var edges = 0
        for line in lines.dropFirst().dropLast() {
            let text = String(line)
            // A <br/> is the one tag a label may hold.
            let plain = text.replacingOccurrences(of: "<br/>", with: "")
            if plain.wholeMatch(of: node) != nil { nodes += 1 }
            else if plain.wholeMatch(of: edge) != nil { edges += 1 }
            else { #expect(plain.wholeMatch(of: other) != nil, "unexpected line: \(text.prefix(120))") }
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        }
        #expect(nodes == network.entities.count)
        #expect(edges == network.relations.count)
    }

    @Test func mermaidLabelsUseEntityCodesAndLineBreaks() {
        #expect(MermaidExporter.label(#"a "b" #c <d> & e|f `g` h:i"#)
            == "a #34;b#34; #35;c #60;d#62; #38; e#124;f #96;g#96; h#58;i")
        #expect(MermaidExporter.label("%% x") == "#37;#37; x")
        #expect(MermaidExporter.label("one\ntwo\r\nthree\rfour") == "one<br/>two<br/>three<br/>four")
        #expect(MermaidExporter.label("a\u{0}\u{1B}b\tc") == "ab c")
        #expect(MermaidExporter.label("\u{202E}x\u{200D}") == "#8238;x#8205;")
        #expect(MermaidExporter.label("Rossen tjïelte 🇳🇴 e\u{301}") == "Rossen tjïelte 🇳🇴 e\u{301}")
        let long = MermaidExporter.label(ExportFixture.longName)
        #expect(long.count == MermaidExporter.maximumLabelLength)
        #expect(long.hasSuffix("…"))
    }
}
