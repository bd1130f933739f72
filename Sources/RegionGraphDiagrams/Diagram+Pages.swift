import RegionGraph

extension Diagram {
    /// The groups a split view's relations fall into by its ``DiagramView/split`` rule, in page
    /// order; each group's units (all the relations of one entity, which stay on one page) in
    /// the order of their entity's name. One group holding everything for a view without a
    /// split. (`RegionGraphRendering`'s `DiagramPagination` lays the groups out on pages that
    /// read at the view's paper size.)
    ///
    /// ```swift
    /// let groups = try Diagram.pageGroups(of: view, in: network)
    /// groups.map(\.heading)     // ["Kommuner, fylker og regioner", "Råd, fora og styrer", …]
    /// ```
    ///
    /// - Throws: ``DiagramError`` when the view names an unknown entity or draws nothing.
    /// - Complexity: O(*n* + *m* log *m*) for *m* drawn relations.
    public static func pageGroups(of view: DiagramView, in network: Network) throws(DiagramError) -> [DiagramPageGroup] {
        let (base, selection) = try Self.selection(of: view, in: network)
        guard let split = view.split, split.applies(to: view.scope.kind) else {
            return [DiagramPageGroup(heading: view.title, units: [selection.relations])]
        }
        return split.groups(of: selection, focus: Set(view.focus), in: base)
    }

    /// The part of `view` that draws `relations` (some of the view's own), with the focus
    /// entities and the clusters that still have members, headed as `page`.
    ///
    /// ```swift
    /// let groups = try Diagram.pageGroups(of: view, in: network)
    /// let first = try Diagram.page(
    ///     of: view, in: network, drawing: groups[0].relations,
    ///     as: DiagramPage(number: 1, count: groups.count, heading: groups[0].heading))
    /// ```
    ///
    /// - Throws: ``DiagramError`` when the view names an unknown entity or draws nothing.
    public static func page(
        of view: DiagramView, in network: Network, drawing relations: [Relation], as page: DiagramPage?
    ) throws(DiagramError) -> Diagram {
        let (base, selection) = try Self.selection(of: view, in: network)
        return Diagram(
            view: view, network: base, selection: selection.restricted(to: relations, keeping: Set(view.focus)),
            page: page)
    }

    /// The same diagram drawn from top to bottom rather than from left to right: narrower when
    /// a few entities spread over many ranks. A table is returned as it is.
    public func drawnTopToBottom() -> Diagram {
        guard !view.scope.isTable else { return self }
        var turned = self
        turned.graph.attributes["rankdir"] = .raw("TB")
        return turned
    }
}

extension DiagramView.Split {
    /// The selection's relations grouped by this rule, groups in page order, units by the name
    /// of their entity.
    func groups(of selection: DiagramSelection, focus: Set<EntityID>, in network: Network) -> [DiagramPageGroup] {
        // The entity a relation is drawn for: the end that is not a focus (for the overview the
        // municipality, for a plan the action).
        func unitEntity(_ relation: Relation) -> EntityID {
            switch self {
            case .region: relation.from
            case .goal: relation.to
            case .kind, .relation: !focus.contains(relation.from) ? relation.from : relation.to
            }
        }
        var headings: [String] = []
        var groupOf: (Relation) -> Int
        switch self {
        case .region, .goal:
            headings = selection.clusters.map(\.label)
            var index: [EntityID: Int] = [:]
            for (number, cluster) in selection.clusters.enumerated() {
                for member in cluster.members where index[member] == nil { index[member] = number }
            }
            let whole = headings.count
            headings.append(self == .goal ? "Planen som helhet" : "Andre")
            groupOf = { index[unitEntity($0)] ?? whole }
        case .kind:
            headings = Self.kindGroups.map(\.heading)
            groupOf = { relation in
                let kind = network.entity(unitEntity(relation))?.kind
                return Self.kindGroups.firstIndex { kind.map($0.kinds.contains) ?? false } ?? 0
            }
        case .relation:
            headings = Self.relationGroups.map(\.heading)
            groupOf = { relation in Self.relationGroups.firstIndex { $0.types.contains(relation.type) } ?? 0 }
        }
        var units: [[EntityID: [Relation]]] = Array(repeating: [:], count: headings.count)
        for relation in selection.relations {
            units[groupOf(relation)][unitEntity(relation), default: []].append(relation)
        }
        func name(_ id: EntityID) -> String { network.entity(id)?.name ?? id.rawValue }
        return headings.indices.compactMap { index in
            guard !units[index].isEmpty else { return nil }
            let ordered = units[index].keys.sorted {
                let (a, b) = (name($0), name($1))
                return a != b ? TextFolding.precedes(a, b) : $0 < $1
            }
            return DiagramPageGroup(heading: headings[index], units: ordered.map { units[index][$0]!.sorted { $0.id < $1.id } })
        }
    }
}

extension DiagramSelection {
    /// The part of the selection that draws `relations`: their ends, the focus entities
    /// selected, and the clusters that still have members.
    func restricted(to relations: [Relation], keeping focus: Set<EntityID>) -> DiagramSelection {
        var ids = Set(entities.lazy.map(\.id).filter(focus.contains))
        for relation in relations {
            ids.insert(relation.from)
            ids.insert(relation.to)
        }
        var part = self
        part.entities = entities.filter { ids.contains($0.id) }
        part.relations = relations
        part.clusters = clusters.map { ($0.label, $0.members.filter(ids.contains)) }.filter { !$0.members.isEmpty }
        return part
    }
}
