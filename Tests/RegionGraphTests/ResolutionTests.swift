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
            _ = try network.entity(named: "holtallen")
            Issue.record("expected an error")
        } catch {
            guard case .unknown(let input, let suggestions) = error else {
                Issue.record("expected .unknown, got \(error)")
                return
            }
            #expect(input == "holtallen")
            #expect(suggestions.first?.id == "holtalen")
            #expect(error.description == """
                unknown entity 'holtallen'; did you mean:
                  holtalen  Holtålen kommune (municipality)
                """)
        }
    }

    @Test(arguments: [
        ("Roeros", "roros"), ("ROEROS", "roros"), ("Roeros kommune", "roros"), ("Holtaalen", "holtalen"),
        ("holtaalen kommune", "holtalen"), ("Oestersund", "ostersund"), ("Verdensarvraadet", "verdensarvradet"),
    ])
    func oeAndAaAreTypedForOAndA(name: String, id: EntityID) throws {
        let resolution = try network.resolution(of: name)
        #expect(resolution.entity.id == id)
        #expect(resolution.note == nil)
    }

    @Test func aNameAsSpelledBeatsTheSameNameReadWithNorwegianLetters() throws {
        let names = Network(entities: [
            Entity(id: "elgaaen", kind: .person, name: "Christian Elgaaen"),
            Entity(id: "elgaen", kind: .person, name: "Christian Elgåen"),
        ], relations: [])
        let typed = try names.resolution(of: "Christian Elgaaen")
        #expect(typed.entity.id == "elgaaen")
        #expect(typed.alternatives.map(\.id) == ["elgaen"])
        #expect(try names.entity(named: "christian elgåen").id == "elgaen")
        #expect(try names.entity(named: "Christian Elgaen").id == "elgaen")
    }

    @Test func candidatesRankByWhatMatched() throws {
        let ranked = Network(entities: [
            Entity(id: "ranked-id", kind: .project, name: "Fjellet prosjekt"),
            Entity(id: "alias", kind: .project, name: "Ranked alias project", aliases: ["Fjellet"]),
            Entity(id: "short", kind: .board, name: "Fjellet styre", shortName: "Fjellet"),
            Entity(id: "name", kind: .forum, name: "Fjellet"),
            Entity(id: "prefix", kind: .forum, name: "Fjellet forum"),
            Entity(id: "words", kind: .forum, name: "Forum for Fjellet og dalen"),
        ], relations: [])
        // Exact name > short name > alias > id > prefix > words; the others are not listed, as
        // they matched less well.
        let exact = try ranked.resolution(of: "fjellet")
        #expect(exact.entity.id == "name")
        #expect(exact.alternatives.isEmpty)
        var rest = ranked.entities.filter { $0.id != "name" }
        #expect(try Network(entities: rest, relations: []).entity(named: "Fjellet").id == "short")
        rest.removeAll { $0.id == "short" }
        #expect(try Network(entities: rest, relations: []).entity(named: "Fjellet").id == "alias")
        #expect(try ranked.entity(named: "ranked id").id == "ranked-id")
        #expect(try ranked.entity(named: "Fjellet for").id == "prefix")
        #expect(try ranked.entity(named: "Fjellet og dalen").id == "words")
    }

    @Test func aPlanActionNamedAfterAProjectYieldsToIt() throws {
        let named = Network(entities: [
            Entity(id: "bid", kind: .project, name: "Scandinavian BID Modell"),
            Entity(id: "bid-action", kind: .planAction, name: "Scandinavian BID Modell gjennomføres"),
        ], relations: [])
        for typed in ["Scandinavian BID", "BID Modell", "scandinavian bid modell"] {
            #expect(try named.entity(named: typed).id == "bid")
        }
        let resolution = try named.resolution(of: "Scandinavian BID")
        #expect(resolution.alternatives.map(\.id) == ["bid-action"])
        #expect(resolution.note == """
            'Scandinavian BID' taken as Scandinavian BID Modell (project); other matches: \
            bid-action Scandinavian BID Modell gjennomføres (plan action)
            """)
        #expect(try named.entity(named: "Scandinavian BID Modell gjennomføres").id == "bid-action")
    }

    @Test func candidatesThatTieAreStillAmbiguous() {
        let twins = Network(entities: [
            Entity(id: "kommunereformen", kind: .programme, name: "Kommunereformen"),
            Entity(id: "kommuneplanen", kind: .plan, name: "Kommuneplanens samfunnsdel"),
        ], relations: [])
        // The plan does not repeat the programme's name, so neither yields.
        #expect(throws: NameResolutionError.ambiguous("kommune", candidates: twins.entities.sorted(by: Entity.byName))) {
            try twins.entity(named: "kommune")
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
        #expect(network.search("Holtaalen").first?.match == .exact)
        #expect(network.search("Roeros").first?.entity.id == "roros")
        #expect(network.search("roeros").map(\.entity.id).contains("roros-lufthavn"))
        #expect(network.search("   ").isEmpty)
    }
}
