import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphIO
import RegionGraphDiagrams
import RegionGraphRendering
import RegionGraphSite

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report to share: a static site (or one HTML file) with search, a page per entity and plan, the matrix and the diagrams.",
        discussion: """
            The report works from file:// in any browser, with no network: it loads nothing from \
            elsewhere and runs only its own small script. The index tells what the data is (the \
            documents), counts the entities by kind, shows the standard diagrams of \
            Graphs/views.yaml (every page of a split view) and has a search box that finds names \
            as the command line does (case, æ ø å or oe aa ae, aliases). Each entity has a page \
            with its names, attributes, every relation with its role, period and sources, and \
            its neighbourhood diagram; a plan's page adds who is responsible for what and what \
            changed since its owner's previous plan.

            An entity's neighbourhood is drawn when it has at most \(ReportOptions().maximumDiagramRelations) \
            relations and its diagram at most \(ReportOptions().maximumNeighbourhoodRelations): the \
            busiest entities first, for at most --entity-diagrams entities whose diagrams draw at \
            most --diagram-relations relations together (a layout's time grows faster than its \
            relations). A standard view with more than \(ReportOptions().maximumViewRelations) \
            relations is named, not drawn. Layouts run in --jobs worker processes at the same time.

            --output ending in .html writes one self-contained file; anything else is a folder, \
            written beside the target and then put in its place, so a failed or interrupted \
            report leaves the old one. A folder that holds other files is refused. The same \
            data always gives the same bytes.

            Examples:
              regiongraph report --output rapport
              regiongraph report --output rapport.html --language en
              regiongraph report --output 2020 --at 2020 --kinds municipality,regional_council,forum
            """)

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The folder to write, or a file ending in .html for a single page.", valueName: "path"))
    var output: String

    @OptionGroup var data: DataOptions

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var selection: SelectionOptions

    @Option(name: .long, help: ArgumentHelp("The diagrams folder, holding views.yaml.", valueName: "dir"))
    var graphs: String = "Graphs"

    @Option(name: .long, help: ArgumentHelp(
        "Draw the neighbourhood of at most this many entities (default \(ReportOptions.defaultEntityDiagrams)).",
        valueName: "count"))
    var entityDiagrams: Int = ReportOptions.defaultEntityDiagrams

    @Option(name: .long, help: ArgumentHelp(
        "The neighbourhood diagrams together draw at most this many relations (default \(ReportOptions.defaultDiagramRelationBudget)).",
        valueName: "count"))
    var diagramRelations: Int = ReportOptions.defaultDiagramRelationBudget

    @Option(name: .long, help: ArgumentHelp("Worker processes that lay out diagrams at the same time (default: the number of cores).", valueName: "count"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Stop a diagram's layout after this many seconds; it is then left out (default \(Int(DiagramWriting.defaultTimeout))).",
        valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        if output.isEmpty || output == "-" {
            throw ValidationError("--output needs a folder or a file ending in .html; a report cannot go to standard output")
        }
        if entityDiagrams < 0 { throw ValidationError("--entity-diagrams cannot be negative") }
        if diagramRelations < 0 { throw ValidationError("--diagram-relations cannot be negative") }
        if let jobs, !(1...64).contains(jobs) { throw ValidationError("--jobs must be from 1 to 64") }
        try DiagramWriting.checkTimeout(timeout)
    }

    /// Whether the report is one file.
    var singleFile: Bool { output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm") }

    func run() throws {
        let network = try data.loadNetwork()
        let part = ExportSelection(
            date: selection.at, kinds: try selection.kindSet(), relationTypes: try selection.typeSet()
        ).apply(to: network)
        let views = try standardViews()
        let language = languageOption.chosen
        var chosen: [String] = []
        if let at = selection.at { chosen.append("--at \(at)") }
        if let kinds = selection.kinds { chosen.append("--kinds \(kinds)") }
        if let relations = selection.relations { chosen.append("--relations \(relations)") }
        let options = ReportOptions(
            language: language, singleFile: singleFile, selection: chosen, maximumEntityDiagrams: entityDiagrams,
            diagramRelationBudget: diagramRelations)
        let count = jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        let workers = (0..<count).map { _ in
            RenderWorker(layoutsPerProcess: Graphs.layoutsPerWorker, timeout: timeout ?? DiagramWriting.defaultTimeout)
        }
        defer { for worker in workers { worker.retire() } }
        let site = ReportSite(network: part, views: views, options: options, diagrams: ReportDiagrams(workers: workers))
        do {
            let written = try site.write(to: output)
            Terminal.reportWritten(
                output, format: language.count(written.files, en: "file", nb: "fil", plural: "filer"), bytes: written.bytes)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The views of the views file; none, with a note, when there is no views file.
    func standardViews() throws -> [DiagramView] {
        let folder = GraphsFolder(path: graphs)
        guard FileManager.default.fileExists(atPath: folder.viewsFile) else {
            Terminal.writeError(Terminal.language.text(
                en: "regiongraph: note: no \(folder.viewsFile); the report has no standard diagrams\n",
                nb: "regiongraph: merk: finner ikke \(folder.viewsFile); rapporten får ingen standarddiagrammer\n"))
            return []
        }
        do {
            return try folder.views()
        } catch {
            for diagnostic in error.diagnostics { Terminal.writeError(diagnostic.description + "\n") }
            throw ExitCode(1)
        }
    }
}
