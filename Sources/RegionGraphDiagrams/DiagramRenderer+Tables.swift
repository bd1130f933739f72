import RegionGraph

/// Views drawn as one table rather than as nodes and edges: the membership matrix and a plan's
/// responsibility chart. A table answers "who sits where" and "who is responsible for what" at
/// a glance, fits a printed page, and has no edge labels to misplace.
extension DiagramRenderer {
    /// Point size of the text in the tables' cells.
    static let tableTextSize = 10.0
    /// Point size of headers, keys and legends around the tables.
    static let tableKeySize = 10.0
    static let gridColour = "#B0B0B0"
    static let groupFill = "#EEEEEE"
    static let markedFill = "#F7F7F7"

    /// A graph whose only node is `table`, under the usual title, summary, `legend` and sources.
    func tableGraph(_ table: HTMLLabel, legend: HTMLLabel) -> DOTGraph {
        var graph = DOTGraph(
            name: view.name, attributes: graphAttributes(legend: legend),
            nodeDefaults: ["fontname": .raw(DiagramStyle.fontName)], edgeDefaults: [:])
        graph.nodes = [
            DOTGraph.Node(id: "tabell", attributes: ["shape": .raw("plain"), "label": .html(table)])
        ]
        return graph
    }

    /// A grid of `rows` with the key to its numbered columns below it, left-aligned, in two
    /// columns when it is long.
    static func tableWithKey(_ rows: [[HTMLLabel.Cell]], key: [(number: Int, text: String)]) -> HTMLLabel {
        let half = key.count > 8 ? (key.count + 1) / 2 : key.count
        var keyRows: [[HTMLLabel.Cell]] = []
        for index in 0..<half {
            var cells: [HTMLLabel.Cell] = []
            for entry in [key[index]] + (index + half < key.count ? [key[index + half]] : []) {
                cells.append(.text("\(entry.number)", pointSize: tableKeySize, align: "RIGHT"))
                cells.append(.text(wrapped(entry.text, width: 44), pointSize: tableKeySize))
            }
            keyRows.append(cells)
        }
        return HTMLLabel.table([
            [.table(HTMLLabel.table(rows, cellPadding: 2, gridColour: gridColour))],
            [.table(HTMLLabel.table(keyRows, cellPadding: 1))],
        ])
    }

    // MARK: The membership matrix

    /// Municipalities (rows, grouped as the overview groups them) × councils, forums, companies
    /// and boards (numbered columns, named in a key below), a letter per relation type.
    func matrixTable() -> HTMLLabel {
        let rowIDs = Set(clusters.flatMap(\.members))
        let columns = entities.filter { !rowIDs.contains($0.id) }.sorted {
            $0.kind != $1.kind ? $0.kind < $1.kind : Entity.byName($0, $1)
        }
        var cells: [EntityID: [EntityID: [Relation]]] = [:]
        for relation in relations { cells[relation.from, default: [:]][relation.to, default: []].append(relation) }
        let size = Self.tableTextSize
        var kindRow: [HTMLLabel.Cell] = [.gridCell("", pointSize: Self.tableKeySize)]
        var start = 0
        while start < columns.count {
            let kind = columns[start].kind
            let end = columns[start...].firstIndex { $0.kind != kind } ?? columns.count
            kindRow.append(.gridCell(kind.label(in: .bokmal), bold: true, pointSize: Self.tableKeySize,
                                     align: "CENTER", columnSpan: end - start))
            start = end
        }
        var rows: [[HTMLLabel.Cell]] = [kindRow]
        rows.append([.gridCell("Kommune", bold: true, pointSize: size)]
            + columns.indices.map { .gridCell(String($0 + 1), bold: true, pointSize: size, align: "CENTER", width: 18) })
        for cluster in clusters {
            rows.append([.gridCell(cluster.label, bold: true, pointSize: size, fill: Self.groupFill,
                                   columnSpan: columns.count + 1)])
            let members = cluster.members.compactMap(network.entity).sorted(by: Entity.byName)
            for member in members {
                var row: [HTMLLabel.Cell] = [.gridCell(member.name, pointSize: size)]
                for column in columns {
                    let marked = cells[member.id]?[column.id] ?? []
                    let types = Set(marked.map(\.type)).sorted()
                    row.append(.gridCell(
                        types.map { $0.mark(in: .bokmal) }.joined(), bold: true, pointSize: size, align: "CENTER",
                        fill: types.count == 1 ? DiagramStyle.tint(of: DiagramStyle.edge(types[0]).colour)
                            : types.isEmpty ? nil : Self.markedFill))
                }
                rows.append(row)
            }
        }
        let key = columns.enumerated().map { index, column in
            (index + 1, "\(column.name) (\(column.kind.label(in: .bokmal)))")
        }
        return Self.tableWithKey(rows, key: key)
    }

    /// The letters the matrix uses, each with the relation type it stands for.
    func marksLegend() -> HTMLLabel {
        let types = Set(relations.map(\.type)).sorted()
        let entries: [HTMLLabel.Cell] = types.map { type in
            .swatch(fill: DiagramStyle.tint(of: DiagramStyle.edge(type).colour), border: Self.gridColour,
                    text: type.mark(in: .bokmal) + " " + type.label(in: .bokmal), pointSize: Self.tableKeySize)
        }
        return HTMLLabel.table([entries + [HTMLLabel.Cell](repeating: .filler, count: 20)])
    }

