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
        views.map { ["render", $0, "--format", "dot", "--output", "-"] } + [
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

    @Test(arguments: views)
    func aStandardViewDrawsItsCommittedDOT(_ view: String) throws {
        let committed = try String(
            contentsOf: CommandRunner.packageFolder.appendingPathComponent("Graphs/\(view).dot"), encoding: .utf8)
        let result = try CommandRunner.run(["render", view, "--format", "dot", "--output", "-"])
        #expect(result.stdout == committed)
    }
}
