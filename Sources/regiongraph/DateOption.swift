import ArgumentParser
import RegionGraph

/// `--at DATE`: only the facts valid at a date.
struct DateOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Only facts valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"),
        transform: DateOption.date)
    var at: PartialDate?

    /// The date `text` names, or an error that says what a date looks like.
    static func date(_ text: String) throws -> PartialDate {
        do {
            return try PartialDate(parsing: text)
        } catch .malformed {
            throw ValidationError("'\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, for example 2021, 2021-05 or 2021-05-26")
        } catch .outOfRange {
            throw ValidationError("'\(text)' is no calendar date (months 1–12, days as the month has), for example 2021-05-26")
        }
    }
}
