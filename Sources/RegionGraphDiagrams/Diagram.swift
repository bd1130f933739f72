import RegionGraph

/// A view of the network, selected and styled, ready to be written as DOT.
///
/// Building a diagram is pure Swift: it chooses the entities and relations the view asks for,
/// styles them by kind and type, and adds a title, a legend of the kinds and relations actually
/// drawn, and a numbered list of the source documents behind the drawn facts. Every edge label
/// carries the numbers of its sources, and every edge a tooltip with the verbatim quote.
///
/// ```swift
/// let diagram = try Diagram(view: view, network: network)
/// try diagram.dotText.write(…)        // same data, same bytes
/// ```
public struct Diagram: Sendable {
    public let view: DiagramView
    /// The drawn entities, sorted by id.
    public let entities: [Entity]
    /// The drawn relations, in the order they were read.
    public let relations: [Relation]
    /// The documents the drawn facts cite, in footnote order.
    public let documents: [SourceDocument]
    /// Which page of its view the diagram is, when the view is split (``pages(of:in:)``);
    /// `nil` for a view drawn on one page.
    public let page: DiagramPage?
    public internal(set) var graph: DOTGraph

    /// The diagram as DOT text.
    public var dotText: String { graph.dotText }

    /// Selects and styles what `view` shows of `network`, on one page whatever its size.
    ///
    /// - Throws: ``DiagramError`` when the view names an unknown entity or draws nothing.
    /// - Complexity: O(*n* + *m*) for the selection, plus sorting what is drawn.
    public init(view: DiagramView, network: Network) throws(DiagramError) {
        let (base, selection) = try Self.selection(of: view, in: network)
        self.init(view: view, network: base, selection: selection, page: nil)
    }

    /// How many entities and relations `view` draws of `network`, without building the
    /// diagram: to tell whether it is worth drawing.
    ///
    /// ```swift
    /// let size = try Diagram.size(of: view, in: network)
    /// if size.relations <= 400 { … }
    /// ```
    ///
    /// - Throws: ``DiagramError`` when the view names an unknown entity or draws nothing.
    public static func size(of view: DiagramView, in network: Network) throws(DiagramError) -> (entities: Int, relations: Int) {
        let selection = try Self.selection(of: view, in: network).selection
        return (selection.entities.count, selection.relations.count)
    }

    /// The network as the view sees it (at its date) and what the view draws of it.
    static func selection(
        of view: DiagramView, in network: Network
    ) throws(DiagramError) -> (network: Network, selection: DiagramSelection) {
        for id in view.focus where network.entity(id) == nil {
            throw .unknownFocus(view: view.name, entity: id)
        }
        let base = view.date.map { network.snapshot(at: $0) } ?? network
        let selection = DiagramSelection(view: view, network: base)
        // A focus entity with no relations is still drawn, as one node.
        guard !selection.entities.isEmpty else {
            throw .empty(view: view.name)
        }
        return (base, selection)
    }

    /// The diagram of `selection`, which must draw something.
    init(view: DiagramView, network base: Network, selection: DiagramSelection, page: DiagramPage?) {
        self.view = view
        self.page = page
        self.entities = selection.entities.sorted { $0.id < $1.id }
        self.relations = selection.relations.sorted { $0.id < $1.id }
        var cited = Set<DocumentID>()
        for relation in relations {
            for citation in relation.citations { if let document = citation.document { cited.insert(document) } }
        }
        self.documents = base.documents.filter { cited.contains($0.id) }
        self.graph = DiagramRenderer(
            view: view, network: base, entities: entities, relations: relations,
            documents: documents, clusters: selection.clusters, page: page
        ).graph()
    }
}

/// Which entities and relations a view draws.
struct DiagramSelection {
    var entities: [Entity] = []
    var relations: [Relation] = []
    /// Groups of entity ids drawn together, with their labels (the overview's counties).
    var clusters: [(label: String, members: [EntityID])] = []

    static let overviewTypes: Set<RelationType> = [.memberOf, .owns, .representedIn, .boardMemberOf]
    static let overviewKinds: Set<EntityKind> = [.regionalCouncil, .forum, .company, .board]
    /// What a plan's chart marks: who is responsible, works with, funds or takes part.
    static let planTypes: Set<RelationType> = [.responsibleFor, .partnerOf, .funds, .participatesIn]
    /// What a membership matrix marks: the overview's relations, and taking part.
    static let matrixTypes: Set<RelationType> = overviewTypes.union([.participatesIn])

