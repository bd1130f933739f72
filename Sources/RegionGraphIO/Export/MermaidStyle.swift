import RegionGraph

/// How a Mermaid flowchart colours its nodes and links: per entity kind a fill, a border and a
/// border pattern; per relation type a colour and a line.
///
/// ``plain`` draws black on white. The diagrams' own colours (RegionGraphRendering's
/// `MermaidStyle.diagrams`, which `regiongraph export --format mermaid` uses) come from the
/// one style table that the Graphviz diagrams are drawn with.
///
/// ```swift
/// let text = MermaidExporter.text(of: network, style: .plain)
/// ```
public struct MermaidStyle: Sendable {
    /// A line or border pattern.
    public enum Line: Sendable, Hashable {
        case solid, dashed, dotted, bold
    }

    /// How the nodes of one entity kind look.
    public struct Node: Sendable, Hashable {
        public var fill: String
        public var border: String
        public var line: Line

        public init(fill: String, border: String, line: Line) {
            self.fill = fill
            self.border = border
            self.line = line
        }
    }

    /// How the links of one relation type look.
    public struct Link: Sendable, Hashable {
        public var colour: String
        public var line: Line

        public init(colour: String, line: Line) {
            self.colour = colour
            self.line = line
        }
    }

    public var node: @Sendable (EntityKind) -> Node
    public var link: @Sendable (RelationType) -> Link

    public init(node: @escaping @Sendable (EntityKind) -> Node, link: @escaping @Sendable (RelationType) -> Link) {
        self.node = node
        self.link = link
    }

    /// Black on white, solid lines.
    public static let plain = MermaidStyle(
        node: { _ in Node(fill: "#FFFFFF", border: "#000000", line: .solid) },
        link: { _ in Link(colour: "#000000", line: .solid) })
}
