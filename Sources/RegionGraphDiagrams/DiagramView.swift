import RegionGraph

/// A declarative description of one diagram: what part of the network it shows and how.
///
/// Standard views live in `Graphs/views.yaml`; `regiongraph render` builds one on the fly.
///
/// ```swift
/// let view = DiagramView(
///     name: "green-flyway", title: "Green Flyway",
///     scope: .participants(of: "green-flyway"))
/// let diagram = try Diagram(view: view, network: network)
/// ```
public struct DiagramView: Hashable, Sendable {
    /// Which entities and relations a view starts from.
    public enum Scope: Hashable, Sendable {
        /// Which municipalities sit in which councils, forums and companies, municipalities
        /// grouped by county (or country where no county is recorded).
        case overview
        /// One body and its members (``Network/members(of:)``).
        case members(of: EntityID)
        /// One project, forum or programme and everyone taking part, roles on the edges.
        case participants(of: EntityID)
        /// Everything within `depth` relations of the focus entities.
        case neighbourhood(of: [EntityID], depth: Int)
        /// The whole network.
        case network
        /// A plan's actions, grouped by the goal they are part of, and who is responsible for
        /// each (the action plans' "Ansvar").
        case plan(of: EntityID)
    }

    /// The file name the view renders to (`Graphs/NAME.svg`).
    public var name: String
    public var title: String
    public var scope: Scope
    /// Only entities of these kinds (focus entities are always drawn); `nil` for every kind.
    public var kinds: Set<EntityKind>?
    /// Only relations of these types; `nil` for every type.
    public var relations: Set<RelationType>?
    /// The Graphviz layout engine the view is meant for (`dot`, `neato`, `fdp`, `sfdp`,
    /// `circo`, `twopi`).
    public var layout: String
    /// Draw only what held at this date; `nil` for every recorded fact.
    public var date: PartialDate?

    public init(
        name: String, title: String, scope: Scope, kinds: Set<EntityKind>? = nil,
        relations: Set<RelationType>? = nil, layout: String = "dot", date: PartialDate? = nil
    ) {
        self.name = name
        self.title = title
        self.scope = scope
        self.kinds = kinds
        self.relations = relations
        self.layout = layout
        self.date = date
    }

    /// The entities the scope names, which must exist in the network.
    public var focus: [EntityID] {
        switch scope {
        case .overview, .network: []
        case .members(let id), .participants(let id), .plan(let id): [id]
        case .neighbourhood(let ids, _): ids
        }
    }
}
