import Foundation
import RegionGraph
import Testing
@testable import RegionGraphDiagrams

/// The DOT text of every kind of view, compared byte for byte with a golden file in `Golden/`.
/// To accept a deliberate change, run the tests with `REGIONGRAPH_UPDATE_GOLDEN=1` and review
/// the diff of the golden files.
@Suite struct DiagramGoldenTests {
    static let views: [DiagramView] = [
        DiagramView(name: "overview", title: "Hvilke kommuner sitter i hvilke råd", scope: .overview),
        DiagramView(name: "members", title: "Destinasjon Røros – eiere", scope: .members(of: "destinasjon-roros")),
        DiagramView(name: "participants", title: "Green Flyway", scope: .participants(of: "green-flyway")),
        DiagramView(name: "neighbourhood", title: "Røros kommune", scope: .neighbourhood(of: ["roros"], depth: 1)),
        DiagramView(name: "network", title: "Hele nettverket", scope: .network, layout: .sfdp),
        DiagramView(name: "dated", title: "Per 2021", scope: .network, relations: [.responsibleFor, .partOf],
                    date: PartialDate(year: 2021)),
        DiagramView(name: "hostile", title: #"Tittel "med" <tegn> & \N"#, scope: .members(of: "hostile")),
        DiagramView(name: "matrix", title: "Kommuner og råd", scope: .matrix),
        DiagramView(name: "plan", title: "Handlingsplan – hvem har ansvar for hva", scope: .plan(of: "plan")),
        DiagramView(name: "shared", title: "Felles for Røros og Holtålen", scope: .shared(by: ["roros", "holtalen"])),
        DiagramView(name: "path", title: "Fra Holtålen til Destinasjon Røros", scope: .path(from: "holtalen", to: "destinasjon-roros")),
    ]

    static var goldenFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test(arguments: views)
    func matchesGoldenFile(view: DiagramView) throws {
        let dot = try Diagram(view: view, network: DiagramFixture.network).dotText
        let file = Self.goldenFolder.appendingPathComponent("\(view.name).dot")
        if ProcessInfo.processInfo.environment["REGIONGRAPH_UPDATE_GOLDEN"] == "1" {
            try Data(dot.utf8).write(to: file)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(dot == golden, "\(view.name).dot differs from its golden file")
    }

    @Test func sameDataGivesSameBytes() throws {
        for view in Self.views {
            let first = try Diagram(view: view, network: DiagramFixture.network).dotText
            let second = try Diagram(view: view, network: DiagramFixture.network).dotText
            #expect(first == second)
        }
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        let dot = try Diagram(view: Self.views[1], network: DiagramFixture.network).dotText
        #expect(dot.contains("kommune"))
        #expect(dot.contains("eier"))
        #expect(!dot.contains("ansvarlig for"))
        #expect(!dot.contains("tiltak"))
    }

    @Test func overviewClustersMunicipalitiesByCounty() throws {
        let diagram = try Diagram(view: Self.views[0], network: DiagramFixture.network)
        let labels = diagram.graph.clusters.map { cluster -> String in
            if case .text(let text) = cluster.attributes["label"] { return text }
            return ""
        }
        // Østersund only owns a project, which the overview does not draw. The last cluster is
        // the legend of the kinds drawn, a node of each in its real shape.
        #expect(labels == ["Andre kommuner (Norge)", "Trøndelag fylkeskommune", "Typer enheter"])
        try #require(diagram.graph.clusters.count == 3)
        #expect(diagram.graph.clusters[0].nodes.map(\.id) == ["alvdal", "os"])
        #expect(diagram.graph.clusters[1].nodes.map(\.id) == ["holtalen", "roros"])
        let legend = diagram.graph.clusters[2].nodes
        #expect(legend.map(\.id) == [" kind municipality", " kind regional_council", " kind forum", " kind company", " kind board"])
        for (node, kind) in zip(legend, [EntityKind.municipality, .regionalCouncil, .forum, .company, .board]) {
            #expect(node.attributes["shape"] == .raw(DiagramStyle.node(kind).shape))
            #expect(node.attributes["fillcolor"] == .raw(DiagramStyle.node(kind).fill))
            #expect(node.attributes["label"] == .text(kind.label(in: .bokmal)))
        }
    }

    @Test func dateLeavesOutWhatDidNotHold() throws {
        let diagram = try Diagram(view: Self.views[5], network: DiagramFixture.network)
        #expect(!diagram.relations.contains { $0.type == .responsibleFor })
        #expect(diagram.dotText.contains("Fakta gyldige per 2021"))
    }

    @Test func hostileNamesStayInsideTheirQuotes() throws {
        let dot = try Diagram(view: Self.views[6], network: DiagramFixture.network).dotText
        // Every statement line is a quoted id, an attribute or a brace: the name's `"]; a -> b [`
        // stays inside its quotes, so the graph has one edge and two nodes.
        let statements = dot.split(separator: "\n").dropFirst().dropLast()
        let edges = statements.filter { $0.hasPrefix("  \"alvdal\" -> ") }
        #expect(edges.count == 1)
        #expect(statements.allSatisfy {
            $0.hasPrefix("  \"") || $0.hasPrefix("  node [") || $0.hasPrefix("  edge [")
                || $0.hasPrefix("  subgraph \"cluster_") || $0.hasPrefix("    \"") || $0 == "  }"
        })
        #expect(dot.contains(#""label"="Rådet \"A\"]; a -> b [\n<b>&amp;amp;</b> C:\\N""#))
        #expect(dot.contains(#""label"="leder \"x\" \\ <y>""#))
        // In the HTML-like title the text is XML-escaped instead.
        // A backslash is doubled there: Graphviz expands its escapes in HTML-like labels too.
        #expect(dot.contains("<B>Tittel &quot;med&quot; &lt;tegn&gt; &amp; \\\\N</B>"))
    }

