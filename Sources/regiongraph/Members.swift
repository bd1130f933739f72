import ArgumentParser
import RegionGraphIO

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Who belongs to a council, forum, company, region or board.",
        discussion: "Lists members, owners (of a jointly owned company), parts (municipalities of a region), representatives and board members.")

    @Argument(help: "The body: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    @OptionGroup var today: TodayOption

    func run() throws {
        let (whole, network) = try options.loadNetworks()
        let body = try options.resolve(entity, in: network)
        var report = try explanation.explained(
            Report.members(of: body, in: network, language: options.language), relations: network.members(of: body.id).map(\.relation),
            in: network, format: options.chosenFormat)
        report = try today.applied(to: report, in: whole, format: options.chosenFormat)
        try options.answer(report, drawing: .members(of: body.id), in: network)
    }
}
