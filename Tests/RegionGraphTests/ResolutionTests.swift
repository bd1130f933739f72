import Testing
@testable import RegionGraph

@Suite struct ResolutionTests {
    let network = Fixture.network

    @Test(arguments: ["roros", "Røros", "RØROS", "røros kommune", "Rossen tjïelte", "rossen tjielte"])
    func namesResolveAsUsersTypeThem(_ name: String) throws {
        #expect(try network.entity(named: name).id == "roros")
    }

    @Test func rorosAloneIsTheMunicipalityNotTheAirport() throws {
        #expect(try network.entity(named: "Røros").kind == .municipality)
        #expect(try network.entity(named: "Røros Lufthavn").id == "roros-lufthavn")
    }

    @Test func aUniquePrefixOfANameResolves() throws {
        #expect(try network.entity(named: "Interkommunalt politisk").id == "ipr")
    }

    @Test func anAmbiguousPrefixListsTheCandidates() {
        let twins = Network(entities: [
            Entity(id: "os", kind: .municipality, name: "Os kommune", shortName: "Os"),
            Entity(id: "os-hordaland", kind: .municipality, name: "Os kommune (Hordaland)"),
        ], relations: [])
        #expect(throws: NameResolutionError.ambiguous("Os komm", candidates: twins.entities)) {
            try twins.entity(named: "Os komm")
        }
        #expect((try? twins.entity(named: "Os kommune"))?.id == "os")
    }

    @Test func anUnknownNameSuggestsCloseMatches() {
        do {
            _ = try network.entity(named: "holtaalen")
            Issue.record("expected an error")
        } catch {
            guard case .unknown(let input, let suggestions) = error else {
                Issue.record("expected .unknown, got \(error)")
                return
            }
            #expect(input == "holtaalen")
            #expect(suggestions.first?.id == "holtalen")
            #expect(error.description == """
                unknown entity 'holtaalen'; did you mean:
                  holtalen  Holtålen kommune (municipality)
                """)
        }
    }

    @Test func aNameSharedByTwoEntitiesIsAmbiguous() {
        let twins = Network(entities: [
            Entity(id: "os", kind: .municipality, name: "Os kommune", shortName: "Os"),
            Entity(id: "os-hordaland", kind: .municipality, name: "Os kommune (Hordaland)", shortName: "Os"),
        ], relations: [])
        #expect(throws: NameResolutionError.ambiguous("Os", candidates: twins.entities)) {
            try twins.entity(named: "Os")
        }
        #expect(NameResolutionError.ambiguous("Os", candidates: twins.entities).description == """
            'Os' is ambiguous; it could be:
              os  Os kommune (municipality)
              os-hordaland  Os kommune (Hordaland) (municipality)
            name one of them by its id
            """)
    }

    @Test func searchRanksExactBeforePrefixBeforeSimilar() {
        let hits = network.search("roros")
        #expect(hits.first?.entity.id == "roros")
        #expect(hits.first?.match == .exact)
        #expect(hits.map(\.entity.id).contains("roros-lufthavn"))
        #expect(network.search("flyway").map(\.entity.id) == ["green-flyway"])
        #expect(network.search("Verdensarvradet").first?.entity.id == "verdensarvradet")
        #expect(network.search("Verdensarvråde").first?.match == .prefix)
        #expect(network.search("Holtaalen").first?.entity.id == "holtalen")
        #expect(network.search("   ").isEmpty)
    }
}
