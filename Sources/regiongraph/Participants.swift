import ArgumentParser
import RegionGraphIO

struct Participants: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: "Everyone taking part in a project, forum or programme, with relation and role.",
        discussion: "Owners, partners, participants, secretariat, leader, host, funders, members and those responsible.")

    @Argument(help: "The project, forum or programme: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    @OptionGroup var today: TodayOption

    func run() throws {
        let (whole, network) = try options.loadNetworks()
        let target = try options.resolve(entity, in: network)
        var report = try explanation.explained(
            Report.participants(in: target, in: network, language: options.language),
            relations: network.participants(in: target.id).map(\.relation), in: network, format: options.chosenFormat)
        report = try today.applied(to: report, in: whole, format: options.chosenFormat)
        try options.answer(report, drawing: .participants(of: target.id), in: network)
    }
}
