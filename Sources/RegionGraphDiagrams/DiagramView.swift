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
        /// grouped by the county they are part of, else by their region, else by country.
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
        /// What a body belongs to or takes part in (``Network/memberships(of:)``).
        case memberships(of: EntityID)
        /// What all the entities belong to or take part in (``Network/shared(by:)``), with
        /// each one's relations to it.
        case shared(by: [EntityID])
        /// The shortest chain of relations between two entities (``Network/path(from:to:)``).
        case path(from: EntityID, to: EntityID)
        /// Which municipalities sit in which councils, forums, companies and boards, as a grid:
        /// one row per municipality, grouped by county or region, a mark per relation type.
        case matrix

        /// The kinds of scope, by the name views files and `regiongraph render --scope` use.
        public enum Kind: String, CaseIterable, Sendable {
            case neighbourhood, members, memberships, participants, plan, shared, path, overview, matrix, network

            /// Whether a scope of this kind is drawn around focus entities.
            public var needsFocus: Bool { focusCount.lowerBound > 0 }

            /// How many focus entities a scope of this kind takes.
            public var focusCount: ClosedRange<Int> {
                switch self {
                case .members, .memberships, .participants, .plan: 1...1
                case .path: 2...2
                case .shared: 2...Int.max
                case .neighbourhood: 1...Int.max
                case .overview, .matrix, .network: 0...Int.max
                }
            }

            /// The names of every kind, for messages.
            public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
        }

        /// The scope of `kind` around `focus`, or `nil` when `focus` does not suit the kind
        /// (see ``Kind/focusCount``).
        ///
        /// ```swift
        /// DiagramView.Scope(.members, focus: ["fjellregionen"])   // .members(of: "fjellregionen")
        /// ```
        public init?(_ kind: Kind, focus: [EntityID], depth: Int = 1) {
            guard kind.focusCount.contains(focus.count) else { return nil }
            switch kind {
            case .neighbourhood: self = .neighbourhood(of: focus, depth: depth)
            case .members: self = .members(of: focus[0])
            case .memberships: self = .memberships(of: focus[0])
            case .participants: self = .participants(of: focus[0])
            case .plan: self = .plan(of: focus[0])
            case .shared: self = .shared(by: focus)
            case .path: self = .path(from: focus[0], to: focus[1])
            case .overview: self = .overview
            case .matrix: self = .matrix
            case .network: self = .network
            }
        }

        /// Whether the scope is drawn as one table (a matrix, a plan's chart) rather than as
        /// nodes and edges.
        public var isTable: Bool {
            switch self {
            case .matrix, .plan: true
            case .overview, .members, .memberships, .participants, .neighbourhood, .network, .shared, .path: false
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
            case .memberships: .memberships
            case .shared: .shared
            case .path: .path
            case .matrix: .matrix
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
    /// The page the diagram is made for: every text must read at that page's size. `nil` for
    /// the default, A4 in either orientation.
    public var page: Page?
    /// How the view is divided into pages when it is too large for one; `nil` for one page.
    public var split: Split?

    public init(
        name: String, title: String, scope: Scope, kinds: Set<EntityKind>? = nil,
        relations: Set<RelationType>? = nil, layout: DiagramLayout = .dot, date: PartialDate? = nil,
        page: Page? = nil, split: Split? = nil
    ) {
        self.name = name
        self.title = title
        self.scope = scope
        self.kinds = kinds
        self.relations = relations
        self.layout = layout
        self.date = date
        self.page = page
        self.split = split
    }

    /// The entities the scope names, which must exist in the network.
    public var focus: [EntityID] { scope.focus }
}

extension DiagramView.Scope {
    /// The entities the scope is drawn around.
    public var focus: [EntityID] {
        switch self {
        case .overview, .matrix, .network: []
        case .members(let id), .memberships(let id), .participants(let id), .plan(let id): [id]
        case .neighbourhood(let ids, _), .shared(let ids): ids
        case .path(let from, let to): [from, to]
        }
    }
}
