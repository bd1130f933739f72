/// A Graphviz graph described in Swift, written out as DOT text by ``dotText``.
///
/// Every identifier and attribute value is quoted and escaped, so no name, however hostile
/// (`Rådet "A"`, `"]; a -> b [`, `C:\Name`), can change the graph's structure. Attributes are
/// written in key order and nodes, edges and clusters in the order they were added, so the
/// same graph always gives the same bytes.
///
/// ```swift
/// var graph = DOTGraph(name: "members")
/// graph.nodes.append(DOTGraph.Node(id: "roros", attributes: ["label": .text("Røros kommune")]))
/// graph.dotText   // digraph "members" { … "roros" [label="Røros kommune"]; … }
/// ```
public struct DOTGraph: Hashable, Sendable {
    public var name: String
    /// Graph attributes (`rankdir`, `label`, `fontname`, …).
    public var attributes: [String: DOTValue]
    /// Attributes every node gets unless it sets its own.
    public var nodeDefaults: [String: DOTValue]
    /// Attributes every edge gets unless it sets its own.
    public var edgeDefaults: [String: DOTValue]
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]

    public struct Node: Hashable, Sendable {
        public var id: String
        public var attributes: [String: DOTValue]
        public init(id: String, attributes: [String: DOTValue] = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    public struct Edge: Hashable, Sendable {
        public var from: String
        public var to: String
        public var attributes: [String: DOTValue]
        public init(from: String, to: String, attributes: [String: DOTValue] = [:]) {
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }

    /// A subgraph drawn as a box around its nodes (its id starts with `cluster`).
    public struct Cluster: Hashable, Sendable {
        public var id: String
        public var attributes: [String: DOTValue]
        public var nodes: [Node]
        public init(id: String, attributes: [String: DOTValue] = [:], nodes: [Node] = []) {
            self.id = id
            self.attributes = attributes
            self.nodes = nodes
        }
    }

    public init(
        name: String, attributes: [String: DOTValue] = [:], nodeDefaults: [String: DOTValue] = [:],
        edgeDefaults: [String: DOTValue] = [:], nodes: [Node] = [], edges: [Edge] = [],
        clusters: [Cluster] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }

    /// The graph as DOT text (UTF-8, `\n` line ends, final newline).
    ///
    /// - Complexity: O(*n*) in the size of the graph.
    public var dotText: String {
        var lines = ["digraph \(DOTValue.quoted(name)) {"]
        lines += Self.attributeLines(attributes, indent: "  ")
        if !nodeDefaults.isEmpty { lines.append("  node \(Self.list(nodeDefaults));") }
        if !edgeDefaults.isEmpty { lines.append("  edge \(Self.list(edgeDefaults));") }
        for cluster in clusters {
            lines.append("  subgraph \(DOTValue.quoted(cluster.id)) {")
            lines += Self.attributeLines(cluster.attributes, indent: "    ")
            lines += cluster.nodes.map { "    " + Self.statement($0) }
            lines.append("  }")
        }
        lines += nodes.map { "  " + Self.statement($0) }
        for edge in edges {
            let head = "\(DOTValue.quoted(edge.from)) -> \(DOTValue.quoted(edge.to))"
            lines.append("  " + head + (edge.attributes.isEmpty ? "" : " " + Self.list(edge.attributes)) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func statement(_ node: Node) -> String {
        DOTValue.quoted(node.id) + (node.attributes.isEmpty ? "" : " " + list(node.attributes)) + ";"
    }

    static func attributeLines(_ attributes: [String: DOTValue], indent: String) -> [String] {
        sortedKeys(attributes).map { "\(indent)\(DOTValue.quoted($0))=\(attributes[$0]!.dotText);" }
    }

    static func list(_ attributes: [String: DOTValue]) -> String {
        "[" + sortedKeys(attributes).map { "\(DOTValue.quoted($0))=\(attributes[$0]!.dotText)" }
            .joined(separator: ", ") + "]"
    }

    static func sortedKeys(_ attributes: [String: DOTValue]) -> [String] {
        attributes.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
