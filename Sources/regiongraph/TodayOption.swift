import ArgumentParser
import RegionGraph
import RegionGraphIO

/// `--today` (or `--as-of-now`): an answer about the past mapped onto today's entities, each
/// municipality or county that ended replaced by the one that carries it on.
struct TodayOption: ParsableArguments {
    @Flag(
        name: [.customLong("today"), .customLong("as-of-now")],
        help: "Map entities that ended (merged or renamed) to today's successors: 'Rissa kommune → Indre Fosen kommune (2018)'.")
    var today = false

    /// `report` mapped to today when `--today` is given; ends the command with exit code 64
    /// when the answer is to be drawn, which has no place for the mapping.
    func applied(to report: Report, in network: Network, format: AnswerFormat) throws -> Report {
        guard today else { return report }
        if case .diagram = format {
            Terminal.error(Terminal.language.text(
                en: "--today answers in text, json, csv or markdown, not \(format.name)",
                nb: "--today svarer i text, json, csv eller markdown, ikke \(format.name)"))
            throw ExitCode(64)
        }
        return report.mappedToToday(in: network)
    }
}