    init(view: DiagramView, network: Network) {
        let typeAllowed = { (relation: Relation) in view.relations?.contains(relation.type) ?? true }
        let kindAllowed = { (entity: Entity) in view.kinds?.contains(entity.kind) ?? true }
        var chosen: [Relation] = []
        var ids = Set(view.focus)
        switch view.scope {
        case .matrix:
            let types = view.relations ?? Self.matrixTypes
            let kinds = view.kinds ?? Self.overviewKinds
            chosen = network.membershipMatrix(rows: [.municipality], columns: kinds, types: types)
                .cells.flatMap { $0.flatMap { $0 } }
        case .overview:
            let types = view.relations ?? Self.overviewTypes
            let kinds = view.kinds ?? Self.overviewKinds
            for relation in network.relations where types.contains(relation.type) {
                guard let from = network.entity(relation.from), let to = network.entity(relation.to),
                    from.kind == .municipality, kinds.contains(to.kind)
                else { continue }
                chosen.append(relation)
            }
        case .members(let id):
            chosen = network.members(of: id).filter { typeAllowed($0.relation) && kindAllowed($0.entity) }
                .map(\.relation)
        case .participants(let id):
            chosen = network.participants(in: id).filter { typeAllowed($0.relation) && kindAllowed($0.entity) }
                .map(\.relation)
        case .memberships(let id):
            chosen = network.memberships(of: id).filter { typeAllowed($0.relation) && kindAllowed($0.entity) }
                .map(\.relation)
        case .shared(let ids):
            for shared in network.shared(by: ids) where kindAllowed(shared.entity) {
                chosen += shared.links.flatMap(\.relations).filter(typeAllowed)
            }
        case .path(let from, let to):
            chosen = (network.path(from: from, to: to) ?? []).map(\.relation)
        case .neighbourhood(let focus, let depth):
            var frontier = focus
            var reached = Set(focus)
            for _ in 0..<max(depth, 0) {
                var next: [EntityID] = []
                for id in frontier {
                    for relation in network.relations(from: id) + network.relations(to: id)
                    where typeAllowed(relation) {
                        let other = relation.otherEnd(from: id)
                        guard let entity = network.entity(other), kindAllowed(entity) else { continue }
                        if reached.insert(other).inserted { next.append(other) }
                    }
                }
                frontier = next.sorted()
            }
            ids = reached
            // The relations between reached entities, found from their own relations rather
            // than among all (a report draws thousands of neighbourhoods), in id order as the
            // diagram lists them.
            for id in reached {
                chosen += network.relations(from: id).filter { typeAllowed($0) && reached.contains($0.to) }
            }
            chosen.sort { $0.id < $1.id }
        case .plan(let plan):
            let (parts, groups) = Self.parts(of: plan, in: network)
            let types = view.relations ?? Self.planTypes
            for id in [plan] + parts {
                for relation in network.relations(to: id) where types.contains(relation.type) && relation.type != .partOf {
                    guard let entity = network.entity(relation.from), kindAllowed(entity) else { continue }
                    chosen.append(relation)
                }
            }
            // The plan is the title; its goals are the clusters; only what is responsible and
            // what it is responsible for are nodes.
            ids = []
            clusters = groups
        case .network:
            let kept = Set(network.entities.filter(kindAllowed).map(\.id))
            ids = kept
            chosen = network.relations.filter { typeAllowed($0) && kept.contains($0.from) && kept.contains($0.to) }
        }
        for relation in chosen {
            ids.insert(relation.from)
            ids.insert(relation.to)
        }
        entities = ids.compactMap(network.entity)
        relations = chosen
        switch view.scope {
        case .overview, .matrix:
            clusters = Self.counties(of: entities.filter { $0.kind == .municipality }, in: network)
        case .plan:
            let drawn = Set(entities.map(\.id))
            clusters = clusters.map { ($0.label, $0.members.filter(drawn.contains)) }.filter { !$0.members.isEmpty }
        case .members, .memberships, .participants, .neighbourhood, .network, .shared, .path:
            break
        }
    }

    /// Everything that is part of `plan`, directly or through its goals, and the clusters of a
    /// plan view: one per goal, holding the goal's parts, in the plan's order of ids.
    static func parts(of plan: EntityID, in network: Network) -> (parts: [EntityID], clusters: [(label: String, members: [EntityID])]) {
        var parts: [EntityID] = []
        var seen: Set<EntityID> = [plan]
        var clusters: [(label: String, members: [EntityID])] = []
        let direct = network.relations(to: plan).filter { $0.type == .partOf }.map(\.from).sorted()
        for child in direct where seen.insert(child).inserted {
            parts.append(child)
            var members: [EntityID] = []
            var frontier = [child]
            while let next = frontier.popLast() {
                for relation in network.relations(to: next) where relation.type == .partOf {
                    guard seen.insert(relation.from).inserted else { continue }
                    parts.append(relation.from)
                    members.append(relation.from)
                    frontier.append(relation.from)
                }
            }
            if !members.isEmpty, let goal = network.entity(child) {
                clusters.append((goal.name, members.sorted()))
            }
        }
        return (parts, clusters)
    }

    /// Municipalities grouped by the county municipality they are part of or located in; those
    /// with no county recorded by the region they are part of (the region with the most of the
    /// drawn municipalities, when there are several), and the rest by country.
    static func counties(of municipalities: [Entity], in network: Network) -> [(label: String, members: [EntityID])] {
        let drawn = Set(municipalities.map(\.id))
        func containers(of municipality: Entity, kind: EntityKind) -> [Entity] {
            network.relations(from: municipality.id)
                .filter { $0.type == .partOf || $0.type == .locatedIn }
                .compactMap { network.entity($0.to) }
                .filter { $0.kind == kind }
        }
        func drawnParts(of region: Entity) -> Int {
            Set(network.relations(to: region.id).filter { $0.type == .partOf && drawn.contains($0.from) }.map(\.from)).count
        }
        var groups: [String: [EntityID]] = [:]
        for municipality in municipalities {
            let label: String
            // Today's county before a former one, when the network is drawn without a date.
            if let county = containers(of: municipality, kind: .countyMunicipality).min(by: { a, b in
                (a.validity.end == nil) != (b.validity.end == nil) ? a.validity.end == nil : a.id < b.id
            }) {
                label = county.name
            } else if let region = containers(of: municipality, kind: .region).min(by: { a, b in
                let (partsA, partsB) = (drawnParts(of: a), drawnParts(of: b))
                return partsA != partsB ? partsA > partsB : a.id < b.id
            }) {
                label = "\(region.name) (region)"
            } else {
                let country = municipality.country == "NO" ? "Norge" : municipality.country == "SE" ? "Sverige" : municipality.country
                label = "Andre kommuner (\(country))"
            }
            groups[label, default: []].append(municipality.id)
        }
        return groups.keys.sorted(by: TextFolding.precedes).map { ($0, groups[$0]!.sorted()) }
    }
}
