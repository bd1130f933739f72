import ArgumentParser
import RegionGraphIO

struct Plans: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "The plans in the data with period, who adopted them, and counts of goals and actions.")

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        try options.print(Report.plans(in: network, language: options.language))
    }
}
