import RegionGraph
import RegionGraphDiagrams
import Testing

/// Split views: how their relations are grouped for pages, and what one page draws.
@Suite struct DiagramPagesTests {
    let network = DiagramFixture.network

    @Test func aKindSplitGroupsTheBodiesAroundTheFocusByKind() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1), split: .kind)
        let groups = try Diagram.pageGroups(of: view, in: network)
        #expect(groups.map(\.heading) == [
            "Kommuner, fylker og regioner", "Råd, fora og styrer", "Selskaper", "Prosjekter, programmer og planer",
        ])
        // Every relation of the whole view is in exactly one group.
        let whole = try Diagram(view: view, network: network)
        let grouped = groups.flatMap(\.relations).map(\.id)
        #expect(grouped.sorted() == whole.relations.map(\.id).sorted())
        #expect(Set(grouped).count == grouped.count)
        // Units are the bodies, by name: each unit is one body's relations to Røros.
        let councils = try #require(groups.first { $0.heading == "Råd, fora og styrer" })
        #expect(councils.units.map { $0.map(\.to) } == [["ipr"], ["verdensarvradet"]])
    }

    @Test func aRelationSplitGroupsByTheKindOfRelation() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1), split: .relation)
        let groups = try Diagram.pageGroups(of: view, in: network)
        #expect(groups.map(\.heading) == ["Medlemskap og eierskap"])
        #expect(groups[0].relations.allSatisfy { [.memberOf, .owns, .partOf, .representedIn].contains($0.type) })
    }

    @Test func aRegionSplitGivesEachCountyOrRegionItsGroup() throws {
        let view = DiagramView(name: "o", title: "Oversikt", scope: .overview, split: .region)
        let groups = try Diagram.pageGroups(of: view, in: network)
        #expect(groups.map(\.heading) == ["Andre kommuner (Norge)", "Trøndelag fylkeskommune"])
        #expect(groups[1].units.map { $0[0].from } == ["holtalen", "roros"])
    }

    @Test func aGoalSplitKeepsAnActionWithWhoIsResponsible() throws {
        let view = DiagramView(name: "p", title: "Plan", scope: .plan(of: "plan"), split: .goal)
        let groups = try Diagram.pageGroups(of: view, in: network)
        #expect(groups.count == 1)
        #expect(groups[0].relations.map(\.from) == ["au"])
    }

    @Test func aViewWithoutASplitIsOneGroup() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1))
        let groups = try Diagram.pageGroups(of: view, in: network)
        #expect(groups.map(\.heading) == ["Røros"])
        #expect(groups[0].units.count == 1)
    }

    @Test func aPageDrawsItsRelationsTheFocusAndOnlyItsSources() throws {
        let view = DiagramView(name: "r", title: "Røros", scope: .neighbourhood(of: ["roros"], depth: 1), split: .kind)
        let groups = try Diagram.pageGroups(of: view, in: network)
        let councils = try #require(groups.first { $0.heading == "Råd, fora og styrer" })
        let page = try Diagram.page(
            of: view, in: network, drawing: councils.relations,
            as: DiagramPage(number: 2, count: 4, heading: councils.heading))
        #expect(page.entities.map(\.id) == ["ipr", "roros", "verdensarvradet"])
        #expect(page.relations.map(\.id) == councils.relations.map(\.id).sorted())
        #expect(page.page?.fileName(of: view.name) == "r-2")
        #expect(page.dotText.contains("Side 2 av 4: Råd, fora og styrer"))
        #expect(!page.dotText.contains("Destinasjon Røros"))
    }

    @Test func aDiagramCanBeTurnedTopToBottomButATableCannot() throws {
        let graph = try Diagram(view: DiagramView(name: "g", title: "G", scope: .participants(of: "green-flyway")), network: network)
        #expect(graph.dotText.contains(#""rankdir"="LR""#))
        #expect(graph.drawnTopToBottom().dotText.contains(#""rankdir"="TB""#))
        let table = try Diagram(view: DiagramView(name: "m", title: "M", scope: .matrix), network: network)
        #expect(table.drawnTopToBottom().dotText == table.dotText)
    }

    @Test func everyKindHasItsOwnLegendSwatch() {
        var seen: [String: EntityKind] = [:]
        for kind in EntityKind.allCases {
            let style = DiagramStyle.node(kind)
            let border = style.style.split(separator: ",").filter { ["rounded", "dashed", "dotted"].contains($0) }
            let swatch = "\(style.fill) \(style.border) \(border.joined(separator: ","))"
            #expect(seen[swatch] == nil, "\(kind) and \(seen[swatch].map(String.init(describing:)) ?? "") share the swatch \(swatch)")
            seen[swatch] = kind
        }
    }
}

extension DiagramPagesTests {
    @Test func anInferredRelationIsDrawnFaintAndSaysSo() throws {
        var relations = network.relations
        relations[0].certainty = .inferred
        relations[0].note = "read from the list"
        let inferred = Network(entities: network.entities, relations: relations, documents: network.documents)
        let first = relations[0]
        let diagram = try Diagram(view: DiagramView(name: "x", title: "X", scope: .network), network: inferred)
        let colour = DiagramStyle.edge(first.type).colour
        #expect(diagram.dotText.contains(#""color"="\#(colour)80""#))
        #expect(diagram.dotText.contains("(antatt)"))
        #expect(diagram.dotText.contains("en tolkning av kilden"))
        let stated = try Diagram(view: DiagramView(name: "x", title: "X", scope: .network), network: network)
        #expect(!stated.dotText.contains("(antatt)"))
    }
}
