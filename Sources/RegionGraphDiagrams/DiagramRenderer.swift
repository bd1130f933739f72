import RegionGraph

/// Turns a diagram's selection into a styled ``DOTGraph``.
struct DiagramRenderer {
    let view: DiagramView
    let network: Network
    let entities: [Entity]
    let relations: [Relation]
    let documents: [SourceDocument]
    let clusters: [(label: String, members: [EntityID])]
    /// Which page of a split view this is; `nil` for a view on one page.
    var page: DiagramPage? = nil

    /// The most relations a force-directed layout draws with curved edges; straight lines beyond.
    static let curvedEdgesLimit = 100

    /// The widest a title line may be before it wraps, in characters: a title never makes a
    /// diagram wider than its drawing needs.
    static let titleWidth = 56

    /// The widest a node label line may be before it wraps, in characters.
    static let labelWidth = 20

    /// Point size of edge labels, legends and sources: the smallest text of a graph view, which
    /// still reads at 7 pt when the drawing is shrunk to 70 % to fit its page.
    static let smallPrint = 10.0

    func graph() -> DOTGraph {
        switch view.scope {
        case .matrix: return tableGraph(matrixTable(), legend: marksLegend())
        case .plan: return tableGraph(planTable(), legend: planMarksLegend())
        case .overview, .members, .memberships, .participants, .neighbourhood, .network, .shared, .path: break
        }
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
                "fontname": .raw(DiagramStyle.fontName), "fontsize": .raw("\(Int(Self.smallPrint))"), "fontcolor": .raw("#333333"),
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
        if showsKindsAsNodes {
            let legend = kindLegend()
            graph.clusters.append(legend)
            // Two legend nodes side by side, joined by an invisible edge: half as tall a legend.
            for pair in stride(from: 0, to: legend.nodes.count - 1, by: 2) where legend.nodes.count > 3 {
                graph.edges.append(DOTGraph.Edge(
                    from: legend.nodes[pair].id, to: legend.nodes[pair + 1].id, attributes: ["style": .raw("invis")]))
            }
        }
        for relation in relations {
            let edge = edge(for: relation, footnotes: footnotes)
            if view.layout == .dot, case .text(let text)? = edge.attributes["label"] {
                let (label, halves) = Self.throughLabelNode(edge, text: text, relation: relation)
                graph.nodes.append(label)
                graph.edges += halves
            } else {
                graph.edges.append(edge)
            }
        }
        return graph
    }

    /// Whether the kinds drawn are explained by a small node of each, in the real shape, rather
    /// than by swatches in the header: in every `dot` graph, where the nodes of the legend
    /// stand together in one cluster (the force-directed layouts would scatter them).
    var showsKindsAsNodes: Bool { view.layout == .dot && !view.scope.isTable }

    /// The legend of the kinds drawn: one node per kind, styled as the kind's nodes and named
    /// by it, in a cluster of their own. Node names start with a space, which no entity id has.
    func kindLegend() -> DOTGraph.Cluster {
        let kinds = Set(entities.map(\.kind)).sorted()
        return DOTGraph.Cluster(
            id: "cluster_legend",
            attributes: [
                "label": .text(DiagramVocabulary.kindLegendHeading), "style": .raw("rounded"), "color": .raw(Self.legendBorder),
                "fontname": .raw(DiagramStyle.fontName), "fontsize": .raw("\(Int(Self.smallPrint))"), "labeljust": .raw("l"),
            ],
            nodes: kinds.map { kind in
                let style = DiagramStyle.node(kind)
                var attributes: [String: DOTValue] = [
                    "label": .text(kind.label(in: .bokmal)), "shape": .raw(style.shape), "style": .raw(style.style),
                    "fillcolor": .raw(style.fill), "color": .raw(style.border), "fontsize": .raw("\(Int(Self.smallPrint))"),
                    "height": .raw("0.3"), "width": .raw("0"), "margin": .raw("0.08,0.03"),
                    "tooltip": .text(kind.label(in: .bokmal)),
                ]
                if style.peripheries != 1 { attributes["peripheries"] = .raw(String(style.peripheries)) }
                return DOTGraph.Node(id: " kind \(kind.rawValue)", attributes: attributes)
            })
    }

