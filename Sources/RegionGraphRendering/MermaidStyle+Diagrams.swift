import RegionGraphDiagrams
import RegionGraphIO

extension MermaidStyle {
    /// The diagrams' own look for a Mermaid flowchart: each kind's fill and border and each
    /// relation type's colour and line, from ``DiagramStyle``, the table the Graphviz diagrams
    /// and their legends are drawn from.
    ///
    /// ```swift
    /// let files = try Exporter.files(of: network, as: .mermaid, mermaidStyle: .diagrams)
    /// ```
    public static let diagrams = MermaidStyle(
        node: { kind in
            let style = DiagramStyle.node(kind)
            return Node(fill: style.fill, border: style.border, line: line(of: style.style))
        },
        link: { type in
            let style = DiagramStyle.edge(type)
            return Link(colour: style.colour, line: line(of: style.style))
        })

    /// The line a Graphviz `style` list draws: dashed, dotted or bold when it says so.
    static func line(of style: String) -> Line {
        let parts = style.split(separator: ",")
        if parts.contains("dashed") { return .dashed }
        if parts.contains("dotted") { return .dotted }
        if parts.contains("bold") { return .bold }
        return .solid
    }
}
