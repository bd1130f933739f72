import RegionGraph
import RegionGraphDiagrams
import RegionGraphviz

/// Turns a ``Diagram`` into the bytes of a file: its DOT text, or a Graphviz render of it.
///
/// ```swift
/// let diagram = try Diagram(view: view, network: network)
/// let svg = try DiagramOutput.bytes(of: diagram, as: .svg)
/// try AtomicFile.write(svg, to: "Graphs/green-flyway.svg")
/// ```
public enum DiagramOutput {
    /// Why a diagram could not be turned into bytes.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Graphviz refused the DOT or failed to lay it out or draw it.
        case graphviz(view: String, GraphvizError)
        /// The layout engine cannot lay out a graph of this size in reasonable time.
        case tooLarge(view: String, layout: String, nodes: Int, edges: Int, limit: LayoutLimit)
        /// The view names a layout Graphviz does not have.
        case unknownLayout(view: String, layout: String)
        /// The render worker's child failed, timed out or could not be started.
        case worker(IsolatedRender.Failure)

        public var description: String {
            switch self {
            case .graphviz(let view, let error):
                "cannot draw '\(view)': \(error)"
            case .tooLarge(let view, let layout, let nodes, let edges, let limit):
                "'\(view)' has \(nodes) entities and \(edges) relations, more than the \(layout) layout handles "
                    + "in reasonable time (at most \(limit.nodes) entities and \(limit.edges) relations); "
                    + "use --layout sfdp (or fdp), or draw less with --depth, --kinds or --relations"
            case .unknownLayout(let view, let layout):
                "view '\(view)' names the unknown layout '\(layout)'; layouts are: "
                    + GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", ")
            case .worker(let failure):
                failure.description
            }
        }
    }

    /// The largest graph a hierarchical layout is asked to draw. `dot`'s running time grows
    /// steeply with crossings (a random graph of 500 nodes and 1,000 edges took 13 minutes), so
    /// past this size a diagram must use `sfdp` or `fdp`, which stay fast.
    public struct LayoutLimit: Sendable, Hashable {
        public var nodes: Int
        public var edges: Int
        /// The limit for a layout engine, `nil` when it has none.
        public static func of(_ layout: GraphvizLayout) -> LayoutLimit? {
            switch layout {
            case .dot: LayoutLimit(nodes: 300, edges: 600)
            case .circo, .twopi, .neato: LayoutLimit(nodes: 1_500, edges: 4_000)
            case .fdp, .sfdp: nil
            }
        }
    }

    /// The bytes of `diagram` in `format`, laid out with the view's layout unless `layout` says
    /// otherwise; by Graphviz in this process, or in `worker`'s child process when one is given.
    ///
    /// - Throws: ``Failure`` when the layout is unknown, the graph too large for it, or Graphviz
    ///   fails; Graphviz's own message is kept.
    public static func bytes(
        of diagram: Diagram, as format: DiagramFormat, layout: String? = nil, worker: RenderWorker? = nil
    ) throws(Failure) -> [UInt8] {
        if format == .dot { return Array(diagram.dotText.utf8) }
        let name = layout ?? diagram.view.layout
        guard let engine = GraphvizLayout(rawValue: name) else {
            throw .unknownLayout(view: diagram.view.name, layout: name)
        }
        if let limit = LayoutLimit.of(engine),
           diagram.entities.count > limit.nodes || diagram.relations.count > limit.edges {
            throw .tooLarge(view: diagram.view.name, layout: name, nodes: diagram.entities.count,
                            edges: diagram.relations.count, limit: limit)
        }
        if let worker {
            do {
                return try worker.render(dot: diagram.dotText, layout: name, format: format, view: diagram.view.name)
            } catch {
                throw .worker(error)
            }
        }
        let output = format.graphvizFormat
        do {
            return try Graphviz.render(dot: diagram.dotText, layout: engine, format: output)
        } catch {
            throw .graphviz(view: diagram.view.name, error)
        }
    }
}
