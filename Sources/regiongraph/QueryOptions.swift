import ArgumentParser
import RegionGraph
import RegionGraphIO

/// The options every query takes.
struct QueryOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(
        name: .long,
        help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Only facts valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: PartialDate?

    @Flag(name: .long, help: "Print each fact's source and quote (JSON always carries them).")
    var sources = false

    /// Loads the data folder, reporting every problem in it, and applies `--at`.
    func loadNetwork() throws -> Network {
        let network = try data.loadNetwork()
        guard let at else { return network }
        return network.snapshot(at: at)
    }

    /// The entity a user means by `name`; exits with code 2 when there is none or several.
    func resolve(_ name: String, in network: Network) throws -> Entity {
        do {
            return try network.entity(named: name)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }

    func print(_ report: Report) {
        Terminal.write(report.rendered(as: format, showSources: sources))
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        try? self.init(parsing: argument)
    }
}
