import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO

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

            Without --layout, dot is used up to 300 entities or 600 relations and sfdp beyond; \
            asking for dot past that size is refused, since its layout cannot be interrupted \
            in-process. --timeout SECONDS runs the layout in a child process instead, stops it \
            when the time is up (exit status 1, any earlier file left untouched) and then \
            allows any layout at any size.

            Examples:
              regiongraph render green-flyway --output green-flyway.svg
              regiongraph render "Regionrådet for Fjellregionen" --scope members --output rr.pdf
              regiongraph render Røros --depth 2 --format png --output - > roros.png
            """)

    enum Scope: String, ExpressibleByArgument, CaseIterable {
        case neighbourhood, members, participants, plan, overview, network
    }

    @Argument(help: "A view name or an entity.")
    var target: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the output file's extension, else svg).")
    var format: DiagramFormat?

    @Option(name: .long, help: "dot, neato, fdp, sfdp, circo or twopi.")
    var layout: String?

    @Option(name: .long, help: "What to draw around an entity.")
    var scope: Scope?

    @Option(name: .long, help: "How many relations away from the entity to draw (neighbourhood).")
    var depth: Int = 1

    @Option(name: .long, help: ArgumentHelp("Only entities of these kinds, separated by commas.", valueName: "kinds"))
    var kinds: String?

    @Option(name: .long, help: ArgumentHelp("Only relations of these types, separated by commas.", valueName: "types"))
    var relations: String?

    @Option(name: .long, help: "The diagram's title (default: the view's title or the entity's name).")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "dir"))
    var data: String = "Data"

    @Option(name: .long, help: ArgumentHelp("The folder holding views.yaml.", valueName: "dir"))
    var graphs: String = "Graphs"

    @Option(name: .long, help: ArgumentHelp("Only facts valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: PartialDate?

    @Option(name: .long, help: ArgumentHelp(
        "Lay out in a child process and stop it after this many seconds (then no size limit applies).",
        valueName: "seconds"))
    var timeout: Double?

    /// Hidden: be the child renderer of --timeout (DOT on standard input, bytes on standard output).
    @Flag(name: .customLong("render-child"), help: .hidden)
    var renderChild = false

    /// Hidden: be a worker child of RenderWorker (framed render requests on standard input).
    @Flag(name: .customLong("render-worker"), help: .hidden)
    var renderWorker = false

    func validate() throws {
        if renderWorker { return }
        if renderChild {
            guard layout != nil, format != nil else { throw ValidationError("--render-child needs --layout and --format") }
            return
        }
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        guard (0...6).contains(depth) else { throw ValidationError("--depth must be from 0 to 6") }
        if let layout, !Self.layouts.contains(layout) {
            throw ValidationError("unknown layout '\(layout)'\(Suggestions.didYouMean(layout, among: Self.layouts)); layouts are: \(Self.layouts.joined(separator: ", "))")
        }
        if target == nil, scope != .overview, scope != .network {
            throw ValidationError("name a view or an entity to draw, or use --scope overview or --scope network")
        }
        if let kinds { _ = try Matrix.kinds(kinds, option: "--kinds") }
        if let relations { _ = try Self.types(relations) }
        if format == nil, output != "-", DiagramFormat(fileExtensionOf: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; add --format svg, png, pdf or dot")
        }
    }

    static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    static func types(_ text: String) throws -> Set<RelationType> {
        var types = Set<RelationType>()
        for word in text.split(separator: ",") {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let type = RelationType(parsing: name) else {
                let known = RelationType.allCases.map(\.rawValue)
                throw ValidationError("unknown relation type '\(name)'\(Suggestions.didYouMean(name, among: known)); types are: \(known.joined(separator: ", "))")
            }
            types.insert(type)
        }
        guard !types.isEmpty else { throw ValidationError("--relations needs at least one type") }
        return types
    }

    func run() throws {
        if renderWorker {
            let status = RenderWorker.serve()
            if status != 0 { throw ExitCode(status) }
            return
        }
        if renderChild {
            let status = IsolatedRender.serveChild(layout: layout ?? "dot", format: format ?? .svg)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let network = try NetworkLoading.load(from: data)
        var view = try makeView(network: network)
        if let at { view.date = at }
        let diagram: Diagram
        do {
            diagram = try Diagram(view: view, network: network)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        let chosenFormat = format ?? DiagramFormat(fileExtensionOf: output) ?? .svg
        var chosenLayout = layout ?? view.layout
        if layout == nil, chosenLayout == "dot", let limit = DiagramOutput.LayoutLimit.of(.dot),
           diagram.entities.count > limit.nodes || diagram.relations.count > limit.edges {
            chosenLayout = "sfdp"
            Terminal.writeError("regiongraph: note: \(diagram.entities.count) entities and \(diagram.relations.count) relations are too many for dot; using sfdp\n")
        }
        let bytes: [UInt8]
        do {
            if let timeout, chosenFormat != .dot {
                bytes = try IsolatedRender.render(
                    dot: diagram.dotText, timeout: timeout,
                    arguments: ["render", IsolatedRender.childFlag, "--layout", chosenLayout,
                                "--format", chosenFormat.rawValue, "--output", "-"],
                    view: diagram.view.name, layout: chosenLayout,
                    nodes: diagram.entities.count, edges: diagram.relations.count)
            } else {
                bytes = try DiagramOutput.bytes(of: diagram, as: chosenFormat, layout: chosenLayout)
            }
        } catch let failure as DiagramOutput.Failure {
            if case .tooLarge = failure {
                Terminal.error(failure.description + "; or add --timeout SECONDS to try \(chosenLayout) in a child process that is stopped when the time is up")
            } else {
                Terminal.error(failure.description)
            }
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        if output == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The view the arguments describe: a standard view by name, or one built around an entity.
    func makeView(network: Network) throws -> DiagramView {
        let kindSet = try kinds.map { try Matrix.kinds($0, option: "--kinds") }
        let typeSet = try relations.map(Self.types)
        if scope == .overview || scope == .network {
            return DiagramView(
                name: scope!.rawValue,
                title: title ?? (scope == .overview ? "Hvilke kommuner sitter i hvilke råd, fora og selskaper" : "Hele nettverket"),
                scope: scope == .overview ? .overview : .network, kinds: kindSet, relations: typeSet,
                layout: layout ?? (scope == .overview ? "dot" : "sfdp"))
        }
        let target = target!
        if scope == nil, let standard = standardView(named: target) {
            var view = standard
            if let title { view.title = title }
            if let kindSet { view.kinds = kindSet }
            if let typeSet { view.relations = typeSet }
            return view
        }
        let entity: Entity
        do {
            entity = try network.entity(named: target)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let chosen: DiagramView.Scope = switch scope ?? .neighbourhood {
        case .members: .members(of: entity.id)
        case .participants: .participants(of: entity.id)
        case .plan: .plan(of: entity.id)
        default: .neighbourhood(of: [entity.id], depth: depth)
        }
        return DiagramView(
            name: entity.id.rawValue, title: title ?? entity.name, scope: chosen, kinds: kindSet,
            relations: typeSet, layout: layout ?? "dot")
    }

    /// The view of that name in the views file, if the file exists and has one.
    func standardView(named name: String) -> DiagramView? {
        let folder = GraphsFolder(path: graphs)
        guard FileManager.default.fileExists(atPath: folder.viewsFile) else { return nil }
        return (try? folder.views())?.first { $0.name == name }
    }
}

extension DiagramFormat: ExpressibleByArgument {}
