import Foundation
import Testing

/// The same data gives the same bytes in every process. Swift seeds its hashing afresh in each
/// process, so anything printed or drawn in the order of a `Set` or a `Dictionary` differs from
/// run to run; one process alone cannot see that. Each command runs in several processes —
/// with random seeds, with `SWIFT_DETERMINISTIC_HASHING` set, with and without the records
/// cache — and every run must print the same bytes.
@Suite struct DeterminismTests {
    /// The environments of the runs: random seeds (the default) and a fixed one.
    static let environments: [[String: String]] = [
        [:], [:], [:], ["REGIONGRAPH_CACHE": "off"], ["REGIONGRAPH_CACHE": "off"],
        ["SWIFT_DETERMINISTIC_HASHING": "1"],
    ]

    static let views = ["fosenregionen", "green-flyway", "handlingsplan-2019-2020", "handlingsplan-2021-2022",
                        "kommuner-og-rad", "regionradet-fjellregionen", "roros-regionalt-samarbeid"]

    static let commands: [[String]] =
        views.map { ["render", $0, "--whole", "--format", "dot", "--output", "-"] } + [
            ["render", "--scope", "network", "--format", "dot", "--output", "-"],
            ["render", "Røros", "--depth", "2", "--format", "dot", "--output", "-"],
            ["export", "--format", "json", "--output", "-"],
            ["export", "--format", "graphml", "--output", "-"],
            ["export", "--format", "mermaid", "--output", "-"],
            ["matrix", "--format", "csv"],
            ["shared", "Røros", "Holtålen", "--format", "json"],
            ["show", "Regionrådet for Fjellregionen", "--format", "json"],
            ["search", "kommune"],
        ]

    @Test(arguments: commands)
    func everyProcessPrintsTheSameBytes(_ arguments: [String]) throws {
        var outputs: [String] = []
        for environment in Self.environments {
            let result = try CommandRunner.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            outputs.append(result.stdout)
        }
        #expect(!outputs[0].isEmpty)
        for (index, output) in outputs.enumerated().dropFirst() {
            #expect(output == outputs[0], "\(arguments) run \(index) (\(Self.environments[index])) differs from run 0")
        }
    }

    /// `render VIEW` writes what `graphs` committed: the view's DOT, or for a split view each
    /// page's, `FILE-1.dot` … as `NAME-1.dot` ….
    @Test(arguments: views)
    func aStandardViewDrawsItsCommittedDOT(_ view: String) throws {
        let graphs = CommandRunner.packageFolder.appendingPathComponent("Graphs")
        let folder = try CommandRunner.temporaryFolder("committed-dot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["render", view, "--output", folder.appendingPathComponent("out.dot").path])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: graphs.path)
            .filter { $0.hasPrefix(view + "-") && $0.hasSuffix(".dot") && Int($0.dropFirst(view.count + 1).dropLast(4)) != nil }
        if pages.isEmpty {
            let committed = try String(contentsOf: graphs.appendingPathComponent("\(view).dot"), encoding: .utf8)
            #expect(try String(contentsOf: folder.appendingPathComponent("out.dot"), encoding: .utf8) == committed)
        } else {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == pages.count)
            for number in 1...pages.count {
                let committed = try String(contentsOf: graphs.appendingPathComponent("\(view)-\(number).dot"), encoding: .utf8)
                let drawn = try String(contentsOf: folder.appendingPathComponent("out-\(number).dot"), encoding: .utf8)
                #expect(drawn == committed, "page \(number)")
            }
        }
    }
}
