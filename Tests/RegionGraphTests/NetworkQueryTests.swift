import Testing
@testable import RegionGraph

@Suite struct NetworkQueryTests {
    let network = Fixture.network

    @Test func membersOfACouncilAreSortedByName() {
        let members = network.members(of: "ipr")
        #expect(members.map(\.entity.id) == ["holtalen", "roros"])
        #expect(members.allSatisfy { $0.relation.type == .memberOf })
    }

    @Test func membersOfAJointlyOwnedCompanyAreItsOwners() {
        let owners = network.members(of: "destinasjon-roros")
        #expect(owners.map(\.entity.shortName) == ["Alvdal", "Holtålen", "Os", "Røros"])
        #expect(owners.allSatisfy { $0.relation.type == .owns })
    }

    @Test func aFactStatedTwiceIsOneAnswerWithTheSourcesOfBoth() {
        let network = Network(
            entities: [
                Entity(id: "ipr", kind: .regionalCouncil, name: "IPR"),
                Entity(id: "roros", kind: .municipality, name: "Røros kommune"),
            ],
            relations: [
                Relation(id: RelationID(rawValue: 0), from: "roros", type: .memberOf, to: "ipr", role: "medlem",
                         citations: [Citation(document: "a", quote: "x")]),
                Relation(id: RelationID(rawValue: 1), from: "roros", type: .memberOf, to: "ipr", role: "medlem",
                         citations: [Citation(document: "b", quote: "y"), Citation(document: "a", quote: "x")]),
                Relation(id: RelationID(rawValue: 2), from: "roros", type: .memberOf, to: "ipr", role: "leder",
                         citations: [Citation(document: "c")]),
            ])
        let members = network.members(of: "ipr")
        #expect(members.map(\.relation.role) == ["leder", "medlem"] || members.map(\.relation.role) == ["medlem", "leder"])
        let medlem = members.first { $0.relation.role == "medlem" }
        #expect(medlem?.relation.citations == [Citation(document: "a", quote: "x"), Citation(document: "b", quote: "y")])
        #expect(network.memberships(of: "roros").count == 2)
    }

    @Test func membershipsAreTheInverse() {
        let memberships = network.memberships(of: "holtalen")
        #expect(memberships.map(\.entity.id) == ["destinasjon-roros", "ipr", "verdensarvradet"])
    }

    @Test func participantsCarryRelationAndRole() {
        let participants = network.participants(in: "green-flyway")
        #expect(participants.map(\.entity.id) == ["roros", "roros-lufthavn", "ostersund"])
        #expect(participants.map(\.relation.role) == ["prosjekteier", "sentral rolle", "prosjekteier"])
        #expect(participants.map(\.relation.type) == [.owns, .participatesIn, .owns])
    }

    @Test func sharedBodiesOfTwoMunicipalities() {
        let shared = network.shared(by: ["roros", "holtalen"])
        #expect(shared.map(\.entity.id) == ["destinasjon-roros", "ipr", "verdensarvradet"])
        let verdensarv = shared[2]
        #expect(verdensarv.links.map(\.entity) == ["roros", "holtalen"])
        #expect(verdensarv.links.map { $0.relations.map(\.role) } == [["ordfører"], ["ordfører"]])
    }

