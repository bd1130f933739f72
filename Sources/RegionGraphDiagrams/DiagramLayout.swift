/// The Graphviz layout engine a diagram is meant for: how its nodes and edges are placed.
///
/// The raw value is Graphviz's own name for the engine.
///
/// ```swift
/// DiagramLayout(rawValue: "sfdp")              // .sfdp
/// DiagramLayout.allCases.map(\.rawValue)       // ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
/// ```
public enum DiagramLayout: String, CaseIterable, Sendable, Hashable {
    /// Hierarchical: ranks from top to bottom (or as `rankdir` says). Honours clusters.
    case dot
    /// Spring model, for undirected graphs of modest size.
    case neato
    /// Force-directed placement; honours clusters.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular: biconnected components on circles.
    case circo
    /// Radial: nodes on rings around a root.
    case twopi

    /// The names of every layout, for messages: `dot, neato, fdp, sfdp, circo, twopi`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
