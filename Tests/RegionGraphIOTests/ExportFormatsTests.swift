import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// What each format holds, and that the same data always gives the same bytes.
@Suite struct ExportFormatsTests {
    let network = ExportFixture.hostile

    func text(_ format: ExportFormat, _ network: Network? = nil) throws -> String {
        let files = try Exporter.files(of: network ?? self.network, as: format)
        return files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\u{1E}")
    }

    @Test(arguments: ExportFormat.allCases)
    func sameDataGivesTheSameBytesInAnyOrder(_ format: ExportFormat) throws {
        let shuffled = Network(
            entities: network.entities.reversed(), relations: network.relations.reversed(),
            documents: network.documents.reversed())
        let first = try Exporter.files(of: network, as: format)
        #expect(try Exporter.files(of: network, as: format) == first)
        #expect(try Exporter.files(of: shuffled, as: format) == first)
    }

    @Test(arguments: ExportFormat.allCases)
    func shippedDataExportsInEveryFormat(_ format: ExportFormat) throws {
        let shipped = try ExportFixture.shippedNetwork()
        let files = try Exporter.files(of: shipped, as: format)
        #expect(files.map(\.name) == (format.writesFolder ? format.fileNames : ["network.\(format.fileExtension!)"]))
        #expect(files.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test func formatsAreKnownByTheirFileExtensions() {
        #expect(ExportFormat(fileExtensionOf: "out/network.graphml") == .graphml)
        #expect(ExportFormat(fileExtensionOf: "network.GEXF") == .gexf)
        #expect(ExportFormat(fileExtensionOf: "network.mmd") == .mermaid)
        #expect(ExportFormat(fileExtensionOf: "network.json") == .json)
        #expect(ExportFormat(fileExtensionOf: "network.csv") == nil)
        #expect(ExportFormat(fileExtensionOf: "folder.d/network") == nil)
        #expect(ExportFormat.allCases.filter(\.writesFolder) == [.csv, .neo4j])
        #expect(ExportFormat.neo4j.fileNames == ["import.cypher", "nodes.csv", "relationships.csv"])
    }

    @Test func selectionKeepsWhatHeldAtTheDateBetweenTheChosenKinds() throws {
        let at2018 = ExportSelection(date: ExportFixture.date("2018")).apply(to: network)
        #expect(!at2018.entities.contains { $0.id == "holtalen" || $0.id == "plan" })
        #expect(at2018.relations.allSatisfy { $0.validity.contains(ExportFixture.date("2018")) })
        #expect(at2018.relations.map(\.id.rawValue).sorted() == [0, 2, 3])

        let councils = ExportSelection(kinds: [.municipality, .regionalCouncil], relationTypes: [.memberOf]).apply(to: network)
        #expect(councils.entities.map(\.id) == ["holtalen", #"ipr,"<&>'"#, "roros"])
        #expect(councils.relations.map(\.type) == [.memberOf, .memberOf])
        #expect(councils.documents.map(\.id) == ["doc,2\"<&>", "doc-1"])
        #expect(ExportSelection.everything.apply(to: network).relations.count == network.relations.count)
    }

    @Test func graphMLDeclaresTypedKeys() throws {
        let text = try text(.graphml)
        #expect(text.contains(#"<key id="d0" for="node" attr.name="label" attr.type="string"/>"#))
        #expect(text.contains(#"attr.name="population" attr.type="int"/>"#))
        #expect(text.contains(#"attr.name="area_km2" attr.type="double"/>"#))
        #expect(text.contains(#"attr.name="municipality_number" attr.type="string"/>"#))
        #expect(text.contains(#"for="edge" attr.name="as_of" attr.type="string"/>"#))
        #expect(text.contains(#"<graph id="regiongraph" edgedefault="directed">"#))
        #expect(text.contains(#"<edge id="r1" source="holtalen" target="ipr,&quot;&lt;&amp;&gt;&apos;">"#))
    }

