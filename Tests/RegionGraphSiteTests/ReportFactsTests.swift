import Foundation
import RegionGraph
@testable import RegionGraphSite
import RegionGraphTestSupport
import Testing

/// The facts at the top of an entity's page: one row per label, in either language.
@Suite struct ReportFactsTests {
    /// The labels of the facts list of `html`, in order.
    static func labels(in html: String) -> [String] {
        html.components(separatedBy: "<dt>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    static func site(_ entity: Entity, language: Language) -> ReportSite {
        ReportSite(network: Network(entities: [entity], relations: []), views: [], options: ReportOptions(language: language))
    }

    @Test(arguments: [Language.bokmal, .english]) func aCountryAttributeIsTheCountryRow(language: Language) {
        let entity = Entity(
            id: "flyway", kind: .project, name: "Green Flyway", country: "NO", description: "Test arena.",
            attributes: ["land": "Norge og Sverige", "nettside": "greenflyway.eu"])
        let site = Self.site(entity, language: language)
        let facts = site.facts(of: entity)
        let labels = Self.labels(in: facts)
        #expect(labels.count == Set(labels).count, "\(labels)")
        let country = language == .bokmal ? "Land" : "Country"
        #expect(facts.contains("<dt>\(country)</dt><dd>Norge og Sverige</dd>"))
        #expect(!facts.contains("<dd>NO</dd>"))
        #expect(labels.contains("Nettside"))
    }

    @Test func aCountryIsNamedAndOtherSameNamedAttributesJoinTheirRow() {
        let entity = Entity(
            id: "x", kind: .company, name: "X AS", country: "SE", description: "A company.",
            attributes: ["beskrivelse": "Et selskap.", "Description": "A company."])
        let facts = Self.site(entity, language: .bokmal).facts(of: entity)
        #expect(Self.labels(in: facts) == ["Land", "Beskrivelse"])
        #expect(facts.contains("<dt>Land</dt><dd>Sverige</dd>"))
        #expect(facts.contains("<dt>Beskrivelse</dt><dd>A company.; Et selskap.</dd>"))
    }

    @Test func noShippedPageShowsALabelTwice() throws {
        let site = try SiteFixture.shippedSite(diagrams: 0)
        for (path, page) in SiteFixture.files(of: site) where path.hasPrefix("entity-") {
            guard let start = page.range(of: "<dl class=\"facts\">"),
                  let end = page[start.upperBound...].range(of: "</dl>")
            else { continue }
            let labels = Self.labels(in: String(page[start.upperBound..<end.lowerBound]))
            #expect(labels.count == Set(labels).count, "\(path): \(labels)")
        }
    }
}
