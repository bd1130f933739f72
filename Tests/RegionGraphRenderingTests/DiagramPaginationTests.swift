import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
@testable import RegionGraphRendering
import RegionGraphTestSupport
import Testing

/// Split views laid out on pages that read on A4, measured from Graphviz's SVG.
@Suite struct DiagramPaginationTests {
    static let data = ExportFixture.packageFolder.appendingPathComponent("Data").path

    static func view(_ name: String) throws -> DiagramView {
        let folder = GraphsFolder(path: ExportFixture.packageFolder.appendingPathComponent("Graphs").path)
        return try #require(try folder.views().first { $0.name == name })
    }

    static func quality(_ diagram: Diagram) throws -> DiagramQuality {
        let svg = try DiagramOutput.bytes(of: diagram, as: .svg)
        return try DiagramQuality.measure(svg: String(decoding: svg, as: UTF8.self), page: diagram.view.page ?? .a4)
    }

    @Test func aNeighbourhoodTooLargeForA4IsDividedIntoPagesThatAllRead() throws {
        let network = try DatasetLoader.load(from: Self.data).get()
        let view = try Self.view("regionradet-fjellregionen")
        let whole = try Diagram(view: view, network: network)
        // Drawn whole it does not read on A4: that is why it is split.
        #expect(try !Self.quality(whole).isLegible)
        let pages = try DiagramPagination.pages(of: view, in: network)
        #expect(pages.count > 1)
        for (index, page) in pages.enumerated() {
            #expect(page.page?.number == index + 1)
            #expect(page.page?.count == pages.count)
            let quality = try Self.quality(page)
            #expect(quality.isLegible, "page \(index + 1): \(quality.smallestText ?? 0) pt, \(quality.misplacedLabels.count) misplaced")
            // The focus is on every page.
            #expect(page.entities.contains { $0.id == "regionradet-fjellregionen" })
        }
        // Every relation of the view is on exactly one page.
        let drawn = pages.flatMap(\.relations).map(\.id)
        #expect(drawn.sorted() == whole.relations.map(\.id).sorted())
    }

    @Test func aSplitViewThatReadsWholeStaysOnePage() throws {
        let network = try DatasetLoader.load(from: Self.data).get()
        var view = try Self.view("green-flyway")
        view.split = .kind
        let pages = try DiagramPagination.pages(of: view, in: network)
        #expect(pages.count == 1)
        #expect(pages[0].page == nil)
        #expect(pages[0].dotText == (try Diagram(view: view, network: network)).dotText)
    }

    @Test func theSameDataGivesTheSamePages() throws {
        let network = try DatasetLoader.load(from: Self.data).get()
        let view = try Self.view("fosenregionen")
        let first = try DiagramPagination.pages(of: view, in: network).map(\.dotText)
        let second = try DiagramPagination.pages(of: view, in: network).map(\.dotText)
        #expect(first == second)
        #expect(first.count > 1)
    }

    @Test func unitsAreSpreadEvenlyAndKeptWhole() {
        func relation(_ id: Int) -> Relation {
            Relation(id: RelationID(rawValue: id), from: "a", type: .memberOf, to: "b")
        }
        let units = [[relation(1), relation(2)], [relation(3)], [relation(4)], [relation(5), relation(6)]]
        #expect(DiagramPagination.spread(units, over: 1).map { $0.map(\.id.rawValue) } == [[1, 2, 3, 4, 5, 6]])
        #expect(DiagramPagination.spread(units, over: 2).map { $0.map(\.id.rawValue) } == [[1, 2, 3], [4, 5, 6]])
        #expect(DiagramPagination.spread(units, over: 3).map { $0.map(\.id.rawValue) } == [[1, 2], [3, 4], [5, 6]])
    }
}