    // MARK: A plan's responsibility chart

    /// How one body takes part in one action, as the chart marks it.
    enum PlanMark: Int, CaseIterable, Comparable {
        case responsible, collaborating, funding, participating

        var symbol: String {
            switch self {
            case .responsible: "●"
            case .collaborating: "○"
            case .funding: "◆"
            case .participating: "◇"
            }
        }

        var meaning: String {
            switch self {
            case .responsible: "ansvar"
            case .collaborating: "i samarbeid med"
            case .funding: "finansierer"
            case .participating: "deltar"
            }
        }

        init(_ relation: Relation) {
            switch relation.type {
            case .partnerOf: self = .collaborating
            case .funds: self = .funding
            case .participatesIn: self = .participating
            default:
                let role = relation.role?.lowercased() ?? ""
                self = role.contains("samarbeid") || role.contains("sammen med") ? .collaborating : .responsible
            }
        }

        static func < (lhs: PlanMark, rhs: PlanMark) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The plan's goals as group rows and its actions under them (rows), the bodies named in
    /// it as numbered columns (most actions first, named in a key below), a mark where a body
    /// is responsible for, works with, funds or takes part in an action.
    func planTable() -> HTMLLabel {
        guard case .plan(let planID) = view.scope else { return HTMLLabel.table([]) }
        var marks: [EntityID: [EntityID: Set<PlanMark>]] = [:]
        var actionCount: [EntityID: Int] = [:]
        for relation in relations {
            if marks[relation.to]?[relation.from] == nil { actionCount[relation.from, default: 0] += 1 }
            marks[relation.to, default: [:]][relation.from, default: []].insert(PlanMark(relation))
        }
        let bodies = actionCount.keys.compactMap(network.entity).sorted {
            let (a, b) = (actionCount[$0.id]!, actionCount[$1.id]!)
            return a != b ? a > b : Entity.byName($0, $1)
        }
        let size = Self.tableTextSize
        func markCells(for id: EntityID?, fill: String?) -> [HTMLLabel.Cell] {
            bodies.map { body in
                let set = (id.flatMap { marks[$0]?[body.id] } ?? []).sorted()
                return .gridCell(
                    set.map(\.symbol).joined(), pointSize: size, align: "CENTER",
                    fill: fill ?? (set.isEmpty ? nil : Self.markedFill))
            }
        }
        var rows: [[HTMLLabel.Cell]] = [
            [.gridCell("Tiltak", bold: true, pointSize: size)]
                + bodies.indices.map { .gridCell(String($0 + 1), bold: true, pointSize: size, align: "CENTER", width: 20) }
        ]
        if marks[planID] != nil {
            rows.append([.gridCell("Planen som helhet", bold: true, pointSize: size, fill: Self.groupFill)]
                + markCells(for: planID, fill: Self.groupFill))
        }
        var groups: [(goal: EntityID?, name: String, actions: [EntityID])] = []
        var loose: [EntityID] = []
        for child in network.relations(to: planID).filter({ $0.type == .partOf }).map(\.from).sorted() {
            var actions: [EntityID] = []
            var frontier = [child]
            while let next = frontier.popLast() {
                for part in network.relations(to: next) where part.type == .partOf {
                    if network.entity(part.from)?.kind == .planAction { actions.append(part.from) }
                    frontier.append(part.from)
                }
            }
            if !actions.isEmpty, let goal = network.entity(child) {
                groups.append((goal.id, goal.name, actions.sorted()))
            } else if network.entity(child)?.kind == .planAction {
                loose.append(child)
            }
        }
        if !loose.isEmpty { groups.append((nil, "Andre tiltak", loose)) }
        for (goal, name, actions) in groups {
            rows.append([.gridCell(Self.wrapped(name, width: 70), bold: true, pointSize: size, fill: Self.groupFill)]
                + markCells(for: goal, fill: Self.groupFill))
            for action in actions.compactMap(network.entity) {
                rows.append([.gridCell(Self.wrapped(action.name, width: 62), pointSize: size)] + markCells(for: action.id, fill: nil))
            }
        }
        let key = bodies.enumerated().map { index, body in
            (index + 1, "\(body.name) (\(body.kind.label(in: .bokmal))), \(actionCount[body.id]!) tiltak")
        }
        return Self.tableWithKey(rows, key: key)
    }

    /// The symbols the plan chart uses, each with what it means.
    func planMarksLegend() -> HTMLLabel {
        let used = Set(relations.map(PlanMark.init)).sorted()
        let entries: [HTMLLabel.Cell] = used.map {
            .lineKey(glyph: $0.symbol, colour: DiagramStyle.Palette.black, bold: false, text: $0.meaning,
                     pointSize: Self.tableKeySize)
        }
        return HTMLLabel.table([entries + [HTMLLabel.Cell](repeating: .filler, count: 20)])
    }
}