    /// `shared(by:)` against the plain reading of its definition, on a random network with
    /// relations stated twice, several types between one pair, and asked ids repeated or unknown.
    @Test(arguments: [1, 2, 3]) func sharedBodiesAreTheIntersectionOfEachOnesRelations(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        var entities: [Entity] = []
        for index in 0..<25 {
            entities.append(Entity(id: EntityID("m\(index)"), kind: .municipality, name: "M\(generator.next() % 7)"))
        }
        for index in 0..<15 { entities.append(Entity(id: EntityID("b\(index)"), kind: .forum, name: "B\(generator.next() % 5)")) }
        let types: [RelationType] = [.memberOf, .participatesIn, .owns, .partnerOf, .funds, .hosts]
        var relations: [Relation] = []
        for _ in 0..<400 {
            relations.append(Relation(
                id: RelationID(rawValue: relations.count), from: EntityID("m\(generator.next() % 25)"),
                type: types[generator.next() % types.count],
                to: EntityID(generator.next() % 4 == 0 ? "m\(generator.next() % 25)" : "b\(generator.next() % 15)"),
                role: generator.next() % 3 == 0 ? "medlem" : nil))
        }
        let network = Network(entities: entities, relations: relations)
        for _ in 0..<30 {
            var ids = (0..<(1 + generator.next() % 3)).map { _ in EntityID("m\(generator.next() % 25)") }
            if generator.next() % 10 == 0 { ids.append("nowhere") }
            // Each asked entity's affiliations by target; the targets all of them have, but
            // not the asked ones themselves.
            let perEntity = ids.map { id in
                Dictionary(grouping: network.relations(from: id).filter { RelationType.affiliation.contains($0.type) }, by: \.to)
            }
            var common = Set(perEntity[0].keys)
            for targets in perEntity.dropFirst() { common.formIntersection(targets.keys) }
            common.subtract(ids)
            let expected = common.map { target in
                SharedAffiliation(
                    entity: network.entity(target)!,
                    links: zip(ids, perEntity).map { .init(entity: $0, relations: $1[target] ?? []) })
            }
            #expect(network.shared(by: ids) == Entity.sortedByName(expected, entity: \.entity))
        }
    }

    @Test func sharedBodiesOfThreeNarrowDown() {
        #expect(network.shared(by: ["roros", "holtalen", "os"]).map(\.entity.id)
            == ["destinasjon-roros", "verdensarvradet"])
        #expect(network.shared(by: ["roros", "ostersund"]).map(\.entity.id) == ["green-flyway"])
        #expect(network.shared(by: ["alvdal", "ostersund"]).isEmpty)
    }

    @Test func snapshotKeepsOnlyWhatHeldAtTheDate() throws {
        let in2018 = network.snapshot(at: try PartialDate(parsing: "2018"))
        #expect(in2018.participants(in: "action").isEmpty)
        let in2019 = network.snapshot(at: try PartialDate(parsing: "2019-06-01"))
        #expect(in2019.participants(in: "action").map(\.entity.id) == ["au"])
        // The council was founded in 2017: no membership holds before.
        let in2010 = network.snapshot(at: try PartialDate(parsing: "2010"))
        #expect(in2010.members(of: "ipr").isEmpty)
        #expect(in2010.entity("ipr") != nil)
    }

    @Test func matrixMarksMembershipsOfMunicipalities() {
        let matrix = network.membershipMatrix()
        #expect(matrix.rows.map(\.id) == ["alvdal", "holtalen", "os", "roros"])
        #expect(matrix.columns.map(\.id) == ["ipr", "destinasjon-roros", "verdensarvradet"])
        let roros = matrix.rows.firstIndex { $0.id == "roros" }!
        #expect(matrix.cells[roros].map { $0.map(\.type) } == [[.memberOf], [.owns], [.representedIn]])
        let alvdal = matrix.rows.firstIndex { $0.id == "alvdal" }!
        #expect(matrix.cells[alvdal].map(\.count) == [0, 1, 0])
    }

    @Test func matrixHonoursTheChosenKinds() {
        let matrix = network.membershipMatrix(rows: [.municipality], columns: [.project])
        #expect(matrix.columns.map(\.id) == ["green-flyway"])
        #expect(matrix.rows.map(\.id) == ["roros", "ostersund"])
    }

    @Test func pathWalksRelationsInBothDirections() throws {
        let steps = try #require(network.path(from: "alvdal", to: "ostersund"))
        #expect(steps.map(\.to.id) == ["destinasjon-roros", "roros", "green-flyway", "ostersund"])
        #expect(steps.map(\.isForward) == [true, false, true, false])
        #expect(steps[1].phrase == "is owned by")
    }

    @Test func pathToItselfIsEmptyAndUnconnectedIsNil() {
        #expect(network.path(from: "roros", to: "roros") == [])
        #expect(network.path(from: "roros", to: "plan") == nil)
    }
}
