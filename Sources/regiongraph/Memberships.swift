import ArgumentParser
import RegionGraphIO

struct Memberships: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memberships",
        abstract: "What an entity belongs to: the councils, forums, companies and regions it is part of.")

    @Argument(help: "The entity: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var explanation: ExplainOptions

    @OptionGroup var today: TodayOption

    func run() throws {
        let (whole, network) = try options.loadNetworks()
        let member = try options.resolve(entity, in: network)
        var report = try explanation.explained(
            Report.memberships(of: member, in: network, language: options.language),
            relations: network.memberships(of: member.id).map(\.relation), in: network, format: options.chosenFormat)
        report = try today.applied(to: report, in: whole, format: options.chosenFormat)
        try options.answer(report, drawing: .memberships(of: member.id), in: network)
    }
}
