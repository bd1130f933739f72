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

        /// The kinds of scope, by the name views files and `regiongraph render --scope` use.
        public enum Kind: String, CaseIterable, Sendable {
            case neighbourhood, members, participants, plan, overview, network

            /// Whether a scope of this kind is drawn around focus entities.
            public var needsFocus: Bool {
                switch self {
                case .neighbourhood, .members, .participants, .plan: true
                case .overview, .network: false
                }
            }

            /// Whether a scope of this kind takes exactly one focus entity.
            public var takesOneFocus: Bool {
                switch self {
                case .members, .participants, .plan: true
                case .neighbourhood, .overview, .network: false
                }
            }

            /// The names of every kind, for messages.
            public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
        }

        /// The scope of `kind` around `focus`, or `nil` when `focus` does not suit the kind
        /// (none for a scope that needs one, more than one where one is taken).
        ///
        /// ```swift
        /// DiagramView.Scope(.members, focus: ["fjellregionen"])   // .members(of: "fjellregionen")
        /// ```
        public init?(_ kind: Kind, focus: [EntityID], depth: Int = 1) {
            if kind.needsFocus, focus.isEmpty { return nil }
            if kind.takesOneFocus, focus.count != 1 { return nil }
            switch kind {
            case .neighbourhood: self = .neighbourhood(of: focus, depth: depth)
            case .members: self = .members(of: focus[0])
            case .participants: self = .participants(of: focus[0])
            case .plan: self = .plan(of: focus[0])
            case .overview: self = .overview
            case .network: self = .network
            }
        }

        /// The kind of this scope.
        public var kind: Kind {
            switch self {
            case .overview: .overview
            case .members: .members
            case .participants: .participants
            case .neighbourhood: .neighbourhood
            case .network: .network
            case .plan: .plan
            }
        }
    }

    /// The file name the view renders to (`Graphs/NAME.svg`).
    public var name: String
    public var title: String
    public var scope: Scope
    /// Only entities of these kinds (focus entities are always drawn); `nil` for every kind.
    public var kinds: Set<EntityKind>?
    /// Only relations of these types; `nil` for every type.
    public var relations: Set<RelationType>?
    /// The Graphviz layout engine the view is meant for.
    public var layout: DiagramLayout
    /// Draw only what held at this date; `nil` for every recorded fact.
    public var date: PartialDate?

    public init(
        name: String, title: String, scope: Scope, kinds: Set<EntityKind>? = nil,
        relations: Set<RelationType>? = nil, layout: DiagramLayout = .dot, date: PartialDate? = nil
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