    @Test func edgesCarrySourceNumbersOnlyWhenSeveralDocumentsAreCited() throws {
        let documents = [
            SourceDocument(id: "a", title: "Handlingsplan", publisher: "Regionrådet"),
            SourceDocument(id: "b", title: "Samfunnsutvikling", publisher: "Røros kommune"),
        ]
        let network = Network(
            entities: [
                Entity(id: "roros", kind: .municipality, name: "Røros kommune"),
                Entity(id: "rr", kind: .regionalCouncil, name: "Regionrådet"),
                Entity(id: "dr", kind: .company, name: "Destinasjon Røros"),
            ],
            relations: [
                Relation(id: RelationID(rawValue: 0), from: "roros", type: .memberOf, to: "rr", role: "medlem",
                         citations: [Citation(document: "a", quote: "q"), Citation(document: "b", quote: "r")]),
                Relation(id: RelationID(rawValue: 1), from: "roros", type: .owns, to: "dr", citations: [Citation(document: "b", quote: "s")]),
            ],
            documents: documents)
        let view = DiagramView(name: "n", title: "N", scope: .neighbourhood(of: ["roros"], depth: 1))
        let dot = try Diagram(view: view, network: network).dotText
        #expect(dot.contains(#""label"="medlem [1,2]""#))
        #expect(dot.contains(#""label"="[2]""#))
        #expect(dot.contains("[1] Handlingsplan (Regionrådet)"))
        #expect(dot.contains("Kilder (tallene i hakeparentes på pilene):"))
        let single = try Diagram(view: DiagramView(name: "s", title: "S", scope: .members(of: "dr")), network: network).dotText
        #expect(single.contains("Kilde for alle relasjonene:"))
        #expect(!single.contains("\"[1]\""))
    }

    @Test func aPlanViewGroupsActionsByGoalWithWhoIsResponsible() throws {
        let view = DiagramView(name: "p", title: "P", scope: .plan(of: "plan"))
        let diagram = try Diagram(view: view, network: DiagramFixture.network)
        #expect(diagram.relations.map(\.type) == [.responsibleFor])
        #expect(diagram.entities.map(\.id) == ["action", "au"])
    }

    @Test func unknownFocusAndEmptyViewsAreErrors() {
        #expect(throws: DiagramError.unknownFocus(view: "x", entity: "nowhere")) {
            try Diagram(view: DiagramView(name: "x", title: "X", scope: .members(of: "nowhere")), network: DiagramFixture.network)
        }
        #expect(throws: DiagramError.empty(view: "y")) {
            try Diagram(view: DiagramView(name: "y", title: "Y", scope: .network, kinds: [.event]), network: DiagramFixture.network)
        }
    }

    @Test func anEntityWithoutRelationsDrawsAsOneNode() throws {
        let diagram = try Diagram(
            view: DiagramView(name: "y", title: "Y", scope: .members(of: "roros")), network: DiagramFixture.network)
        #expect(diagram.entities.map(\.id) == ["roros"])
        #expect(diagram.relations.isEmpty)
        #expect(diagram.dotText.contains("\"roros\" ["))
    }
}

extension DiagramView: CustomTestStringConvertible {
    public var testDescription: String { name }
}
