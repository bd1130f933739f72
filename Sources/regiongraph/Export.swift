import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphIO

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network, or part of it, for other tools: GraphML, GEXF, Popolo, CSV, Mermaid, Neo4j or JSON.",
        discussion: """
            Formats:
              graphml  one file: yEd, Gephi, Cytoscape, networkx (typed keys, sources as JSON)
              gexf     one file: Gephi; dynamic (start/end dates) when the data has validity dates
              popolo   one file: Popolo JSON (persons, organizations, areas, memberships)
              json     one file: the whole network as this project's JSON
              mermaid  one file: a Mermaid flowchart for Markdown documents
              csv      a folder: documents.csv, entities.csv, relations.csv, the spreadsheet layout \
            --data reads back (UTF-8 with a byte-order mark, for Excel)
              neo4j    a folder: nodes.csv, relationships.csv for neo4j-admin import, and import.cypher

            --at, --kinds and --relations choose a part, as for the diagrams: entities of those \
            kinds valid at that date, and the relations of those types between them.

            The same data always gives the same bytes. Files are written atomically; when a \
            folder export fails, the files already written are restored, so nothing is left \
            half-written. --output - writes a single-file format to standard output.

            Examples:
              regiongraph export --format graphml --output network.graphml
              regiongraph export --format csv --output regneark
              regiongraph export --format mermaid --kinds municipality,regional_council --relations member_of --output -
              regiongraph export --format neo4j --at 2020 --output neo4j-import
            """)

    @Option(name: .long, help: "graphml, gexf, popolo, csv, mermaid, neo4j or json (default: from the output file's extension).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (a folder for csv and neo4j), or - for standard output.", valueName: "path"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The data folder: YAML files, or the spreadsheet layout.", valueName: "dir"))
    var data: String = "Data"

    @Option(name: .long, help: ArgumentHelp("Only facts valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: PartialDate?

    @Option(name: .long, help: ArgumentHelp("Only entities of these kinds, separated by commas.", valueName: "kinds"))
    var kinds: String?

    @Option(name: .long, help: ArgumentHelp("Only relations of these types, separated by commas.", valueName: "types"))
    var relations: String?

    func validate() throws {
        if let kinds { _ = try Matrix.kinds(kinds, option: "--kinds") }
        if let relations { _ = try Render.types(relations) }
        guard let chosen = chosenFormat else {
            throw ValidationError("cannot tell the format from '\(output)'; add --format graphml, gexf, popolo, csv, mermaid, neo4j or json")
        }
        if output == "-", chosen.writesFolder {
            throw ValidationError("\(chosen.rawValue) writes a folder (\(chosen.fileNames.joined(separator: ", "))); give a folder with --output, not -")
        }
    }

    var chosenFormat: ExportFormat? {
        format ?? (output == "-" ? nil : ExportFormat(fileExtensionOf: output))
    }

    func run() throws {
        let network = try NetworkLoading.load(from: data)
        let selection = ExportSelection(
            date: at,
            kinds: try kinds.map { try Matrix.kinds($0, option: "--kinds") },
            relationTypes: try relations.map(Render.types))
        let part = selection.apply(to: network)
        let format = chosenFormat!
        do {
            let files = try Exporter.files(of: part, as: format)
            if output == "-" {
                for file in files { FileHandle.standardOutput.write(Data(file.bytes)) }
            } else {
                try Exporter.write(files, to: output, as: format)
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
