import ArgumentParser
import RegionGraph
import RegionGraphIO

/// `--data`: the folder every command reads the network from.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder: YAML files, or the spreadsheet layout (entities.csv, relations.csv).",
            valueName: "dir"))
    var data: String = "Data"

    /// The network in the data folder; every problem goes to standard error and ends the
    /// command with exit code 1.
    func loadNetwork() throws -> Network {
        try NetworkLoading.load(from: data)
    }
}
