import ArgumentParser
import RegionGraph
import RegionGraphIO

/// `--explain` (and `--documents`) for the queries whose answers are facts.
struct ExplainOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "After the answer, every fact behind it: a sentence, where it is recorded in the data, "
                + "and each source with its quote and the quote's line in the document."))
    var explain = false

    @OptionGroup var documents: DocumentsOption

    /// `report` with the explanation of `relations` (and `entities`) when `--explain` is given.
    ///
    /// Ends the command with exit code 64 when the answer is drawn or in CSV, which have no
    /// place for it (a workbook has: a sheet of its own).
    func explained(
        _ report: @autoclosure () -> Report, relations: @autoclosure () -> [Relation], entities: [Entity] = [],
        in network: Network, format: AnswerFormat
    ) throws -> Report {
        var report = report()
        guard explain else { return report }
        try Self.checkExplainable(format, what: "--explain")
        report.explanation = network.explanation(
            of: relations(), entities: entities, texts: documents.texts(of: network))
        return report
    }

    /// Ends the command with exit code 64 unless `format` is text, json, markdown or xlsx.
    static func checkExplainable(_ format: AnswerFormat, what: String) throws {
        switch format {
        case .report(.text), .report(.json), .report(.markdown), .workbook:
            return
        default:
            Terminal.error("\(what) answers in text, json, markdown or xlsx, not \(format.name); use --format text, json, markdown or xlsx")
            throw ExitCode(64)
        }
    }
}
