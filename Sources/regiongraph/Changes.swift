import ArgumentParser
import RegionGraph
import RegionGraphIO

struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "What changed in a period: entities and relations begun, ended or changed, and mergers.",
        discussion: """
            The period includes both ends: --from 2019 --to 2022 is 1 January 2019 to 31 December \
            2022. --around limits the answer to one body's sphere: the body, its parts, what it or \
            they adopted, lead, own or are responsible for, and the parts of those (a council's \
            plans with their goals and actions).
            """)

    @Option(name: .long, help: ArgumentHelp("The start of the period: 2019, 2019-05 or 2019-05-26.", valueName: "date"))
    var from: PartialDate

    @Option(name: .long, help: ArgumentHelp("The end of the period (default: the start).", valueName: "date"))
    var to: PartialDate?

    @Option(
        name: .long,
        help: ArgumentHelp("Only the changes in this body's sphere.", valueName: "entity"),
        completion: EntityCompletion.kind)
    var around: String?

    @OptionGroup var options: QueryOptions

    func validate() throws {
        if options.at != nil { throw ValidationError("changes takes --from and --to, not --at") }
        if let to, to.lastDay < from.firstDay {
            throw ValidationError("--to \(to) is before --from \(from); give the earlier date first")
        }
    }

    func run() throws {
        let (whole, _) = try options.loadNetworks()
        let body = try around.map { try options.resolve($0, in: whole) }
        try options.print(Report.changes(from: from, to: to ?? from, around: body, in: whole, language: options.language))
    }
}
