import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering
import RegionGraphTestSupport
import Testing

/// Concurrency (issue 5): many tasks loading the shipped data, querying it and rendering
/// diagrams at once give exactly what one task gives alone. (Graphviz is serialised by the
/// binding's lock; loading parses files on several threads; the network is a value.)
@Suite struct ConcurrencyTests {
    static let data = ExportFixture.packageFolder.appendingPathComponent("Data").path
    static let graphs = ExportFixture.packageFolder.appendingPathComponent("Graphs").path

    /// Everything one task computes, as text: loading, resolving, queries, DOT and SVG.
    static func work(_ turn: Int) throws -> [String] {
        let network = try DatasetLoader.load(from: data).get()
        var results: [String] = ["\(network.entities.count) \(network.relations.count)"]
        for name in ["Røros", "holtalen", "Fjellregionen", "Green Flyway", "Rossen tjïelte", "fjell", "Sametinget"] {
            do {
                let entity = try network.entity(named: name)
                results.append(entity.id.rawValue)
                results.append(Report.members(of: entity, in: network).rendered(as: .json, showSources: true))
                results.append(Report.memberships(of: entity, in: network).rendered(as: .csv))
                results.append(Report.participants(in: entity, in: network).rendered(as: .markdown))
            } catch {
                results.append("\(error)")
            }
        }
        let roros = try network.entity(named: "roros"), holtalen = try network.entity(named: "holtalen")
        results.append("\(String(describing: network.path(from: holtalen.id, to: "sametinget")))")
        results.append(Report.shared(by: [roros, holtalen], in: network).rendered(as: .text, showSources: true))
        results.append(network.search("kommune", limit: 20).map { $0.entity.id.rawValue }.joined(separator: ","))
        let views = try GraphsFolder(path: graphs).views()
        for (index, view) in views.enumerated() {
            let diagram = try Diagram(view: view, network: network)
            results.append(diagram.dotText)
            // SVG of one view per task, a different one each turn, so that renders overlap.
            if index == turn % views.count {
                results.append("\(view.name): " + String(decoding: try DiagramOutput.bytes(of: diagram, as: .svg), as: UTF8.self))
            }
        }
        return results
    }

    @Test func manyTasksAtOnceGiveWhatOneGivesAlone() async throws {
        let turns = 12
        var sequential: [[String]] = []
        for turn in 0..<turns { sequential.append(try Self.work(turn)) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for turn in 0..<turns {
                group.addTask { (turn, try Self.work(turn)) }
            }
            var results = [[String]](repeating: [], count: turns)
            for try await (turn, result) in group { results[turn] = result }
            return results
        }
        for turn in 0..<turns {
            #expect(concurrent[turn] == sequential[turn], "turn \(turn) differs")
        }
        #expect(Set(sequential.map { $0.filter { !$0.contains("<svg") } }).count == 1, "runs differ from each other")
    }

    @Test func threadsResolvingOneNetworkAgree() throws {
        let network = try DatasetLoader.load(from: Self.data).get()
        let names = network.entities.flatMap { [$0.name, $0.id.rawValue] + $0.aliases }
        let expected = names.map { (try? network.entity(named: $0))?.id.rawValue ?? "-" }
        let results = UnsafeMutableBufferPointer<[String]>.allocate(capacity: 8)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        let slots = Slots(results: results)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            slots.results[index] = names.map { (try? network.entity(named: $0))?.id.rawValue ?? "-" }
        }
        for index in 0..<8 { #expect(results[index] == expected) }
    }

    struct Slots: @unchecked Sendable { let results: UnsafeMutableBufferPointer<[String]> }
}
