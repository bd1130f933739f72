import ArgumentParser
import RegionGraphIO

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Who belongs to a council, forum, company, region or board.",
        discussion: "Lists members, owners (of a jointly owned company), parts (municipalities of a region), representatives and board members.")

    @Argument(help: "The body: id, name, short name or alias.")
    var entity: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let body = try options.resolve(entity, in: network)
        try options.answer(Report.members(of: body, in: network), drawing: .members(of: body.id), in: network)
    }
}
