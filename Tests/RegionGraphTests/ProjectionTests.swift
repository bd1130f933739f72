import Testing
@testable import RegionGraph

/// The algorithms behind the scale benchmark (`regiongraph-bench`): the co-membership
/// projection, degrees, and the typed neighbour queries its answers are made of, on a small
/// network built by hand.
@Suite struct ProjectionTests {
    // Municipalities a-roros, b-holtalen, c-os, d-tolga (d sits in nothing), an "ø" id that sorts
    // after every ASCII id, and bodies: two councils, a company, a forum, a project.
    static let entities: [Entity] = [
        Entity(id: "holtalen", kind: .municipality, name: "Holtålen kommune"),
        Entity(id: "roros", kind: .municipality, name: "Røros kommune"),
        Entity(id: "os", kind: .municipality, name: "Os kommune"),
        Entity(id: "tolga", kind: .municipality, name: "Tolga kommune"),
        Entity(id: "ørland", kind: .municipality, name: "Ørland kommune"),
        Entity(id: "ipr", kind: .regionalCouncil, name: "Interkommunalt politisk råd"),
        Entity(id: "fjellregionen-rad", kind: .regionalCouncil, name: "Regionrådet for Fjellregionen"),
        Entity(id: "destinasjon-roros", kind: .company, name: "Destinasjon Røros"),
        Entity(id: "jernbaneforum", kind: .forum, name: "Jernbaneforum"),
        Entity(id: "green-flyway", kind: .project, name: "Green Flyway"),
    ]

    static let facts: [(EntityID, RelationType, EntityID, String?)] = [
        ("roros", .memberOf, "ipr", nil),
        ("holtalen", .memberOf, "ipr", nil),
        ("os", .memberOf, "ipr", "observatør"),
        ("roros", .memberOf, "fjellregionen-rad", nil),
        ("holtalen", .memberOf, "fjellregionen-rad", "medlem"),
        ("roros", .memberOf, "fjellregionen-rad", "leder"),  // the same body twice counts once
        ("os", .memberOf, "destinasjon-roros", nil),
        ("roros", .memberOf, "destinasjon-roros", nil),
        ("ørland", .memberOf, "destinasjon-roros", nil),
        ("roros", .owns, "destinasjon-roros", "eier"),  // owning is not membership
        ("jernbaneforum", .memberOf, "ipr", nil),  // a forum is not projected
        ("holtalen", .memberOf, "jernbaneforum", nil),  // nor counted as a body for others
        ("roros", .owns, "green-flyway", "prosjekteier"),
        ("os", .participatesIn, "green-flyway", nil),
        ("roros", .participatesIn, "green-flyway", "partner"),
        ("fjellregionen-rad", .secretariatFor, "jernbaneforum", nil),
    ]

    static var network: Network {
        Network(
            entities: entities,
            relations: facts.enumerated().map { index, fact in
                Relation(id: RelationID(rawValue: index), from: fact.0, type: fact.1, to: fact.2, role: fact.3)
            })
    }

    let network = ProjectionTests.network

