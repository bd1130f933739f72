import ArgumentParser
import RegionGraph
import RegionGraphDiagrams
import RegionGraphRendering

struct Graphs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphs",
        abstract: "Regenerate the standard diagrams in Graphs/ from the data.",
        discussion: """
            Draws every view in Graphs/views.yaml as NAME.dot, NAME.svg, NAME.png and NAME.pdf. \
            Files whose content would not change are left alone, and diagram files of removed \
            views are deleted. Every view is drawn before anything is written, so a failure leaves \
            the folder as it was. With --check nothing is written: the command lists what is out \
            of date and exits with code 1 if anything is.

            What each view was drawn from, and each file's hash, is kept beside the cache of \
            parsed data (REGIONGRAPH_CACHE): a view whose data, definition and files are \
            unchanged is not laid out again, so an unchanged folder is checked at once, while \
            a file edited or deleted by hand is still found.

            Graphviz runs in a worker process of this program, replaced after every \
            \(layoutsPerWorker) layouts, so that memory Graphviz does not free is returned. A \
            layout that takes longer than --timeout seconds is stopped, and nothing is written.
            """)

    static let layoutsPerWorker = 50

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var languageOption: LanguageOption

    @Option(name: .long, help: ArgumentHelp("The diagrams folder, holding views.yaml.", valueName: "dir"))
    var graphs: String = "Graphs"

    @Flag(name: .long, help: "Write nothing; exit with code 1 when Graphs/ is out of date with the data.")
    var check = false

    @Flag(name: .long, help: ArgumentHelp(
        "Measure every view at its page: the smallest text in print and the misplaced edge labels; "
            + "with --check, exit with code 1 when a view is not legible."))
    var quality = false

    @Option(name: .long, help: ArgumentHelp("The page the views are measured at: \(Page.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "page"))
    var page: Page = .a4

    @Option(name: .long, help: ArgumentHelp(
        "Stop a view's layout after this many seconds (default \(Int(DiagramWriting.defaultTimeout))).",
        valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        try DiagramWriting.checkTimeout(timeout)
    }

    func run() throws {
        let network = try dataOptions.loadNetwork()
        let folder = GraphsFolder(path: graphs)
        let views: [DiagramView]
        do {
            views = try folder.views()
        } catch {
            for diagnostic in error.diagnostics { Terminal.writeError(diagnostic.description + "\n") }
            throw ExitCode(1)
        }
        let changes: [GraphsFolder.Change]
        do {
            let worker = RenderWorker(
                layoutsPerProcess: Self.layoutsPerWorker, timeout: timeout ?? DiagramWriting.defaultTimeout)
            defer { worker.retire() }
            changes = try folder.update(
                views: views, network: network, dryRun: check, worker: worker,
                manifest: GraphsManifest.standard(for: graphs))
        } catch {
            Terminal.error(String(describing: error))
            throw ExitCode(1)
        }
        if quality {
            let reports: [GraphsFolder.QualityReport]
            do {
                reports = try folder.quality(of: views, page: page)
            } catch {
                Terminal.error(String(describing: error))
                throw ExitCode(1)
            }
            for report in reports { Terminal.write("\(report)\n") }
            for report in reports {
                for label in report.quality.misplacedLabels { Terminal.write("  \(report.view): \(label)\n") }
            }
            let failing = reports.filter { !$0.passes }
            if check, !failing.isEmpty {
                Terminal.error("\(failing.count) of \(reports.count) views cannot be read in print at \(page): "
                    + failing.map(\.view).joined(separator: ", "))
                throw ExitCode(1)
            }
        }
        if check {
            guard changes.isEmpty else {
                let language = Terminal.language
                for change in changes { Terminal.writeError(language.text(en: "out of date: ", nb: "utdatert: ") + "\(change)\n") }
                let files = language.count(changes.count, en: "file", nb: "fil", plural: "filer")
                Terminal.error(language.text(
                    en: "\(graphs)/ is out of date with \(dataOptions.data)/ (\(files)); run 'regiongraph graphs' and commit the result",
                    nb: "\(graphs)/ er utdatert i forhold til \(dataOptions.data)/ (\(files)); kjør 'regiongraph graphs' og lagre resultatet i git"))
                throw ExitCode(1)
            }
            Terminal.write(Terminal.language.text(
                en: "\(graphs)/ is up to date: \(views.count) views × \(folder.formats.count) formats\n",
                nb: "\(graphs)/ er oppdatert: \(views.count) visninger × \(folder.formats.count) formater\n"))
            return
        }
        for change in changes { Terminal.write("\(change)\n") }
        let language = Terminal.language
        Terminal.write(
            language.count(views.count, en: "view", nb: "visning", plural: "visninger") + ", "
                + language.count(changes.count, en: "file", nb: "fil", plural: "filer")
                + language.text(en: " changed\n", nb: " endret\n"))
    }
}

extension Page: ExpressibleByArgument {}
