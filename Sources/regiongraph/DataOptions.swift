import ArgumentParser
import RegionGraph
import RegionGraphIO

/// `--data`: the folder (or the workbook) every command reads the network from.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder (YAML files, or the spreadsheet layout: entities.csv, relations.csv, or one workbook *.xlsx with those sheets), or a workbook (.xlsx).",
            valueName: "dir|xlsx"))
    var data: String = "Data"

    /// The network in the data folder or workbook; every problem goes to standard error and ends the
    /// command with exit code 1.
    func loadNetwork() throws -> Network {
        try NetworkLoading.load(from: data)
    }
}
