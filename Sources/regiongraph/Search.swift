import ArgumentParser
import RegionGraphIO

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities by id, name, short name, alias or description.",
        discussion: "Case and diacritics are ignored: 'roros' finds Røros.")

    @Argument(help: "The text to look for.")
    var text: [String]

    @Option(help: "Show at most this many matches.")
    var limit: Int?

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let query = text.joined(separator: " ")
        try options.print(Report.search(
            network.search(query, limit: limit), for: query, in: network, language: options.language))
    }
}
