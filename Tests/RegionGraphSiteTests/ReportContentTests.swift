import Foundation
import RegionGraph
import RegionGraphIO
@testable import RegionGraphSite
import RegionGraphTestSupport
import Testing

/// What a report holds, and that it holds it the same way every time.
@Suite struct ReportContentTests {
    @Test func sameNetworkSameBytes() throws {
        let first = SiteFixture.files(of: try SiteFixture.shippedSite())
        let second = SiteFixture.files(of: try SiteFixture.shippedSite())
        #expect(first == second)
        #expect(try SiteFixture.shippedSite(singleFile: true).singlePage() == SiteFixture.shippedSite(singleFile: true).singlePage())
        let hostile = SiteFixture.files(of: SiteFixture.hostileSite())
        #expect(hostile == SiteFixture.files(of: SiteFixture.hostileSite()))
    }

    @Test func everyEntityHasAPageAndEveryLinkArrives() throws {
        for site in [try SiteFixture.shippedSite(), SiteFixture.hostileSite()] {
            let files = SiteFixture.files(of: site)
            for entity in site.network.entities {
                let page = try #require(files[SiteLinks.entityFile(entity.id)], "no page for \(entity.id)")
                #expect(page.contains("<h1 id=\"\(site.links.entityAnchor(entity.id))\">\(HTML.escape(entity.name))</h1>"))
            }
            for (path, text) in files where path.hasSuffix(".html") {
                for tag in SiteFixture.tags(in: text) {
                    guard let href = tag.attributes.first(where: { $0.name == "href" })?.value else { continue }
                    let parts = href.replacingOccurrences(of: "&amp;", with: "&").split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    let file = parts[0].isEmpty ? path : String(parts[0])
                    let target = try #require(files[file], "\(path) links to missing \(href)")
                    if parts.count == 2 {
                        #expect(target.contains("id=\"\(parts[1])\""), "\(path) links to missing anchor \(href)")
                    }
                }
            }
        }
    }

    @Test func singleFileLinksStayInside() throws {
        let site = try SiteFixture.shippedSite(singleFile: true)
        let text = String(decoding: site.singlePage(), as: UTF8.self)
        var ids = Set<String>()
        for tag in SiteFixture.tags(in: text) {
            if let id = tag.attributes.first(where: { $0.name == "id" })?.value {
                #expect(ids.insert(id).inserted, "id \(id) twice")
            }
        }
        for tag in SiteFixture.tags(in: text) {
            guard let href = tag.attributes.first(where: { $0.name == "href" })?.value else { continue }
            #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "link to \(href)")
        }
        for entity in site.network.entities {
            #expect(ids.contains(site.links.entityAnchor(entity.id)))
        }
    }

    @Test func entityPageListsRelationsWithSources() throws {
        let files = SiteFixture.files(of: try SiteFixture.shippedSite(language: .english))
        let page = try #require(files["entity-green-flyway.html"])
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<a href=\"entity-roros.html\">Røros kommune</a>"))
        #expect(page.contains("prosjekteier"))
        #expect(page.contains("<q>Røros kommune er prosjekteier på norsk side.</q>"))
        // Headings in order: one h1, no level skipped.
        var previous = 0
        for tag in SiteFixture.tags(in: page) {
            guard tag.name.count == 2, tag.name.hasPrefix("h"), let level = Int(tag.name.dropFirst()) else { continue }
            #expect(level <= previous + 1, "h\(level) after h\(previous)")
            previous = level
        }
        let plan = try #require(files["entity-handlingsplan-fjellregionen-2021-2022.html"])
        #expect(plan.contains("Who is responsible for what"))
        #expect(plan.contains("What changed since Handlingsplan"))
        let index = try #require(files["index.html"])
        #expect(index.contains("Entities by kind"))
        #expect(files["matrix.html"]?.contains("<table class=\"matrix\">") == true)
    }

    @Test func drawnDiagramsAreInlineWithANameAndNoIDs() throws {
        let site = try SiteFixture.shippedSite(diagrams: 2)
        let files = SiteFixture.files(of: site)
        let drawn = files.values.filter { $0.contains("<svg") }
        #expect(drawn.count == 2)
        for page in drawn {
            let svg = try #require(SiteFixture.tags(in: page).first { $0.name == "svg" })
            #expect(svg.attributes.contains { $0 == ("role", "img") })
            #expect(svg.attributes.contains { $0.name == "aria-label" && !$0.value.isEmpty })
            #expect(!page.contains("<?xml") && !page.contains("<!DOCTYPE svg") && !page.contains("<!--"))
            #expect(page.contains("xlink:title="))
        }
    }

    @Test func diagramRulePicksTheBusiestWithinTheLimit() throws {
        let site = try SiteFixture.shippedSite(diagrams: 5)
        let chosen = site.entitiesWithDiagrams()
        #expect(chosen.count == 5)
        let counts = site.network.entities.map { ($0.id, site.relationCount(of: $0.id)) }
        let least = chosen.map { id in site.relationCount(of: id) }.min()!
        for (id, count) in counts where count <= 60 && !chosen.contains(id) {
            #expect(count <= least)
        }
        #expect(chosen.allSatisfy { site.relationCount(of: $0) <= 60 })
    }
}
