import ArgumentParser
import RegionGraphIO

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Everything about one entity: names, attributes, relations in and out, with sources.")

    @Argument(help: "The entity: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    func run() throws {
        let network = try options.loadNetwork()
        let shown = try options.resolve(entity, in: network)
        var options = options
        options.sources = true
        let report = try explanation.explained(
            Report.show(shown, in: network, language: options.language), relations: Report.relationsShown(for: shown, in: network),
            entities: [shown], in: network, format: options.chosenFormat)
        try options.print(report)
    }
}
