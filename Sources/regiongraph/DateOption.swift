import ArgumentParser
import RegionGraph

/// `--at DATE`: only the facts valid at a date.
struct DateOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Only facts valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: PartialDate?
}
