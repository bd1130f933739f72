import ArgumentParser
import RegionGraphIO

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "An entity's timeline: its start and end, mergers, and every dated relation begun, ended or stated.",
        discussion: "Relations without dates are not events; 'show' lists them all.")

    @Argument(help: "The entity: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let (whole, _) = try options.loadNetworks()
        let subject = try options.resolve(entity, in: whole)
        try options.print(Report.history(of: subject, in: whole, language: options.language))
    }
}
