import ArgumentParser
import RegionGraphIO

struct Memberships: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memberships",
        abstract: "What an entity belongs to: the councils, forums, companies and regions it is part of.")

    @Argument(help: "The entity: id, name, short name or alias.")
    var entity: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let member = try options.resolve(entity, in: network)
        try options.answer(
            Report.memberships(of: member, in: network), drawing: .memberships(of: member.id), in: network)
    }
}
