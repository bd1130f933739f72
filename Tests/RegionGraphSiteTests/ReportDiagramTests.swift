import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
@testable import RegionGraphSite
import RegionGraphTestSupport
import Testing

/// The report's drawings: their nodes link to entity pages, they are sized to fill the page
/// within reason, and the neighbourhoods chosen for drawing are measured as the diagrams draw
/// them.
@Suite struct ReportDiagramTests {
    /// The `xlink:href` of every `<a>` in the drawings of `page`.
    static func drawingLinks(in page: String) -> [String] {
        SiteFixture.tags(in: page).filter { $0.name == "a" }
            .compactMap { tag in tag.attributes.first { $0.name == "xlink:href" }?.value }
    }

    @Test func neighbourhoodNodesLinkToEntityPages() throws {
        let site = try SiteFixture.shippedSite(diagrams: 3)
        let files = SiteFixture.files(of: site)
        let drawn = site.entitiesWithDiagrams()
        #expect(drawn.count == 3)
        for id in drawn {
            let page = try #require(files[SiteLinks.entityFile(id)])
            let links = Self.drawingLinks(in: page)
            // The entity itself and each neighbour, each a page of the report.
            #expect(links.contains(SiteLinks.entityFile(id)))
            #expect(links.count == Set(links).count)
            #expect(links.count == site.network.neighbourhoodSize(of: id, limit: .max)?.entities)
            for link in links {
                #expect(files[link] != nil, "\(id): the drawing links to missing \(link)")
            }
        }
    }

    @Test func singleFileDrawingsLinkToSectionsUnprefixed() throws {
        let site = try SiteFixture.shippedSite(singleFile: true, diagrams: 2)
        let text = String(decoding: site.singlePage(), as: UTF8.self)
        let ids = Set(SiteFixture.tags(in: text).compactMap { tag in tag.attributes.first { $0.name == "id" }?.value })
        let links = Self.drawingLinks(in: text)
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("#entity-") && ids.contains(String(link.dropFirst())), "link to \(link)")
        }
    }

    @Test func inliningPrefixesOnlyTheDrawingsOwnReferences() throws {
        let svg = """
            <?xml version="1.0"?>
            <svg width="100pt" height="50pt" viewBox="0 0 100 50">
            <g id="graph0" class="graph"><defs><linearGradient id="l_1"></linearGradient></defs>
            <g id="node1" class="node"><a xlink:href="#entity-roros" xlink:title="Røros">
            <text font-size="14.00">Røros</text><use xlink:href="#l_1"/></a></g>
            <path fill="url(#l_1)"/></g>
            </svg>
            """
        let inline = try #require(ReportDiagrams.inline(svg, label: "Røros", prefix: "d1"))
        #expect(inline.contains(##"xlink:href="#entity-roros""##))
        #expect(inline.contains(##"<use xlink:href="#d1-l_1"/>"##))
        #expect(inline.contains(#"id="d1-l_1""#) && inline.contains("url(#d1-l_1)"))
        #expect(!inline.contains("class="))
        #expect(inline.contains(#"font-size="14""#))
        // With nothing inside referring to an id, the ids go; the links stay.
        let plain = svg.replacingOccurrences(of: ##"<use xlink:href="#l_1"/>"##, with: "")
            .replacingOccurrences(of: "url(#l_1)", with: "none")
        let lighter = try #require(ReportDiagrams.inline(plain, label: "Røros", prefix: "d1"))
        #expect(!lighter.contains(" id=\""))
        #expect(lighter.contains(##"xlink:href="#entity-roros""##))
    }

    @Test func fontSizesLoseOnlyTheirZeroDecimals() {
        let bytes = Array(#"<text font-size="14.00">a.00"</text><text font-size="8.50">b</text>"#.utf8)
        let trimmed = String(decoding: ReportDiagrams.trimmingFontSizes(bytes), as: UTF8.self)
        #expect(trimmed == #"<text font-size="14">a.00"</text><text font-size="8.50">b</text>"#)
    }

    @Test func aDrawingGrowsToFillThePageAtMostHalfAgainItsSize() throws {
        // 436 pt is 581 px; half again is 872 px, 54.5 rem: it may grow to 50 rem.
        #expect(ReportSite.widthClass(of: #"<svg role="img" aria-label="a" width="436pt" height="490pt">"#) == "w50")
        #expect(ReportSite.widthClass(of: #"<svg width="60pt" height="20pt">"#) == "w20")
        #expect(ReportSite.widthClass(of: #"<svg width="916pt" height="487pt">"#) == nil)
        #expect(ReportSite.widthClass(of: #"<svg width="100%">"#) == nil)
        let css = ReportAssets.style(in: .bokmal)
        for width in ReportSite.drawingWidths {
            #expect(css.contains(".drawing.w\(width) svg { max-width: \(width)rem; }"))
        }
        let site = try SiteFixture.shippedSite(diagrams: 1)
        let drawn = try #require(site.entitiesWithDiagrams().first)
        let page = try #require(SiteFixture.files(of: site)[SiteLinks.entityFile(drawn)])
        #expect(page.contains("<div class=\"drawing"))
    }

    @Test func neighbourhoodSizeIsWhatTheDiagramDraws() throws {
        let network = try ExportFixture.shippedNetwork()
        for entity in network.entities {
            let view = DiagramView(name: entity.id.rawValue, title: "n", scope: .neighbourhood(of: [entity.id], depth: 1))
            let size = try Diagram.size(of: view, in: network)
            let measured = try #require(network.neighbourhoodSize(of: entity.id, limit: .max))
            #expect(measured == size, "\(entity.id)")
            #expect(network.neighbourhoodSize(of: entity.id, limit: size.relations) != nil)
            if size.relations > 0 {
                #expect(network.neighbourhoodSize(of: entity.id, limit: size.relations - 1) == nil)
            }
        }
        #expect(network.neighbourhoodSize(of: "no-such-entity", limit: 10) == nil)
    }
}
