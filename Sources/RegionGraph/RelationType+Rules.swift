extension RelationType {
    private static let agents: Set<EntityKind> = Set(EntityKind.allCases.filter(\.isBody))
        .union([.person, .position])
    private static let bodies: Set<EntityKind> = Set(EntityKind.allCases.filter(\.isBody))
    private static let groups: Set<EntityKind> = [
        .regionalCouncil, .forum, .company, .board, .organisation, .programme, .project, .region,
        .institution, .stateAgency,
    ]
    private static let places: Set<EntityKind> = [
        .municipality, .countyMunicipality, .region, .site, .facility,
    ]
    private static let planParts: Set<EntityKind> = [.plan, .planGoal, .planAction]
    private static let everything = Set(EntityKind.allCases)

    /// The kinds a relation of this type may start at.
    public var allowedSources: Set<EntityKind> {
        switch self {
        case .memberOf: Self.agents.union([.event, .site, .facility])
        case .partOf: Self.everything.subtracting([.person, .position])
        case .participatesIn, .partnerOf: Self.agents.union([.facility, .site])
        case .owns, .leads, .boardMemberOf, .responsibleFor, .representedIn, .funds, .initiated,
            .advises:
            Self.agents
        case .secretariatFor, .adopted: Self.bodies
        case .locatedIn: Self.everything
        case .hosts: Self.agents.union([.facility, .site])
        case .holdsPositionIn: [.person, .position]
        case .concerns: Self.planParts.union([.project, .programme, .event])
        case .succeededBy: Self.bodies.union([.region])
        }
    }

    /// The kinds a relation of this type may end at.
    public var allowedTargets: Set<EntityKind> {
        switch self {
        case .memberOf, .boardMemberOf, .representedIn: Self.groups.union([.event])
        case .partOf: Self.everything.subtracting([.person, .position])
        case .owns: Self.everything.subtracting([.person, .position, .municipality, .countyMunicipality, .region])
        case .participatesIn, .partnerOf, .funds, .initiated, .hosts, .leads:
            Self.everything.subtracting([.person, .position])
        case .secretariatFor: Self.groups.union([.event])
        case .responsibleFor:
            Self.planParts.union([.project, .programme, .event, .site, .facility, .board, .forum])
        case .locatedIn: Self.places
        case .adopted: Self.planParts
        case .advises: Self.agents
        case .holdsPositionIn: Self.bodies
        case .concerns: Self.everything
        case .succeededBy: Self.bodies.union([.region])
        }
    }
}
