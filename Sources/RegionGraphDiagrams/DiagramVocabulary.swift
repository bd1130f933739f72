import RegionGraph

/// The Norwegian words diagrams use in legends and headers. Diagrams go into Norwegian plan
/// documents, so everything drawn reads in Norwegian; the command line stays in English.
///
/// ```swift
/// DiagramVocabulary.kind(.regionalCouncil)     // "regionråd"
/// DiagramVocabulary.relation(.secretariatFor)  // "sekretariat for"
/// ```
public enum DiagramVocabulary {
    /// The Norwegian name of an entity kind, as written in a legend.
    public static func kind(_ kind: EntityKind) -> String {
        switch kind {
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
        }
    }

    /// The Norwegian phrase for a relation type, read along the arrow.
    public static func relation(_ type: RelationType) -> String {
        switch type {
        case .memberOf: "medlem av"
        case .partOf: "del av"
        case .owns: "eier"
        case .participatesIn: "deltar i"
        case .partnerOf: "partner i"
        case .secretariatFor: "sekretariat for"
        case .leads: "leder"
        case .boardMemberOf: "styremedlem i"
        case .responsibleFor: "ansvarlig for"
        case .representedIn: "representert i"
        case .locatedIn: "ligger i"
        case .funds: "finansierer"
        case .hosts: "vertskap for"
        case .adopted: "vedtok"
        case .advises: "gir råd til"
        case .initiated: "tok initiativ til"
        case .holdsPositionIn: "har verv i"
        }
    }

    /// The title of a view drawn without one: the entity's name for a scope around an entity,
    /// the question it answers for the overview and the whole network.
    public static func title(of scope: DiagramView.Scope, focusName: String?) -> String {
        switch scope.kind {
        case .overview: "Hvilke kommuner sitter i hvilke råd, fora og selskaper"
        case .network: "Hele nettverket"
        case .neighbourhood, .members, .participants, .plan: focusName ?? "Diagram"
        }
    }

    /// The line under the title: which facts are drawn and how many.
    static func summary(date: PartialDate?, entities: Int, relations: Int) -> String {
        let when = date.map { "Fakta gyldige per \($0)" } ?? "Alle registrerte fakta"
        return "\(when) · \(entities) enheter, \(relations) relasjoner"
    }

    static let sourcesHeading = "Kilder (tallene i hakeparentes på pilene):"
    static let singleSourceHeading = "Kilde for alle relasjonene:"
}
