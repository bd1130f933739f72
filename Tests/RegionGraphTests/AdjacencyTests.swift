import Testing
@testable import RegionGraph

/// Each entity's outgoing and incoming relations, as a network and a snapshot build them:
/// what the plain reading of their definition gives, on one thread or two, and never a list
/// out of bounds when the ends read change between counting and placing.
@Suite struct AdjacencyTests {
    /// For each entity, the relations whose `end` is that entity, ascending.
    static func plainLists(entityCount: Int, ends: [Int32]) -> [[Int]] {
        var lists = [[Int]](repeating: [], count: entityCount)
        for (relation, end) in ends.enumerated() where (0..<entityCount).contains(Int(end)) {
            lists[Int(end)].append(relation)
        }
        return lists
    }

    @Test(arguments: [1, 2, 3])
    func listsAreEachEntitysRelationsInOrder(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        for _ in 0..<40 {
            let entityCount = generator.next() % 30
            // Some ends fall outside the entities, below and above: those relations are left out.
            let ends = (0..<(generator.next() % 200)).map { _ in Int32(generator.next() % (entityCount + 6) - 3) }
            let lists = try #require(AdjacencyLists(entityCount: entityCount, relationCount: ends.count) { ends[$0] })
            #expect(lists.start.count == entityCount + 1)
            #expect((0..<entityCount).map { lists[$0] } == Self.plainLists(entityCount: entityCount, ends: ends))
        }
    }

    /// A network's adjacency, built on two threads for many relations, is the plain one in
    /// both directions; a relation with an end outside the entities is in neither.
    @Test(arguments: [100, 50_000])
    func bothDirectionsAreThePlainLists(relationCount: Int) {
        var generator = SplitMix(seed: UInt64(relationCount))
        let entityCount = 1_000
        let types = RelationType.allCases
        let ends = (0..<relationCount).map { index in
            RelationEnds(
                from: index % 97 == 0 ? -1 : Int32(generator.next() % entityCount),
                to: Int32(generator.next() % entityCount), type: types[generator.next() % types.count])
        }
        let adjacency = Adjacency(entityCount: entityCount, ends: ends)
        let outgoing = ends.map { $0.to >= 0 && $0.from >= 0 ? $0.from : -1 }
        let incoming = ends.map { $0.to >= 0 && $0.from >= 0 ? $0.to : -1 }
        #expect((0..<entityCount).map { adjacency.outgoing(of: $0).map(Int.init) }
            == Self.plainLists(entityCount: entityCount, ends: outgoing))
        #expect((0..<entityCount).map { adjacency.incoming(of: $0).map(Int.init) }
            == Self.plainLists(entityCount: entityCount, ends: incoming))
    }

    /// Ends read from bytes that change between the count and the placing make no lists, rather
    /// than lists with a place left empty or one written past its end.
    @Test func endsThatChangeBetweenCountingAndPlacingMakeNoLists() {
        var calls = 0
        // Every relation is at entity 0 when counted and at entity 1 when placed.
        let moved = AdjacencyLists(entityCount: 3, relationCount: 5) { _ in
            calls += 1
            return calls <= 5 ? 0 : 1
        }
        #expect(moved == nil)
        // Counted at entity 2, then outside the entities when placed.
        calls = 0
        let vanished = AdjacencyLists(entityCount: 3, relationCount: 5) { _ in
            calls += 1
            return calls <= 5 ? 2 : 7
        }
        #expect(vanished == nil)
        // The same ends both times make the lists.
        let lists = AdjacencyLists(entityCount: 3, relationCount: 5) { Int32($0 % 3) }
        #expect(lists.map { lists in (0..<3).map { lists[$0] } } == [[0, 3], [1, 4], [2]])
    }
}