    @Test func graphMLCleansAttributeNamesThatAreNoXMLNames() {
        #expect(GraphMLExporter.attributeKeyNames(["name", "kind", "a b", "a_b", "ø"]).map(\.1)
            == ["attribute_name", "attribute_kind", "a_b", "attribute_a_b", "ø"])
        #expect(ExportContent.valueType(["1", "22716"]) == .int)
        #expect(ExportContent.valueType(["1", "2.5"]) == .double)
        #expect(ExportContent.valueType(["0301"]) == .string)
        #expect(ExportContent.valueType(["9999999999"]) == .long)
        #expect(ExportContent.valueType(["99999999999999999999"]) == .string)
        #expect(ExportContent.valueType(["1e5", "2"]) == .string)
    }

    @Test func gexfIsDynamicWithFullDatesForPartialOnes() throws {
        let text = try text(.gexf)
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3""#))
        #expect(text.contains(#"<graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#))
        // 2021-02 starts on its first day; 2024-02 ends on its last, a leap day.
        #expect(text.contains(#"<node id="holtalen" label="\#(XMLText.escaped(ExportFixture.bidi, inAttribute: true))" start="2021-02-01" end="2024-02-29">"#))
        #expect(text.contains(#"start="2017-01-01" end="2022-06-30">"#))
        #expect(text.contains(#"start="2020-01-01">"#))
        #expect(text.contains(#"<attributes class="node">"#) && text.contains(#"<attributes class="edge">"#))
        #expect(text.contains(#"title="population" type="integer"/>"#))
        #expect(text.contains(#"<attvalue for="validity" value="2021-02–2024-02"/>"#))

        let undated = Network(entities: [Entity(id: "a", kind: .forum, name: "A")], relations: [])
        let staticText = GEXFExporter.text(of: undated)
        #expect(staticText.contains(#"<graph defaultedgetype="directed" mode="static">"#))
        #expect(!staticText.contains("timeformat"))
    }

    @Test func popoloMapsMembershipsAreasAndTheRest() throws {
        let county = Network(
            entities: network.entities + [
                Entity(id: "trondelag", kind: .countyMunicipality, name: "Trøndelag fylkeskommune",
                       attributes: ["fylkesnummer": "50"]),
            ],
            relations: network.relations + [
                Relation(id: RelationID(rawValue: 7), from: "roros", type: .partOf, to: "trondelag",
                         citations: [Citation(document: "doc-1")]),
            ],
            documents: network.documents)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(PopoloExporter.text(of: county).utf8)) as? [String: Any])
        func ids(_ key: String) -> [String] { (object[key] as? [[String: Any]] ?? []).map { $0["id"] as! String } }
        #expect(ids("persons") == ["p-long"])
        #expect(ids("organizations") == ["company", "forum", "holtalen", #"ipr,"<&>'"#, "roros", "trondelag"])
        #expect(ids("areas") == ["fjellregionen", "trondelag"])
        #expect(ids("x_entities") == ["plan"])
        let memberships = try #require(object["memberships"] as? [[String: Any]])
        #expect(memberships.map { $0["x_type"] as! String } == ["member_of", "board_member_of", "holds_position_in", "member_of", "owns"])
        let position = try #require(memberships.first { $0["x_type"] as? String == "holds_position_in" })
        #expect(position["person_id"] as? String == "p-long")
        #expect((position["member"] as? [String: String]) == ["@type": "Person", "id": "p-long"])
        #expect(position["organization_id"] as? String == "roros")
        let member = try #require(memberships.first { $0["member_id"] as? String == "roros" && $0["x_type"] as? String == "member_of" })
        #expect((member["member"] as? [String: String]) == ["@type": "Organization", "id": "roros"])
        #expect(member["person_id"] == nil)
        #expect(member["start_date"] as? String == "2017")
        #expect(member["end_date"] as? String == "2022-06")
        let sources = try #require(member["sources"] as? [[String: String]])
        #expect(sources[0]["note"] == county.documents[1].reference)
        #expect(sources[0]["x_document_id"] == "doc-1")
        #expect(sources[2]["url"] == "https://example.org/a?b=1&c=<2>")
        let relations = try #require(object["x_relations"] as? [[String: Any]])
        #expect(relations.map { $0["type"] as! String } == ["part_of", "adopted", "part_of"])
        let organizations = try #require(object["organizations"] as? [[String: Any]])
        let roros = try #require(organizations.first { $0["id"] as? String == "roros" })
        #expect((roros["identifiers"] as? [[String: String]]) == [["identifier": "0301", "scheme": "kommunenummer"]])
        #expect((roros["other_names"] as? [[String: String]])?.first == ["name": "Røros", "note": "short name"])
        #expect(roros["classification"] as? String == "municipality")
        let trondelag = try #require(organizations.first { $0["id"] as? String == "trondelag" })
        #expect(trondelag["area_id"] as? String == "trondelag")
        #expect((trondelag["identifiers"] as? [[String: String]]) == [["identifier": "50", "scheme": "fylkesnummer"]])
    }

    @Test func neo4jHasImportHeadersLabelsAndAMergeScript() throws {
        let files = Neo4jExporter.files(of: network)
        #expect(files.map(\.name) == ["import.cypher", "nodes.csv", "relationships.csv"])
        let nodes = String(decoding: files[1].bytes, as: UTF8.self)
        #expect(nodes.hasPrefix("id:ID,:LABEL,kind,name,short_name,aliases:string[],country,description,start,end,valid_from:date,valid_to:date,attributes,sources,source_documents:string[]\r\n"))
        #expect(nodes.contains("\r\nroros,Municipality;Entity,municipality,Røros kommune,Røros,Rossen tjïelte;Plassje,NO,,,,,,"))
        #expect(nodes.contains(#""{""area_km2"":""1956.3"",""merknad"":"#))
        let relationships = String(decoding: files[2].bytes, as: UTF8.self)
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,id,role,start,end,valid_from:date,valid_to:date,as_of,note,certainty,sources,source_documents:string[]\r\n"))
        #expect(relationships.contains(#"roros,"ipr,""<&>'",MEMBER_OF,r6,"medlem, ""fast""",2017,2022-06,2017-01-01,2022-06-30,2015-01-01,"#))
        let script = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(script.contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;"))
        #expect(script.contains("MERGE (e:Entity {id: row.`id:ID`})"))
        #expect(script.contains("FOREACH (_ IN CASE WHEN row.kind = 'regional_council' THEN [1] ELSE [] END | SET e:RegionalCouncil)"))
        #expect(script.contains("MERGE (a)-[r:HOLDS_POSITION_IN {id: row.id}]->(b)"))
        #expect(!script.contains("MERGE (a)-[r:FUNDS"))
        #expect(script.contains("// MATCH (a:Entity {id: 'roros'})-[ra:MEMBER_OF|PART_OF|OWNS|PARTICIPATES_IN|PARTNER_OF|BOARD_MEMBER_OF|REPRESENTED_IN]->(body:Entity)"))
        #expect(Neo4jExporter.label(of: .countyMunicipality) == "CountyMunicipality")
        #expect(Neo4jExporter.relationshipType(of: .holdsPositionIn) == "HOLDS_POSITION_IN")
    }

    @Test func mermaidUsesSafeIdsShapesAndThePlainStyle() throws {
        let text = try text(.mermaid)
        #expect(text.hasPrefix("flowchart LR\n  %% regiongraph export: 8 entities, 7 relations\n"))
        #expect(text.contains("  n8(\"Røros\"):::municipality\n"))
        #expect(text.contains("  n5{{\"#35;quot; #37;#37; end --#62; A[x] #124;pipe#124; #96;tick#96; #58;#58;#58;cls ; style x fill#58;#35;f00; classDef\"}}:::regional_council\n"))
        #expect(text.contains("  n8 -->|\"member_of (medlem, #34;fast#34;)\"| n5\n"))
        #expect(text.contains("  n8 -->|\"owns (eier)\"| n1\n"))
        #expect(text.contains("  classDef municipality fill:#FFFFFF,stroke:#000000,color:#000000\n"))
        #expect(text.contains("  classDef person fill:#FFFFFF,stroke:#000000,color:#000000\n"))
        #expect(text.contains("  linkStyle 0,5 stroke:#000000\n"))
    }

    @Test func jsonHoldsTheWholeNetwork() throws {
        let text = try text(.json)
        #expect(text.hasPrefix("{\n  \"format\": \"regiongraph-network\",\n  \"version\": 1,\n  \"documents\": [\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.map { $0["id"] as! String } == (1...7).map { "r\($0)" })
        #expect(relations.map { "\($0["from"]!) \($0["type"]!)" } == [
            "holtalen member_of", "holtalen part_of", #"p-long board_member_of"#, "p-long holds_position_in",
            "roros adopted", "roros member_of", "roros owns",
        ])
        let sources = try #require(relations[5]["sources"] as? [[String: String]])
        #expect(sources == [
            ["document": "doc-1", "quote": ExportFixture.markup], ["document": "doc,2\"<&>"],
            ["reference": "https://example.org/a?b=1&c=<2>", "quote": ExportFixture.quoteBeforeCombiningMark + ExportFixture.emoji],
        ])
    }
}
