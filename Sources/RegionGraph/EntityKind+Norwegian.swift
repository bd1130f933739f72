extension EntityKind {
    /// The kind in Norwegian bokmål, the language of the data: "kommune", "regionråd".
    ///
    /// ```swift
    /// EntityKind.countyMunicipality.norwegianLabel   // "fylkeskommune"
    /// ```
    public var norwegianLabel: String {
        switch self {
        case .municipality: "kommune"
        case .countyMunicipality: "fylkeskommune"
        case .region: "region"
        case .regionalCouncil: "regionråd"
        case .forum: "forum"
        case .company: "selskap"
        case .project: "prosjekt"
        case .programme: "program"
        case .plan: "plan"
        case .planGoal: "planmål"
        case .planAction: "tiltak i en plan"
        case .board: "styre"
        case .stateAgency: "statlig etat"
        case .institution: "institusjon"
        case .organisation: "organisasjon"
        case .facility: "anlegg"
        case .site: "sted"
        case .event: "hendelse"
        case .person: "person"
        case .position: "verv"
        }
    }
}
