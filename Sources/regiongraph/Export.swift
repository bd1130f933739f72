import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphIO
import RegionGraphRendering

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network, or part of it, for other tools: "
            + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        discussion: """
            Formats:
            \(ExportFormat.allCases.map { "  " + $0.rawValue + String(repeating: " ", count: max(0, 9 - $0.rawValue.count)) + $0.summary }.joined(separator: "\n"))

            --at, --kinds and --relations choose a part, as for the diagrams: entities of those \
            kinds valid at that date, and the relations of those types between them.

            The same data always gives the same bytes. Files are written atomically, and a \
            folder's files are replaced as a whole: a failed or interrupted export leaves the \
            old files (or a journal the next export finishes), never a mix. --output - writes \
            a single-file format to standard output.

            csv writes the data exactly, so the folder loads again as a dataset. A cell that \
            starts with = + - or @ is then what Excel runs as a formula: to open an export from \
            an unknown source in Excel, add --excel-safe, which writes such cells with an \
            apostrophe in front (shown as text; the apostrophe stays if the folder is loaded).

            xlsx writes the same three tables as one Excel workbook (sheets documents, entities, \
            relations; bold, frozen, filtered headers), which --data reads back. Its cells are \
            values, never formulas, so it is safe to open as it is (--excel-safe changes \
            nothing). Being binary, it is not written to a terminal.

            Examples:
              regiongraph export --format graphml --output network.graphml
              regiongraph export --format csv --output regneark
              regiongraph export --format csv --excel-safe --output til-excel
              regiongraph export --output nettverk.xlsx
              regiongraph export --format mermaid --kinds municipality,regional_council --relations member_of --output -
              regiongraph export --format neo4j --at 2020 --output neo4j-import
            """)

    @Option(
        name: .long,
        help: "\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the output file's extension).")
    var format: ExportFormat?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The file to write (a folder for csv and neo4j), or - for standard output.", valueName: "path"))
    var output: String

    @Flag(name: .long, help: "csv: write cells starting with = + - @ with an apostrophe in front, so Excel shows them rather than runs them (xlsx needs none).")
    var excelSafe = false

    @OptionGroup var data: DataOptions

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var selection: SelectionOptions

    func validate() throws {
        guard let chosen = chosenFormat else {
            throw ValidationError(
                "cannot tell the format from '\(output)'; add --format "
                    + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        // A GraphML export into "x.json" would open as nothing: the name must fit the format.
        if let format, let named = ExportFormat(fileExtensionOf: output),
           let expected = format.fileExtension, named.fileExtension != expected {
            throw ValidationError(
                "--format \(format.rawValue) does not match '\(output)', which names \(named.rawValue); "
                    + "change the file name to .\(expected) or leave out --format")
        }
        if excelSafe, chosen != .csv, chosen != .xlsx {
            throw ValidationError("--excel-safe is for --format csv and xlsx, the layouts Excel opens")
        }
        if output == "-", chosen.writesFolder {
            throw ValidationError("\(chosen.rawValue) writes a folder (\(chosen.fileNames.joined(separator: ", "))); give a folder with --output, not -")
        }
    }

    var chosenFormat: ExportFormat? {
        format ?? (output == "-" ? nil : ExportFormat(fileExtensionOf: output))
    }

    func run() throws {
        let network = try data.loadNetwork()
        let part = ExportSelection(
            date: selection.at, kinds: try selection.kindSet(), relationTypes: try selection.typeSet()
        ).apply(to: network)
        let format = chosenFormat!
        if output == "-", format.isBinary { try WorkbookWriting.refuseTerminal(what: "an xlsx workbook") }
        do {
            if output == "-" {
                for file in try Exporter.files(of: part, as: format, mermaidStyle: .diagrams, excelSafe: excelSafe) {
                    Terminal.write(file.bytes)
                }
            } else {
                // Each file streams into its temporary file as it is made: the export takes
                // little memory besides the network.
                let written = try Exporter.export(part, as: format, to: output, mermaidStyle: .diagrams, excelSafe: excelSafe)
                let size = written.reduce(0) { $0 + $1.byteCount }
                Terminal.reportWritten(
                    format.writesFolder ? (output as NSString).appendingPathComponent(written.map(\.name).joined(separator: ", ")) : output,
                    format: format.rawValue, bytes: size)
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
