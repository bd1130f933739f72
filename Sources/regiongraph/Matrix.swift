import ArgumentParser
import RegionGraph
import RegionGraphIO

struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Municipalities × councils, forums and companies: a mark where a membership holds.",
        discussion: "Marks: M member_of, O owns, P part_of, R represented_in, B board_member_of, D participates_in.")

    @Option(help: ArgumentHelp("The kind of the rows.", valueName: "kind"))
    var rows: String = "municipality"

    @Option(help: ArgumentHelp("The kinds of the columns, separated by commas.", valueName: "kinds"))
    var columns: String = "regional_council,forum,company,board,region"

    @OptionGroup var options: QueryOptions

    func validate() throws {
        _ = try SelectionOptions.kinds(rows, option: "--rows")
        _ = try SelectionOptions.kinds(columns, option: "--columns")
    }

    func run() throws {
        let network = try options.loadNetwork()
        let matrix = network.membershipMatrix(
            rows: try SelectionOptions.kinds(rows, option: "--rows"),
            columns: try SelectionOptions.kinds(columns, option: "--columns"))
        try options.print(Report.matrix(matrix, in: network, format: options.reportFormat, language: options.language))
    }
}
