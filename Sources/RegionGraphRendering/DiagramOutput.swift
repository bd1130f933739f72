import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphviz

/// Turns a ``Diagram`` into the bytes of a file: its DOT text, or a Graphviz render of it, in
/// this process or in a ``RenderWorker``'s child process.
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
        case tooLarge(view: String, layout: DiagramLayout, nodes: Int, edges: Int, limit: LayoutLimit)
        /// The render worker's child failed, timed out or could not be started.
        case worker(view: String, layout: DiagramLayout, nodes: Int, edges: Int, RenderWorker.Failure)

        public var description: String {
            switch self {
            case .graphviz(let view, let error):
                "cannot draw '\(view)': \(error)"
            case .tooLarge(let view, let layout, let nodes, let edges, let limit):
                "'\(view)' has \(nodes) entities and \(edges) relations, more than the \(layout.rawValue) layout handles "
                    + "in reasonable time (at most \(limit.nodes) entities and \(limit.edges) relations); "
                    + "use --layout sfdp (or fdp), or draw less with --depth, --kinds or --relations"
            case .worker(let view, let layout, let nodes, let edges, .timedOut(let seconds)):
                "the \(layout.rawValue) layout of '\(view)' (\(nodes) entities, \(edges) relations) did not finish within "
                    + "\(RenderWorker.Failure.format(seconds)) seconds and was stopped; "
                    + (layout == .sfdp || layout == .fdp ? "" : "use --layout sfdp (or fdp), ")
                    + "draw less with --depth, --kinds or --relations, or allow more time with --timeout"
            case .worker(let view, _, _, _, .childFailed(let message)):
                "cannot draw '\(view)': \(message)"
            case .worker(_, _, _, _, let failure):
                failure.description
            }
        }
    }

    /// The largest graph a layout engine is asked to draw unless the user set a time limit.
    /// `dot`'s running time grows steeply with crossings. Measured with Graphviz 2.43 on random
    /// graphs with labelled edges (2 cores): 100 nodes and 200 edges 2.1 s, 150 and 225 1.1 s,
    /// 150 and 300 21 s, 200 and 400 more than 40 s, 500 and 1,000 13 minutes. Past 150 entities
    /// or 250 relations a diagram must use `sfdp` or `fdp`, which stay fast, or be drawn with a
    /// time limit the user chose.
    public struct LayoutLimit: Sendable, Hashable {
        public var nodes: Int
        public var edges: Int

        /// The limit for a layout engine, `nil` when it has none.
        public static func of(_ layout: DiagramLayout) -> LayoutLimit? {
            switch layout {
            case .dot: LayoutLimit(nodes: 150, edges: 250)
            case .circo, .twopi, .neato: LayoutLimit(nodes: 1_500, edges: 4_000)
            case .fdp, .sfdp: nil
            }
        }

        /// Whether `diagram` is larger than this limit.
        public func isExceeded(by diagram: Diagram) -> Bool {
            diagram.entities.count > nodes || diagram.relations.count > edges
        }
    }

    /// How a drawing is made for paper: the page it must fit and the resolution of a PNG.
    public struct PrintOptions: Sendable, Hashable {
        /// The page the drawing is shrunk to fit (never enlarged); `nil` for its natural size. A
        /// page named without an orientation (`a4`) is taken upright.
        public var page: Page?
        /// Dots per inch of a PNG (Graphviz's default is 96); `nil` for the default. Only PNG
        /// takes it: Graphviz would enlarge an SVG or PDF by it.
        public var dotsPerInch: Int?

        public init(page: Page? = nil, dotsPerInch: Int? = nil) {
            self.page = page
            self.dotsPerInch = dotsPerInch
        }

        /// The diagram's DOT text with `size` (the page's printable area, in inches) and, for a
        /// PNG, `dpi`; the diagram's own text when neither applies.
        func dotText(of diagram: Diagram, for format: DiagramFormat) -> String {
            var graph = diagram.graph
            if let page = page?.orientations.first {
                let inches = { (points: Double) in String(format: "%.2f", points / 72) }
                graph.attributes["size"] = .raw("\(inches(page.printableWidth)),\(inches(page.printableHeight))")
            }
            if let dotsPerInch, format == .png { graph.attributes["dpi"] = .raw(String(dotsPerInch)) }
            return graph == diagram.graph ? diagram.dotText : graph.dotText
        }
    }

    /// The layout `diagram` is drawn with when none is asked for: the view's own, except that
    /// a `dot` view too large for `dot` is drawn with `sfdp`; `switched` says when that happened.
    public static func automaticLayout(for diagram: Diagram) -> (layout: DiagramLayout, switched: Bool) {
        let layout = diagram.view.layout
        if let limit = LayoutLimit.of(layout), layout == .dot, limit.isExceeded(by: diagram) {
            return (.sfdp, true)
        }
        return (layout, false)
    }

    /// The bytes of `diagram` in `format`, laid out with the view's layout unless `layout` says
    /// otherwise: the DOT text itself for `.dot`, else a Graphviz render, in this process or in
    /// `worker`'s child process when one is given.
    ///
    /// A diagram larger than its layout's ``LayoutLimit`` is refused unless `checksSize` is
    /// `false`, which only makes sense with a worker that has a time limit: a layout in this
    /// process cannot be stopped.
    ///
    /// - Throws: ``Failure`` when the graph is too large for the layout, Graphviz fails (its
    ///   own message is kept), or the worker's child fails or runs out of time.
    public static func bytes(
        of diagram: Diagram, as format: DiagramFormat, layout: DiagramLayout? = nil, worker: RenderWorker? = nil,
        checksSize: Bool = true, print: PrintOptions = PrintOptions()
    ) throws(Failure) -> [UInt8] {
        let dotText = print.dotText(of: diagram, for: format)
        guard let output = format.graphvizFormat else { return Array(dotText.utf8) }
        let chosen = layout ?? diagram.view.layout
        let view = diagram.view.name
        if checksSize || worker?.timeout == nil, let limit = LayoutLimit.of(chosen), limit.isExceeded(by: diagram) {
            throw .tooLarge(view: view, layout: chosen, nodes: diagram.entities.count,
                            edges: diagram.relations.count, limit: limit)
        }
        let engine = chosen.graphvizLayout
        if let worker {
            do {
                return try worker.render(dot: dotText, layout: engine, format: output)
            } catch {
                throw .worker(view: view, layout: chosen, nodes: diagram.entities.count,
                              edges: diagram.relations.count, error)
            }
        }
        do {
            return try Graphviz.render(dot: dotText, layout: engine, format: output)
        } catch {
            throw .graphviz(view: view, error)
        }
    }
}

extension DiagramLayout {
    /// The Graphviz engine of this layout.
    var graphvizLayout: GraphvizLayout {
        switch self {
        case .dot: .dot
        case .neato: .neato
        case .fdp: .fdp
        case .sfdp: .sfdp
        case .circo: .circo
        case .twopi: .twopi
        }
    }
}
