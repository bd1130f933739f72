import RegionGraph

/// Turns a diagram's selection into a styled ``DOTGraph``.
struct DiagramRenderer {
    let view: DiagramView
    let network: Network
    let entities: [Entity]
    let relations: [Relation]
    let documents: [SourceDocument]
    let clusters: [(label: String, members: [EntityID])]

    /// The most relations a force-directed layout draws with curved edges; straight lines beyond.
    static let curvedEdgesLimit = 100

    /// The widest a node label line may be before it wraps, in characters.
    static let labelWidth = 26

    func graph() -> DOTGraph {
        let footnotes = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0 + 1) })
        let focus = Set(view.focus)
        var nodes: [EntityID: DOTGraph.Node] = [:]
        for entity in entities {
            nodes[entity.id] = node(for: entity, isFocus: focus.contains(entity.id))
        }
        var graph = DOTGraph(
            name: view.name,
            attributes: graphAttributes(),
            nodeDefaults: [
                "fontname": .raw(DiagramStyle.fontName), "fontsize": .raw("11"), "margin": .raw("0.12,0.06"),
            ],
            edgeDefaults: [
                "fontname": .raw(DiagramStyle.fontName), "fontsize": .raw("8"), "fontcolor": .raw("#333333"),
            ])
        var clustered = Set<EntityID>()
        for (index, cluster) in clusters.enumerated() {
            graph.clusters.append(DOTGraph.Cluster(
                id: "cluster_\(index + 1)",
                attributes: [
                    "label": .text(Self.wrapped(cluster.label, width: 48)), "style": .raw("rounded,dashed"), "color": .raw(DiagramStyle.Palette.grey),
                    "fontname": .raw(DiagramStyle.fontName), "fontsize": .raw("12"), "labeljust": .raw("l"),
                ],
                nodes: cluster.members.compactMap { nodes[$0] }))
            clustered.formUnion(cluster.members)
        }
        graph.nodes = entities.filter { !clustered.contains($0.id) }.compactMap { nodes[$0.id] }
        graph.edges = relations.map { edge(for: $0, footnotes: footnotes) }
        return graph
    }

    func graphAttributes() -> [String: DOTValue] {
        var attributes: [String: DOTValue] = [
            "label": .html(header()),
            "labelloc": .raw("t"),
            "labeljust": .raw("l"),
            "fontname": .raw(DiagramStyle.fontName),
            "bgcolor": .raw("white"),
            "pad": .raw("0.3"),
            "nodesep": .raw("0.25"),
            "ranksep": .raw("0.6"),
            "outputorder": .raw("edgesfirst"),
        ]
        switch view.scope {
        case .overview, .members, .memberships, .participants, .neighbourhood, .network, .plan, .shared, .path:
            attributes["rankdir"] = .raw("LR")
        }
        if view.layout != .dot {
            attributes["overlap"] = .raw("false")
            // Curved edges routed around the nodes cost seconds per hundred relations (a random
            // network of 300 entities and 600 relations: 20 s with splines, 0.2 s with lines).
            attributes["splines"] = .raw(relations.count <= Self.curvedEdgesLimit ? "true" : "line")
            attributes["sep"] = .raw("+8")
        }
        return attributes
    }

    /// Title, what the diagram shows, the legend and the numbered sources.
    func header() -> HTMLLabel {
        var rows: [[HTMLLabel.Cell]] = [[.text(view.title, bold: true, pointSize: 18)]]
        rows.append([.text(DiagramVocabulary.summary(date: view.date, entities: entities.count, relations: relations.count), pointSize: 10)])
        let kinds = Set(entities.map(\.kind)).sorted()
        let types = Set(relations.map(\.type)).sorted()
        // One legend table: a kind (swatch and name) and a relation type per row, so the spare
        // width of the title row goes to the fillers, not between swatch and name.
        var legend: [[HTMLLabel.Cell]] = []
        for row in 0..<max(kinds.count, types.count) {
            var cells: [HTMLLabel.Cell] = []
            if row < kinds.count {
                let style = DiagramStyle.node(kinds[row])
                cells.append(.swatch(fill: style.fill, border: style.border, style: style.style.contains("rounded") ? "rounded" : nil))
                cells.append(.text(DiagramVocabulary.kind(kinds[row]), pointSize: 9))
            } else {
                cells += [.text(""), .text("")]
            }
            if row < types.count {
                let style = DiagramStyle.edge(types[row])
                cells.append(.lineKey(glyph: Self.lineGlyph(style), colour: style.colour, bold: style.penwidth >= 1.8,
                                      text: DiagramVocabulary.relation(types[row]), pointSize: 9))
            }
            if row == 0 { cells += Array(repeating: .filler, count: 30) }
            legend.append(cells)
        }
        rows.append([.table(HTMLLabel.table(legend))])
        if !documents.isEmpty {
            let heading = documents.count == 1 ? DiagramVocabulary.singleSourceHeading : DiagramVocabulary.sourcesHeading
            rows.append([.text(heading, bold: true, pointSize: 9)])
            for (index, document) in documents.enumerated() {
                rows.append([.text("[\(index + 1)] \(document.reference)", pointSize: 9)])
            }
        }
        return HTMLLabel.table(rows)
    }

    /// A short line drawn in text: solid, dashed or dotted, with an arrowhead.
    static func lineGlyph(_ style: DiagramStyle.EdgeStyle) -> String {
        switch style.style {
        case "dashed": "– – –▶"
        case "dotted": "·······▶"
        default: "———▶"
        }
    }

    func node(for entity: Entity, isFocus: Bool) -> DOTGraph.Node {
        let style = DiagramStyle.node(entity.kind)
        var attributes: [String: DOTValue] = [
            "label": .text(Self.wrapped(entity.name, width: Self.labelWidth)),
            "shape": .raw(style.shape),
            "style": .raw(style.style),
            "fillcolor": .raw(style.fill),
            "color": .raw(style.border),
            "tooltip": .text(([entity.name] + entity.aliases).joined(separator: " / ") + " (\(DiagramVocabulary.kind(entity.kind)))"),
        ]
        if style.peripheries != 1 { attributes["peripheries"] = .raw(String(style.peripheries)) }
        if isFocus {
            attributes["penwidth"] = .raw("2.5")
            attributes["fontsize"] = .raw("13")
        }
        return DOTGraph.Node(id: entity.id.rawValue, attributes: attributes)
    }

    func edge(for relation: Relation, footnotes: [DocumentID: Int]) -> DOTGraph.Edge {
        let style = DiagramStyle.edge(relation.type)
        let numbers = Set(relation.citations.compactMap { $0.document.flatMap { footnotes[$0] } }).sorted()
        var label = relation.role.map { Self.wrapped($0, width: 20) } ?? ""
        // With one source document the footnote says it all; numbers on every edge would only
        // clutter the drawing.
        if !numbers.isEmpty, documents.count > 1 {
            label += (label.isEmpty ? "" : " ") + "[" + numbers.map(String.init).joined(separator: ",") + "]"
        }
        let quotes = relation.citations.compactMap { citation -> String? in
            let document = citation.document.flatMap { id in documents.first { $0.id == id }?.title } ?? citation.reference
            return [document, citation.quote.map { "«\($0)»" }].compactMap { $0 }.joined(separator: ": ")
        }
        var attributes: [String: DOTValue] = [
            "color": .raw(style.colour),
            "style": .raw(style.style),
            "arrowhead": .raw(style.arrowhead),
            "penwidth": .raw(String(style.penwidth)),
            "tooltip": .text("\(network.entity(relation.from)?.name ?? relation.from.rawValue) \(DiagramVocabulary.relation(relation.type)) \(network.entity(relation.to)?.name ?? relation.to.rawValue)\n" + quotes.joined(separator: "\n")),
        ]
        if !label.isEmpty { attributes["label"] = .text(label) }
        return DOTGraph.Edge(from: relation.from.rawValue, to: relation.to.rawValue, attributes: attributes)
    }

    /// `text` broken into lines of at most `width` characters at spaces (a longer word stays whole).
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
