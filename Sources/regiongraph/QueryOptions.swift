import ArgumentParser
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering

/// The options every query takes.
struct QueryOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "\(AnswerFormat.names): a report (xlsx: an Excel workbook, to a file or pipe), or the answer "
                + "drawn as a diagram (default: from --output's extension, else text).",
            valueName: "format"))
    var format: AnswerFormat?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the answer to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var date: DateOption

    /// `--at`.
    var at: PartialDate? { date.at }

    @Flag(name: .long, help: "Print each fact's source and quote (JSON always carries them).")
    var sources = false

    @Flag(
        name: .long,
        help: "Print text tables whole; by default they fit the terminal (COLUMNS, else 100 columns), long cells shortened with '…'.")
    var wide = false

    @OptionGroup var languageOption: LanguageOption

    /// The language of the answer (`--language`, else the environment's).
    var language: Language { languageOption.chosen }

    /// The width text answers fit in, `nil` for `--wide`.
    var width: Int? { Terminal.width(wide: wide) }

    func validate() throws {
        if format == nil, let output, output != "-", AnswerFormat(fileExtensionOf: output) == nil {
            throw ValidationError(
                "cannot tell the format from '\(output)'; add --format \(AnswerFormat.names)")
        }
    }

    /// The format asked for: `--format`, else the output file's extension, else text.
    var chosenFormat: AnswerFormat {
        format ?? output.flatMap(AnswerFormat.init(fileExtensionOf:)) ?? .report(.text)
    }

    /// The report format; csv for a workbook (its table with full names), text when the
    /// answer is drawn.
    var reportFormat: OutputFormat {
        switch chosenFormat {
        case .report(let format): format
        case .workbook: .csv
        case .diagram: .text
        }
    }

    /// Loads the data folder, reporting every problem in it, and applies `--at`.
    func loadNetwork() throws -> Network {
        try loadNetworks().answer
    }

    /// The whole network, and the network the answer is drawn from (`--at` applied): a
    /// question about the past still needs the whole, for what became of it.
    func loadNetworks() throws -> (whole: Network, answer: Network) {
        let network = try data.loadNetwork()
        return (network, at.map(network.snapshot(at:)) ?? network)
    }

    /// The entity a user means by `name`, with a note on standard error when it was chosen among
    /// several; exits with code 2 when there is none, or several that tie.
    func resolve(_ name: String, in network: Network) throws -> Entity {
        try Terminal.resolve(name, in: network)
    }

    /// Prints the answer, or writes it to `--output`: `report` in a report format, else `scope`
    /// of `network` drawn as a diagram with its title, legend and sources.
    func answer(_ report: @autoclosure () -> Report, drawing scope: DiagramView.Scope, in network: Network) throws {
        switch chosenFormat {
        case .report(let format):
            let text = report().rendered(as: format, showSources: sources, width: width)
            try Terminal.deliver(Array(text.utf8), to: output ?? "-")
        case .workbook:
            try WorkbookWriting.write(report(), showSources: sources, to: output ?? "-")
        case .diagram(let format):
            let view = DiagramView(
                name: scope.focus.first?.rawValue ?? scope.kind.rawValue,
                title: DiagramVocabulary.title(of: scope, in: network), scope: scope, date: at)
            try DiagramWriting.write(view, of: network, as: format, to: output ?? "-")
        }
    }

    /// Prints a report that has no drawing, or writes it to `--output`.
    func print(_ report: Report) throws {
        if chosenFormat == .workbook {
            return try WorkbookWriting.write(report, showSources: sources, to: output ?? "-")
        }
        guard case .report(let format) = chosenFormat else {
            let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            Terminal.error(language.text(
                en: "this answer cannot be drawn; use --format \(formats) or xlsx",
                nb: "dette svaret kan ikke tegnes; bruk --format \(formats) eller xlsx"))
            throw ExitCode(64)
        }
        try Terminal.deliver(
            Array(report.rendered(as: format, showSources: sources, width: width).utf8), to: output ?? "-")
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        try? self.init(parsing: argument)
    }
}
