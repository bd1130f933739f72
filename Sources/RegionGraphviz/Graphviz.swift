/// Renders DOT text with Graphviz's C library, in this process (the `dot` command is never run).
///
/// ```swift
/// let dot = """
///     digraph {
///         subgraph cluster_roros { label="Røros kommune"; roros [label="Røros"] }
///         roros -> holtalen
///     }
///     """
/// let svg = try Graphviz.render(dot: dot, layout: .dot, format: .svg)
/// let pdf = try Graphviz.render(dot: dot, layout: .dot, format: .pdf)
/// ```
///
/// Rendering is safe from any thread or task, but Graphviz itself is not re-entrant: every call
/// into it, from every caller, runs under one process-wide lock, so renders never overlap.
/// The same DOT text gives the same bytes every time, in every process, with every layout
/// engine (for SVG, PNG and DOT; PDF embeds its creation date), and the same bytes as a fresh
/// `dot` command. Nothing is written to standard error: Graphviz's messages are captured and
/// returned in ``GraphvizError``.
///
/// RegionGraphviz expects to be the only user of Graphviz's C libraries in the process: to make
/// renders repeatable it replaces cgraph's default memory discipline (`AgMemDisc`) on first
/// use, and resets libc's `rand` and `drand48` generators before each layout.
public enum Graphviz {
    /// Lays `dot` out with `layout` and draws it in `format`.
    ///
    /// ```swift
    /// let png = try Graphviz.render(dot: "graph { Røros -- Holtålen }", layout: .neato, format: .png)
    /// ```
    ///
    /// Any error Graphviz reports along the way fails the render, even where Graphviz itself
    /// would carry on (a malformed HTML-like label, for example); warnings do not.
    ///
    /// - Parameters:
    ///   - dot: One graph in the DOT language, as UTF-8 text.
    ///   - layout: The layout engine; a `layout` attribute in `dot` takes precedence.
    ///   - format: The output format.
    /// - Returns: The rendered file's bytes.
    /// - Throws: ``GraphvizError`` with Graphviz's message when the text cannot be read (or holds
    ///   no graph, or more than one), or the layout or drawing fails.
    public static func render(
        dot: String, layout: GraphvizLayout = .dot, format: GraphvizFormat = .svg
    ) throws(GraphvizError) -> [UInt8] {
        try GraphvizRenderer.render(dot: dot, layout: layout.rawValue, format: format.rawValue)
    }

    /// Lays `dot` out and draws it as text (SVG or laid-out DOT).
    ///
    /// ```swift
    /// let svg = try Graphviz.renderText(dot: "digraph { a -> b }", format: .svg)
    /// print(svg.hasPrefix("<?xml"))   // true
    /// ```
    ///
    /// - Throws: ``GraphvizError`` as ``render(dot:layout:format:)`` does.
    public static func renderText(
        dot: String, layout: GraphvizLayout = .dot, format: GraphvizFormat = .svg
    ) throws(GraphvizError) -> String {
        String(decoding: try render(dot: dot, layout: layout, format: format), as: UTF8.self)
    }

    /// The version of the Graphviz library in use, as it reports it (for example "2.43.0").
    ///
    /// ```swift
    /// print("Graphviz \(Graphviz.version)")
    /// ```
    public static var version: String { installation.version }

    /// The names of every layout engine the Graphviz installation has, sorted.
    ///
    /// ```swift
    /// Graphviz.availableLayouts   // ["circo", "dot", "fdp", "neato", …, "twopi"]
    /// ```
    public static var availableLayouts: [String] { installation.layouts }

    /// The names of every output format the Graphviz installation has, sorted.
    ///
    /// ```swift
    /// Graphviz.availableFormats.contains("svg")   // true
    /// ```
    public static var availableFormats: [String] { installation.formats }

    /// Asked of Graphviz once, on first use.
    private static let installation = GraphvizRenderer.installation()
}
