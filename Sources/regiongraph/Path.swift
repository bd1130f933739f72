import ArgumentParser
import RegionGraphIO

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of relations connecting two entities, each step shown.")

    @Argument(help: "Where the path starts.", completion: EntityCompletion.kind)
    var from: String

    @Argument(help: "Where the path ends.", completion: EntityCompletion.kind)
    var to: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    func run() throws {
        let network = try options.loadNetwork()
        let start = try options.resolve(from, in: network)
        let goal = try options.resolve(to, in: network)
        guard let steps = network.path(from: start.id, to: goal.id) else {
            Terminal.writeError("regiongraph: " + options.language.text(
                en: "no chain of relations connects \(start.name) and \(goal.name)",
                nb: "ingen kjede av relasjoner forbinder \(start.name) og \(goal.name)") + "\n")
            throw ExitCode(3)
        }
        let report = try explanation.explained(
            Report.path(steps, from: start, to: goal, in: network, language: options.language), relations: steps.map(\.relation),
            in: network, format: options.chosenFormat)
        try options.answer(report, drawing: .path(from: start.id, to: goal.id), in: network)
    }
}
