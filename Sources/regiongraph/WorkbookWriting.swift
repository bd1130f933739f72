import ArgumentParser
import Foundation
import RegionGraphIO

/// Writing an answer as an Excel workbook, for the queries' `--format xlsx` (and `export
/// --format xlsx`): to a file (atomically) or to standard output when that is a pipe or a
/// file, never to a terminal, which would show the zip archive's bytes as garbage.
enum WorkbookWriting {
    /// Writes `report` as a workbook to `output` (`-` for standard output), with a sources
    /// column when `showSources`; says what it wrote. Ends the command with exit code 64 when
    /// standard output is a terminal, and 1 when the file cannot be written.
    static func write(_ report: Report, showSources: Bool, to output: String) throws {
        if output == "-" { try refuseTerminal(what: "an xlsx workbook") }
        let bytes: [UInt8]
        do {
            bytes = try report.workbook(showSources: showSources)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        try Terminal.deliver(bytes, to: output)
        if output != "-" { Terminal.reportWritten(output, format: "xlsx", bytes: bytes.count) }
    }

    /// Ends the command with exit code 64 when standard output is a terminal: `what` is binary.
    static func refuseTerminal(what: String) throws {
        guard isatty(STDOUT_FILENO) == 1 else { return }
        Terminal.error("\(what) is binary and not for a terminal; give --output FILE.xlsx, or redirect standard output to a file")
        throw ExitCode(64)
    }
}
