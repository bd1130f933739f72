extension EntityKind {
    /// A readable English label, as used in tables and legends: the raw value's words
    /// (`regional_council` → "regional council").
    public var label: String {
        rawValueWords
    }

    /// The kind's name for people, in `language`: "kommune", "regionråd"; "municipality",
    /// "regional council". The same words label the kinds in diagrams and in answers.
    ///
    /// ```swift
    /// EntityKind.countyMunicipality.label(in: .bokmal)    // "fylkeskommune"
    /// EntityKind.countyMunicipality.label(in: .english)   // "county municipality"
    /// ```
    public func label(in language: Language) -> String {
        guard language == .bokmal else { return label }
        return switch self {
        case .municipality: "kommune"
        case .countyMunicipality: "fylkeskommune"
        case .region: "region"
        case .regionalCouncil: "regionråd"
        case .forum: "forum / nettverk"
        case .company: "selskap"
        case .project: "prosjekt"
        case .programme: "program"
        case .plan: "plan"
        case .planGoal: "mål / innsatsområde"
        case .planAction: "tiltak"
        case .board: "styre / utvalg"
        case .stateAgency: "statlig etat"
        case .institution: "institusjon"
        case .organisation: "organisasjon"
        case .facility: "anlegg"
        case .site: "sted / område"
        case .event: "arrangement"
        case .person: "person"
        case .position: "stilling / verv"
        }
    }
}
