import RegionGraph

extension DiagramView {
    /// How a view too large for one page is divided into several, each a complete diagram with
    /// its own title, legend and sources.
    ///
    /// Relations are put into groups by the rule (``Diagram/pageGroups(of:in:)``). A group too
    /// large for one page continues on the next; small groups share a page when it still reads
    /// at the view's paper size. An entity's relations within a group always stay on one page.
    ///
    /// ```yaml
    /// - name: kommuner-og-rad
    ///   scope: overview
    ///   split: region          # one page per county or region
    /// ```
    public enum Split: String, CaseIterable, Sendable, Hashable {
        /// Overview: one page per county or region the municipalities are grouped by.
        case region
        /// Plan: one page per goal.
        case goal
        /// Graph views: one page per kind of body around the focus (councils and forums,
        /// companies, projects …).
        case kind
        /// Graph views: one page per kind of relation (membership and ownership, leadership,
        /// cooperation and funding).
        case relation

        /// The names of every rule, for messages.
        public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }
}

extension DiagramView.Split {
    /// The groups of bodies a ``kind`` split makes, in page order, with their Norwegian headings.
    static let kindGroups: [(heading: String, kinds: Set<EntityKind>)] = [
        ("Kommuner, fylker og regioner", [.municipality, .countyMunicipality, .region]),
        ("Råd, fora og styrer", [.regionalCouncil, .forum, .board]),
        ("Selskaper", [.company]),
        ("Prosjekter, programmer og planer", [.project, .programme, .plan, .planGoal, .planAction]),
        ("Etater, institusjoner og organisasjoner", [.stateAgency, .institution, .organisation, .person, .position]),
        ("Anlegg, steder og arrangementer", [.facility, .site, .event]),
    ]

    /// The groups of relation types a ``relation`` split makes, in page order.
    static let relationGroups: [(heading: String, types: Set<RelationType>)] = [
        ("Medlemskap og eierskap", [.memberOf, .partOf, .owns, .representedIn, .boardMemberOf, .locatedIn, .holdsPositionIn]),
        ("Ledelse, sekretariat og vertskap", [.leads, .secretariatFor, .hosts, .advises, .responsibleFor, .concerns]),
        ("Samarbeid, prosjekter og finansiering", [.participatesIn, .partnerOf, .funds, .initiated, .adopted]),
    ]

    /// Whether the rule can divide a view of `scope`.
    public func applies(to scope: DiagramView.Scope.Kind) -> Bool {
        switch self {
        case .region: scope == .overview
        case .goal: scope == .plan
        case .kind, .relation: scope != .overview && scope != .matrix && scope != .plan
        }
    }
}
