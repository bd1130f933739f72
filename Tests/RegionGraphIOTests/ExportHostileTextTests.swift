import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegionGraph
import Testing
@testable import RegionGraphIO

/// Networks built in code for the export tests: a hostile one, whose text tries to break
/// every format, and which is still a valid dataset, so it must round-trip through the
/// spreadsheet layout.
enum ExportFixture {
    static let longName = String(repeating: "Åarjelsaemien tjïelte ", count: 455) + "end"  // 10,008 characters
    static let markup = #"Holtålen "kommune" <b>&amp;</b> 'x' ]]> <!-- \ back\slash \" tab\#tend"#
    static let controls = "line1\nline2\r\nline3\rline4 \u{0} nul \u{1} soh \u{7F} del \u{85} nel \u{FFFE} \u{FFFF} \u{1B}[31m"
    static let bidi = "\u{202E}evil\u{202C} مرحبا بالعالم שלום"
    static let emoji = "👩‍👩‍👧‍👦 🇳🇴 e\u{301} ,\u{301} ;\u{301}"
    /// A doubled quote before a combining mark: only in sources, which only the full layout reads.
    static let quoteBeforeCombiningMark = "say \"\u{301}hei\"\u{301}"
    static let mermaidAttack = "#quot; %% end --> A[x] |pipe| `tick` :::cls ; style x fill:#f00; classDef"
    static let formula = #"=HYPERLINK("http://example.org","x"),2"#

    static func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    static let documents = [
        SourceDocument(
            id: "doc-1", title: markup, publisher: "Røros \"kommune\", <Norge> & co", date: date("2022-12-20"),
            note: controls, file: "seeds/røros, \"x\".txt"),
        SourceDocument(id: "doc,2\"<&>", title: emoji + " " + bidi),
    ]

    static let hostile = Network(
        entities: [
            Entity(
                id: "roros", kind: .municipality, name: "Røros kommune", shortName: "Røros",
                aliases: ["Rossen tjïelte", "Plassje"],
                attributes: ["population": "5600", "municipality_number": "0301", "area_km2": "1956.3", "merknad": controls],
                citations: [Citation(document: "doc-1", quote: markup), Citation(document: "doc,2\"<&>", quote: quoteBeforeCombiningMark)]),
            Entity(
                id: "holtalen", kind: .municipality, name: markup, shortName: bidi,
                aliases: ["Hol\u{301}ta\u{30A}len", "مرحبا", emoji], description: controls,
                attributes: ["population": "2000", "area_km2": "1210"],
                validity: Validity(start: date("2021-02"), end: date("2024-02")),
                citations: [Citation(document: "doc-1", quote: "\u{202E}x")]),
            Entity(id: #"ipr,"<&>'"#, kind: .regionalCouncil, name: mermaidAttack, description: longName),
            Entity(id: "p-long", kind: .person, name: longName, shortName: formula),
            Entity(id: "fjellregionen", kind: .region, name: "Fjellregionen \t tab", country: "NO"),
            Entity(id: "forum", kind: .forum, name: emoji, aliases: [formula]),
            Entity(id: "company", kind: .company, name: formula, attributes: ["merknad": markup]),
            Entity(id: "plan", kind: .plan, name: controls, validity: Validity(start: date("2019"), end: date("2020"))),
        ],
        relations: [
            Relation(
                id: RelationID(rawValue: 0), from: "roros", type: .memberOf, to: #"ipr,"<&>'"#, role: #"medlem, "fast""#,
                validity: Validity(start: date("2017"), end: date("2022-06")), asOf: date("2015-01-01"), note: controls,
                citations: [
                    Citation(document: "doc-1", quote: markup), Citation(document: "doc,2\"<&>"),
                    Citation(reference: "https://example.org/a?b=1&c=<2>", quote: quoteBeforeCombiningMark + emoji),
                ]),
            Relation(
                id: RelationID(rawValue: 1), from: "holtalen", type: .memberOf, to: #"ipr,"<&>'"#, role: mermaidAttack,
                citations: [Citation(reference: #"brreg, 1420 "x" \"#)]),
            Relation(
                id: RelationID(rawValue: 2), from: "p-long", type: .holdsPositionIn, to: "roros", role: bidi,
                citations: [Citation(document: "doc-1", quote: longName)]),
            Relation(
                id: RelationID(rawValue: 3), from: "p-long", type: .boardMemberOf, to: "forum", note: formula,
                citations: [Citation(document: "doc-1", quote: "x")]),
            Relation(
                id: RelationID(rawValue: 4), from: "holtalen", type: .partOf, to: "fjellregionen",
                citations: [Citation(document: "doc-1", quote: "Holtålen")]),
            Relation(
                id: RelationID(rawValue: 5), from: "roros", type: .owns, to: "company", role: "eier",
                validity: Validity(start: date("2020")), citations: [Citation(document: "doc,2\"<&>", quote: controls)]),
            Relation(
                id: RelationID(rawValue: 6), from: "roros", type: .adopted, to: "plan",
                citations: [Citation(document: "doc-1", quote: "vedtatt")]),
        ],
        documents: documents)

    /// The package folder, which holds Data/.
    static let packageFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped data.
    static func shippedNetwork() throws -> Network {
        try DatasetLoader.load(from: packageFolder.appendingPathComponent("Data").path).get()
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A parsed XML element, enough to read GraphML and GEXF back.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLElementNode] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// Parses `text` with Foundation's XML parser (libxml2); `nil` and the error when it is
    /// not well-formed.
    static func parse(_ text: String) -> (XMLElementNode?, String?) {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return (nil, parser.parserError.map { "\($0)" } ?? "unknown error") }
        return (delegate.root, nil)
    }

    final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLElementNode] = []
        var root: XMLElementNode?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLElementNode(name: elementName, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// Text that tries to break every format: quotes, backslashes, markup, line breaks, control
/// characters, right-to-left text, emoji, combining marks, South Sami letters, 10,000-character
/// names. The structure of every export must hold, and every text must come back.
@Suite struct ExportHostileTextTests {
    let network = ExportFixture.hostile

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
            .map { XMLText.allowedPart(of: GraphMLExporter.label(of: $0)) })
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
        let nodes = CSVReader.read(try #require(files.first { $0.name == "nodes.csv" }).bytes, file: "nodes.csv")
        #expect(nodes.diagnostics.isEmpty)
        #expect(nodes.rows.count == network.entities.count + 1)
        #expect(nodes.rows.allSatisfy { $0.fields.count == Neo4jExporter.nodeHeader.count })
        #expect(nodes.rows.dropFirst().map { $0.fields[3] } == network.entities.map(\.name))
        let relationships = CSVReader.read(try #require(files.first { $0.name == "relationships.csv" }).bytes, file: "r.csv")
        #expect(relationships.diagnostics.isEmpty)
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