    static let legendBorder = "#B0B0B0"

    func graphAttributes(legend: HTMLLabel? = nil) -> [String: DOTValue] {
        var attributes: [String: DOTValue] = [
            "label": .html(header(legend: legend)),
            "labelloc": .raw("t"),
            "labeljust": .raw("l"),
            "fontname": .raw(DiagramStyle.fontName),
            "bgcolor": .raw("white"),
            "pad": .raw("0.3"),
            "nodesep": .raw("0.25"),
            "ranksep": .raw("0.35"),
            "outputorder": .raw("edgesfirst"),
        ]
        switch view.scope {
        case .overview, .members, .memberships, .participants, .neighbourhood, .network, .plan, .shared, .path, .matrix:
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

    /// Title, what the diagram shows, the legend (of the kinds and relation types drawn, unless
    /// another is given) and the numbered sources.
    func header(legend given: HTMLLabel? = nil) -> HTMLLabel {
        // The tables are drawn with larger small print: they are shrunk more to fit a page.
        let small: Double = view.scope.isTable ? Self.tableKeySize : Self.smallPrint
        var rows: [[HTMLLabel.Cell]] = [[.text(Self.wrapped(view.title, width: Self.titleWidth), bold: true, pointSize: 18)]]
        if let page {
            rows.append([.text(Self.wrapped(page.description, width: Self.titleWidth + 10), bold: true, pointSize: 13)])
        }
        rows.append([.text(DiagramVocabulary.summary(date: view.date, entities: entities.count, relations: relations.count), pointSize: 10)])
        let kinds = showsKindsAsNodes ? [] : Set(entities.map(\.kind)).sorted()
        let types = Set(relations.map(\.type)).sorted()
        // One legend table: kinds (swatch and name) on the left, relation types on the right,
        // two of each per row when there are many, so the legend stays short; the spare width
        // of the title row goes to the fillers, not between swatch and name.
        let perRow = max(kinds.count, types.count) > 4 ? 2 : 1
        var legend: [[HTMLLabel.Cell]] = []
        for row in 0..<((max(kinds.count, types.count) + perRow - 1) / perRow) {
            var cells: [HTMLLabel.Cell] = []
            for index in (row * perRow)..<((row + 1) * perRow) where !kinds.isEmpty {
                guard index < kinds.count else {
                    cells += [.text(""), .text("")]
                    continue
                }
                let style = DiagramStyle.node(kinds[index])
                // The swatch's border is drawn as the node's: rounded, dashed or dotted.
                let border = style.style.split(separator: ",").filter { ["rounded", "dashed", "dotted"].contains($0) }
                cells.append(.swatch(
                    fill: style.fill, border: style.border, style: border.isEmpty ? nil : border.joined(separator: ",")))
                cells.append(.text(kinds[index].label(in: .bokmal), pointSize: small))
            }
            for index in (row * perRow)..<((row + 1) * perRow) {
                guard index < types.count else {
                    cells.append(.text(""))
                    continue
                }
                let style = DiagramStyle.edge(types[index])
                cells.append(.lineKey(glyph: Self.lineGlyph(style), colour: style.colour, bold: style.penwidth >= 1.8,
                                      text: types[index].label(in: .bokmal), pointSize: small))
            }
            if row == 0 { cells += Array(repeating: .filler, count: 30) }
            legend.append(cells)
        }
        if relations.contains(where: { $0.certainty == .inferred }) {
            legend.append([.text(DiagramVocabulary.inferredLegend, pointSize: small)])
        }
        rows.append([.table(given ?? HTMLLabel.table(legend))])
        if !documents.isEmpty {
            let heading = documents.count == 1 ? DiagramVocabulary.singleSourceHeading : DiagramVocabulary.sourcesHeading
            rows.append([.text(heading, bold: true, pointSize: small)])
            for (index, document) in documents.enumerated() {
                rows.append([.text("[\(index + 1)] \(document.reference)", pointSize: small)])
            }
        }
        return HTMLLabel.table(rows)
    }

    /// A short line drawn in text: solid, dashed or dotted, with an arrowhead.
    static func lineGlyph(_ style: DiagramStyle.EdgeStyle) -> String {
        let line = switch style.style {
        case "dashed": "– – –"
        case "dotted": "·······"
        default: "———"
        }
        return line + arrowheadGlyph(style.arrowhead)
    }

    /// The character that looks like a Graphviz arrowhead, so that the legend shows the head
    /// the edges end in.
    static func arrowheadGlyph(_ arrowhead: String) -> String {
        switch arrowhead {
        case "normal": "▶"
        case "empty", "onormal": "▷"
        case "inv": "◀"
        case "diamond": "◆"
        case "odiamond": "◇"
        case "dot": "●"
        case "odot": "○"
        case "box": "■"
        case "obox": "□"
        case "tee": "⊣"
        case "vee": "➤"
        case "none": ""
        default: "▶"
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
            "tooltip": .text(([entity.name] + entity.aliases).joined(separator: " / ") + " (\(entity.kind.label(in: .bokmal)))"),
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
        // A reading of the source, not a statement: said on the edge, and drawn faint.
        let inferred = relation.certainty == .inferred
        if inferred { label += (label.isEmpty ? "" : " ") + DiagramVocabulary.inferredMark }
        let quotes = relation.citations.compactMap { citation -> String? in
            let document = citation.document.flatMap { id in documents.first { $0.id == id }?.title } ?? citation.reference
            return [document, citation.quote.map { "«\($0)»" }].compactMap { $0 }.joined(separator: ": ")
        }
        var attributes: [String: DOTValue] = [
            "color": .raw(inferred ? style.colour + DiagramStyle.inferredOpacity : style.colour),
            "style": .raw(style.style),
            "arrowhead": .raw(style.arrowhead),
            "penwidth": .raw(String(style.penwidth)),
            "tooltip": .text("\(network.entity(relation.from)?.name ?? relation.from.rawValue) \(relation.type.label(in: .bokmal)) \(network.entity(relation.to)?.name ?? relation.to.rawValue)\n"
                + (inferred ? "\(DiagramVocabulary.inferredMark): \(relation.note ?? "")\n" : "") + quotes.joined(separator: "\n")),
        ]
        if !label.isEmpty { attributes["label"] = .text(label) }
        return DOTGraph.Edge(from: relation.from.rawValue, to: relation.to.rawValue, attributes: attributes)
    }

    /// A labelled edge drawn through a small node that holds its label: the first half has no
    /// arrowhead, the second the relation's. The label then lies on its own line wherever the
    /// layout puts it, never beside another edge; `dot` would place an edge label as a node in
    /// the middle rank anyway, but draws the line past it rather than through it.
    ///
    /// The node's name starts with a space, which no entity id has, so it cannot clash.
    static func throughLabelNode(
        _ edge: DOTGraph.Edge, text: String, relation: Relation
    ) -> (node: DOTGraph.Node, edges: [DOTGraph.Edge]) {
        let id = " label \(relation.id.rawValue)"
        let node = DOTGraph.Node(id: id, attributes: [
            "shape": .raw("plaintext"), "label": .text(text), "fontsize": .raw("\(Int(smallPrint))"), "fontcolor": .raw("#333333"),
            "margin": .raw("0.03,0.01"), "width": .raw("0"), "height": .raw("0"),
            "tooltip": edge.attributes["tooltip"] ?? .text(text),
        ])
        var first = edge.attributes
        first["label"] = nil
        first["arrowhead"] = .raw("none")
        var second = edge.attributes
        second["label"] = nil
        return (node, [
            DOTGraph.Edge(from: edge.from, to: id, attributes: first),
            DOTGraph.Edge(from: id, to: edge.to, attributes: second),
        ])
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
