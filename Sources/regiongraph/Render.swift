import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one entity's part of the network, or one standard view, to a file.",
        discussion: """
            TARGET is a view name from Graphs/views.yaml or an entity (id, name, short name or \
            alias). For an entity, --scope chooses what is drawn around it: its neighbourhood to \
            --depth relations (the default), its members, its participants, or (for a plan) its \
            actions grouped by goal with who is responsible for each. --scope overview \
            and --scope network need no target.

            The file is written atomically: a failure never leaves a half-written diagram, and an \
            existing file is replaced only by a complete one. --output - writes to standard output.

            A standard view with a split rule, or a diagram drawn with --split, that does not \
            read on one page (text at least 7 pt once shrunk to fit) is written as one file per \
            page: --output rr.pdf gives rr-1.pdf, rr-2.pdf … --whole draws it on one page.

            Without --layout, dot is used up to \(DiagramOutput.LayoutLimit.of(.dot)!.nodes) entities \
            or \(DiagramOutput.LayoutLimit.of(.dot)!.edges) relations and sfdp beyond; \
            asking for dot past that size is refused. Every layout runs in a child process that \
            is stopped after \(Int(DiagramWriting.defaultTimeout)) seconds (exit status 1, any earlier \
            file left untouched); --timeout SECONDS sets another limit and then allows any layout \
            at any size.

            Examples:
              regiongraph render green-flyway --output green-flyway.svg
              regiongraph render "Regionrådet for Fjellregionen" --scope members --output rr.pdf
              regiongraph render Røros --depth 2 --format png --output - > roros.png
              regiongraph render regionradet-fjellregionen --output rr.pdf   # rr-1.pdf … rr-4.pdf
            """)

    @Argument(help: "A view name or an entity.", completion: EntityCompletion.kind)
    var target: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String

    @Option(
        name: .long,
        help: "\(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the output file's extension, else svg).")
    var format: DiagramFormat?

    @Option(name: .long, help: "\(DiagramLayout.names).")
    var layout: String?

    @Option(name: .long, help: "What to draw around an entity: \(DiagramView.Scope.Kind.names).")
    var scope: DiagramView.Scope.Kind?

    @Option(name: .long, help: "How many relations away from the entity to draw (neighbourhood).")
    var depth: Int = 1

    @Option(name: .long, help: ArgumentHelp(
        "Shrink the drawing to fit this page when it is larger: \(Page.allCases.map(\.rawValue).joined(separator: ", ")) (a4 is upright).",
        valueName: "page"))
    var page: Page?

    @Option(name: .long, help: ArgumentHelp("Dots per inch of a PNG (default 96; 300 for print).", valueName: "dpi"))
    var dpi: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Divide the diagram into pages that each read at --page (default A4) when it is too large for one: "
            + "\(DiagramView.Split.names) (a split standard view is divided unless --whole).",
        valueName: "rule"))
    var split: DiagramView.Split?

    @Flag(name: .long, help: "Draw a split standard view whole, on one page.")
    var whole = false

    @Option(name: .long, help: "The diagram's title (default: the view's title or the entity's name).")
    var title: String?

    @OptionGroup var data: DataOptions

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var selection: SelectionOptions

    @Option(name: .long, help: ArgumentHelp("The folder holding views.yaml.", valueName: "dir"))
    var graphs: String = "Graphs"

    @Option(name: .long, help: ArgumentHelp(
        "Stop a layout after this many seconds (default \(Int(DiagramWriting.defaultTimeout))); "
            + "with it, no size limit applies.",
        valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        try DiagramWriting.checkTimeout(timeout)
        guard (0...6).contains(depth) else { throw ValidationError("--depth must be from 0 to 6") }
        if let dpi, !(36...1200).contains(dpi) { throw ValidationError("--dpi must be from 36 to 1200") }
        _ = try chosenLayout()
        if target == nil, scope?.needsFocus ?? true {
            throw ValidationError("name a view or an entity to draw, or use --scope overview or --scope network")
        }
        if whole, split != nil { throw ValidationError("--whole and --split cannot be used together") }
        try Self.checkFormat(format, against: output)
    }

    /// The format a diagram written to `output` takes: `--format`, else the output's extension,
    /// else SVG (an output without an extension, or standard output).
    static func format(_ given: DiagramFormat?, for output: String) -> DiagramFormat {
        given ?? DiagramFormat(fileExtensionOf: output) ?? .svg
    }

    /// Refuses an output whose extension names another format than `--format`, or a format
    /// it does not know: a PNG written into `x.svg` would open as nothing.
    static func checkFormat(_ given: DiagramFormat?, against output: String) throws {
        guard output != "-", let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else { return }
        let written = output[output.index(after: dot)...]
        let names = DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let named = DiagramFormat(fileExtensionOf: output) else {
            if given == nil {
                throw ValidationError("cannot tell the format from '.\(written)' in '\(output)'; add --format \(names)")
            }
            return
        }
        if let given, given != named {
            throw ValidationError(
                "--format \(given.rawValue) does not match '\(output)', which names \(named.rawValue); "
                    + "change the file name or leave out --format")
        }
    }

    /// The layout `--layout` names; `nil` when it is not given.
    func chosenLayout() throws -> DiagramLayout? {
        guard let layout else { return nil }
        let chosen: DiagramLayout
        do {
            chosen = try UnknownName.value(layout, of: DiagramLayout.self, noun: "layout")
        } catch {
            throw ValidationError("\(error); \(error.hint)")
        }
        return chosen
    }

    func run() throws {
        let network = try data.loadNetwork()
        var view = try makeView(network: network)
        if let at = selection.at { view.date = at }
        if let split {
            guard split.applies(to: view.scope.kind) else {
                let fitting = DiagramView.Split.allCases.filter { $0.applies(to: view.scope.kind) }.map(\.rawValue)
                Terminal.error(
                    "a \(view.scope.kind.rawValue) diagram cannot be split by \(split.rawValue)"
                        + (fitting.isEmpty ? "; it is drawn on one page" : "; use --split \(fitting.joined(separator: " or "))"))
                throw ExitCode(2)
            }
            view.split = split
        }
        if let page, view.split != nil { view.page = page }
        if whole { view.split = nil }
        let chosenFormat = Self.format(format, for: output)
        try DiagramWriting.write(
            view, of: network, as: chosenFormat, to: output, layout: try chosenLayout(), timeout: timeout,
            print: DiagramOutput.PrintOptions(page: page, dotsPerInch: dpi))
    }

    /// The view the arguments describe: a standard view by name, or one built around an entity.
    func makeView(network: Network) throws -> DiagramView {
        let kinds = try selection.kindSet()
        let relations = try selection.typeSet()
        let layout = try chosenLayout()
        guard let target, scope?.needsFocus ?? true else {
            // validate() allows no target only for a scope that needs none.
            let scope = DiagramView.Scope(scope ?? .overview, focus: [])!
            return DiagramView(
                name: scope.kind.rawValue, title: title ?? DiagramVocabulary.title(of: scope, in: network),
                scope: scope, kinds: kinds, relations: relations,
                layout: layout ?? (scope.kind == .overview ? .dot : .sfdp))
        }
        if scope == nil, let standard = standardView(named: target) {
            var view = standard
            if let title { view.title = title }
            if let kinds { view.kinds = kinds }
            if let relations { view.relations = relations }
            return view
        }
        let entity = try Terminal.resolve(target, in: network)
        let kind = scope ?? .neighbourhood
        guard let chosen = DiagramView.Scope(kind, focus: [entity.id], depth: depth) else {
            throw ValidationError("--scope \(kind.rawValue) cannot be drawn around '\(target)'")
        }
        return DiagramView(
            name: entity.id.rawValue, title: title ?? DiagramVocabulary.title(of: chosen, in: network),
            scope: chosen, kinds: kinds, relations: relations, layout: layout ?? .dot)
    }

    /// The view of that name in the views file, if the file exists and has one.
    func standardView(named name: String) -> DiagramView? {
        let folder = GraphsFolder(path: graphs)
        guard FileManager.default.fileExists(atPath: folder.viewsFile) else { return nil }
        return (try? folder.views())?.first { $0.name == name }
    }
}

extension DiagramFormat: ExpressibleByArgument {}
extension DiagramView.Scope.Kind: ExpressibleByArgument {}
extension DiagramView.Split: ExpressibleByArgument {}
