/// A Graphviz layout engine: how nodes and edges are placed before they are drawn.
///
/// ```swift
/// let svg = try Graphviz.render(dot: "graph { a -- b }", layout: .neato, format: .svg)
/// let every = GraphvizLayout.allCases.map(\.rawValue)   // ["dot", "neato", …]
/// ```
///
/// The raw value is Graphviz's own name for the engine. A `layout` attribute on the graph in the
/// DOT text overrides the engine asked for, as it does for the `dot` command.
public enum GraphvizLayout: String, CaseIterable, Sendable {
    /// Hierarchical: ranks from top to bottom (or as `rankdir` says). Honours clusters.
    case dot
    /// Spring model (stress majorization), for undirected graphs of modest size.
    case neato
    /// Force-directed placement; honours clusters.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular: biconnected components on circles.
    case circo
    /// Radial: nodes on rings around a root.
    case twopi
}
