import ArgumentParser
import RegionGraphIO

struct Shared: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shared",
        abstract: "What all the given entities belong to or take part in.")

    @Argument(help: "Two or more entities: ids, names, short names or aliases.", completion: EntityCompletion.kind)
    var entities: [String]

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    func validate() throws {
        guard entities.count >= 2 else {
            throw ValidationError("name at least two entities, for example: regiongraph shared Røros Holtålen")
        }
    }

    func run() throws {
        let network = try options.loadNetwork()
        let resolved = try entities.map { try options.resolve($0, in: network) }
        let report = try explanation.explained(
            Report.shared(by: resolved, in: network, language: options.language),
            relations: network.shared(by: resolved.map(\.id)).flatMap { $0.links.flatMap(\.relations) },
            in: network, format: options.chosenFormat)
        try options.answer(report, drawing: .shared(by: resolved.map(\.id)), in: network)
    }
}
