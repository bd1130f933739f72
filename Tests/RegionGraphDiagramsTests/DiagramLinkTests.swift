import RegionGraph
import RegionGraphDiagrams
import Testing

/// Diagrams whose entities link elsewhere (the report's drawings), and the files of `Graphs/`,
/// which do not.
@Suite struct DiagramLinkTests {
    let network = DiagramFixture.network

    @Test func everyDrawnEntityGetsItsLinkAndNothingElseDoes() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1))
        let diagram = try Diagram(view: view, network: network)
        let linked = diagram.linkingEntities { "entity-\($0.rawValue).html" }
        let text = linked.dotText
        for entity in diagram.entities {
            #expect(text.contains("\"URL\"=\"entity-\(entity.id.rawValue).html\""), "no link for \(entity.id)")
        }
        let links = text.components(separatedBy: "\"URL\"=").count - 1
        #expect(links == diagram.entities.count)
        // The legend's nodes are not entities and stay as they were.
        for node in linked.graph.nodes where !diagram.entities.contains(where: { $0.id.rawValue == node.id }) {
            #expect(node.attributes["URL"] == nil)
        }
    }

    @Test func theDiagramItselfIsLeftAsItWas() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1))
        let diagram = try Diagram(view: view, network: network)
        let before = diagram.dotText
        _ = diagram.linkingEntities { "entity-\($0.rawValue).html" }
        #expect(diagram.dotText == before)
        #expect(!before.contains("\"URL\""))
        // An entity with no link stays without one; with none at all the diagram is the same.
        let partly = diagram.linkingEntities { $0 == "roros" ? "#entity-roros" : nil }
        #expect(partly.dotText.components(separatedBy: "\"URL\"=").count == 2)
        #expect(diagram.linkingEntities { _ in nil }.dotText == before)
    }

    @Test func aLinkCannotBreakOutOfItsAttribute() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1))
        let diagram = try Diagram(view: view, network: network)
        let linked = diagram.linkingEntities { _ in #"a"]; x -> y [b="\N"# }
        #expect(linked.dotText.contains(#""URL"="a\"]; x -> y [b=\"\\N""#))
    }
}