    @Test func theProjectionCountsTheBodiesEachPairOfMunicipalitiesShares() {
        let projection = network.coMembershipProjection(kind: .municipality)
        #expect(projection.entities == ["holtalen", "os", "roros", "tolga", "ørland"])
        #expect(projection.pairs == [
            .init(a: "holtalen", b: "os", weight: 1),  // ipr
            .init(a: "holtalen", b: "roros", weight: 2),  // ipr, fjellregionen-rad
            .init(a: "os", b: "roros", weight: 2),  // ipr, destinasjon-roros
            .init(a: "os", b: "ørland", weight: 1),  // destinasjon-roros
            .init(a: "roros", b: "ørland", weight: 1),  // destinasjon-roros
        ])
        #expect(projection.pairCount == 5)
    }

    @Test func weightsAreSymmetricAndZeroForPairsThatShareNothing() {
        let projection = network.coMembershipProjection(kind: .municipality)
        #expect(projection.weight(between: "roros", and: "holtalen") == 2)
        #expect(projection.weight(between: "holtalen", and: "roros") == 2)
        #expect(projection.weight(between: "tolga", and: "roros") == 0)
        #expect(projection.weight(between: "roros", and: "roros") == 0)
        #expect(projection.weight(between: "roros", and: "nowhere") == 0)
    }

    @Test func forEachPairGivesPositionsInIDOrder() {
        let projection = network.coMembershipProjection(kind: .municipality)
        var seen: [String] = []
        projection.forEachPair { a, b, weight in
            #expect(a < b)
            seen.append("\(projection.entities[a]),\(projection.entities[b]),\(weight)")
        }
        #expect(seen == seen.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        #expect(seen.first == "holtalen,os,1")
    }

    @Test func theProjectionCanBeOntoAnotherKindAndThroughAnotherType() {
        // Councils that own… nothing: no pairs. Municipalities through ownership: only Røros
        // owns, so no pairs either; through participation in Green Flyway: Os and Røros.
        #expect(network.coMembershipProjection(kind: .regionalCouncil).pairCount == 0)
        #expect(network.coMembershipProjection(kind: .municipality, via: .owns).pairCount == 0)
        #expect(network.coMembershipProjection(kind: .municipality, via: .participatesIn).pairs
            == [.init(a: "os", b: "roros", weight: 1)])
    }

    /// Dense (every pair linked), sparse (most pairs not) and in between: the projection counts
    /// a row differently when most later entities are linked to it.
    @Test(arguments: [(60, 25, 700), (300, 400, 450), (120, 40, 260)])
    func theProjectionMatchesPairwiseIntersectionsOnARandomNetwork(municipalities: Int, bodies: Int, memberships: Int) {
        var generator = SplitMix(seed: 42)
        var entities: [Entity] = []
        for index in 0..<municipalities {
            entities.append(Entity(id: EntityID("m\(index)"), kind: .municipality, name: "M\(index)"))
        }
        for index in 0..<bodies { entities.append(Entity(id: EntityID("b\(index)"), kind: .forum, name: "B\(index)")) }
        var relations: [Relation] = []
        for _ in 0..<memberships {
            let member = EntityID("m\(generator.next() % municipalities)")
            let body = EntityID("b\(generator.next() % bodies)")
            relations.append(Relation(id: RelationID(rawValue: relations.count), from: member, type: .memberOf, to: body))
        }
        let network = Network(entities: entities, relations: relations)
        let projection = network.coMembershipProjection(kind: .municipality)
        let ids = entities.filter { $0.kind == .municipality }.map(\.id).sorted()
        var expected: [CoMembershipProjection.Pair] = []
        for (index, a) in ids.enumerated() {
            let bodiesOfA = Set(network.entities(.memberOf, from: a))
            for b in ids[(index + 1)...] {
                let shared = bodiesOfA.intersection(network.entities(.memberOf, from: b)).count
                if shared > 0 { expected.append(.init(a: a, b: b, weight: shared)) }
            }
        }
        #expect(projection.pairs == expected)
    }

    @Test func degreesCountRelationsInAndOutOfEveryType() {
        #expect(network.entityIDs == network.entities.map(\.id))
        let degrees = Dictionary(uniqueKeysWithValues: zip(network.entityIDs, network.degrees))
        #expect(degrees["roros"] == 7)  // 4 member_of (two to one body), 2 owns, 1 participates_in
        #expect(degrees["ipr"] == 4)
        #expect(degrees["jernbaneforum"] == 3)  // member_of out, member_of in, secretariat_for in
        #expect(degrees["tolga"] == 0)
        #expect(network.degree(of: "green-flyway") == 3)
        #expect(network.degree(of: "nowhere") == 0)
        #expect(network.degrees.count == network.entities.count)
        #expect(network.degrees.reduce(0, +) == 2 * network.relations.count)
    }

    @Test func membersAndMembershipsAreEachEntityOnceInIDOrder() {
        #expect(network.entities(.memberOf, to: "ipr") == ["holtalen", "jernbaneforum", "os", "roros"])
        #expect(network.entities(.memberOf, to: "fjellregionen-rad") == ["holtalen", "roros"])
        #expect(network.entities(.memberOf, from: "roros") == ["destinasjon-roros", "fjellregionen-rad", "ipr"])
        #expect(network.entities(.memberOf, from: "tolga") == [])
        #expect(network.entities(.memberOf, to: "nowhere") == [])
    }

    /// Few answers in a large network are sorted; many are read off one bit per entity. Both
    /// must give each entity once, in id order.
    @Test func membersAndMembershipsOfALargeNetworkAreEachEntityOnceInIDOrder() {
        var generator = SplitMix(seed: 7)
        var entities: [Entity] = []
        for index in 0..<3_000 { entities.append(Entity(id: EntityID("m\(index)"), kind: .municipality, name: "M\(index)")) }
        for index in 0..<40 { entities.append(Entity(id: EntityID("b\(index)"), kind: .forum, name: "B\(index)")) }
        var facts: [(EntityID, EntityID)] = []
        for _ in 0..<9_000 {
            facts.append((EntityID("m\(generator.next() % 3_000)"), EntityID("b\(generator.next() % 40)")))
        }
        facts += facts.prefix(500)  // stated twice
        let network = Network(
            entities: entities,
            relations: facts.enumerated().map { index, fact in
                Relation(id: RelationID(rawValue: index), from: fact.0, type: .memberOf, to: fact.1)
            })
        var sortPath = 0
        for index in stride(from: 0, to: 3_000, by: 7) {
            let id = EntityID("m\(index)")
            let expected = Set(facts.filter { $0.0 == id }.map(\.1)).sorted()
            if expected.count < 3 { sortPath += 1 }
            #expect(network.entities(.memberOf, from: id) == expected)
        }
        #expect(sortPath > 50)
        for index in 0..<40 {
            let id = EntityID("b\(index)")
            #expect(network.entities(.memberOf, to: id) == Set(facts.filter { $0.1 == id }.map(\.0)).sorted())
        }
    }

    @Test func sharedBodiesAreTheIntersection() {
        #expect(network.entities(.memberOf, sharedBy: ["roros", "holtalen"]) == ["fjellregionen-rad", "ipr"])
        #expect(network.entities(.memberOf, sharedBy: ["roros", "os", "holtalen"]) == ["ipr"])
        #expect(network.entities(.memberOf, sharedBy: ["roros", "tolga"]) == [])
        #expect(network.entities(.memberOf, sharedBy: ["roros", "nowhere", "holtalen"]) == [])
        #expect(network.entities(.memberOf, sharedBy: []) == [])
    }

    @Test func participantsAreOneItemPerRelation() {
        let relations = network.relations(to: "green-flyway", types: [.participatesIn, .owns])
        let items = relations.map { "\($0.from):\($0.role ?? "")" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // Røros both owns and participates: two items.
        #expect(items == ["os:", "roros:partner", "roros:prosjekteier"])
        #expect(network.relations(to: "green-flyway", types: [.hosts]).isEmpty)
    }

    @Test func positionsFollowUnicodeScalarOrder() {
        // "ø" (U+00F8) sorts after every ASCII letter, as its UTF-8 bytes do.
        #expect(network.entities.last?.id == "ørland")
        let ids = network.entities.map(\.id.rawValue)
        #expect(ids == ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }
}

/// A small deterministic random number generator for the tests.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (value ^ (value >> 31)) >> 1)
    }
}
