import RegionGraph

extension Diagram {
    /// This diagram with each drawn entity's node a link: Graphviz's `URL` set to `link(id)`,
    /// which an SVG render writes as the `xlink:href` of the node's `<a>` (beside its tooltip).
    /// An entity for which `link` gives `nil` stays as it was, and so do the nodes that are not
    /// entities (the legend, a table). The layout does not change: a link is not drawn.
    ///
    /// For drawings placed in a page that links elsewhere (a report); the files of `Graphs/`
    /// are drawn without links.
    ///
    /// ```swift
    /// let linked = diagram.linkingEntities { "entity-\($0.rawValue).html" }
    /// linked.dotText   // … "roros" [URL="entity-roros.html", label=…]; …
    /// ```
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    public func linkingEntities(_ link: (EntityID) -> String?) -> Diagram {
        var targets: [String: String] = [:]
        for entity in entities {
            if let target = link(entity.id) { targets[entity.id.rawValue] = target }
        }
        guard !targets.isEmpty else { return self }
        func linked(_ node: DOTGraph.Node) -> DOTGraph.Node {
            guard let target = targets[node.id] else { return node }
            var node = node
            node.attributes["URL"] = .text(target)
            return node
        }
        var copy = self
        copy.graph.nodes = graph.nodes.map(linked)
        for index in copy.graph.clusters.indices {
            copy.graph.clusters[index].nodes = graph.clusters[index].nodes.map(linked)
        }
        return copy
    }
}
