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
        case .position: "stilling / verv"
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
        case .concerns: "gjelder"
        }
    }

    /// The title of a view drawn without one, in Norwegian: the question it answers, with the
    /// names of the entities it is about.
    ///
    /// ```swift
    /// DiagramVocabulary.title(of: .shared(by: ["roros", "holtalen"]), in: network)
    /// // "Felles for Røros og Holtålen"
    /// ```
    public static func title(of scope: DiagramView.Scope, in network: Network) -> String {
        func name(_ id: EntityID) -> String {
            network.entity(id).map { $0.shortName ?? $0.name } ?? id.rawValue
        }
        func list(_ ids: [EntityID]) -> String {
            let names = ids.map(name)
            guard names.count > 1 else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + " og " + names.last!
        }
        return switch scope {
        case .overview, .matrix: "Hvilke kommuner sitter i hvilke råd, fora og selskaper"
        case .network: "Hele nettverket"
        case .neighbourhood(let ids, _): list(ids)
        case .members(let id): "Medlemmer i \(name(id))"
        case .memberships(let id): "Hva \(name(id)) er med i"
        case .participants(let id): "Deltakere i \(name(id))"
        case .plan(let id): network.entity(id)?.name ?? id.rawValue
        case .shared(let ids): "Felles for \(list(ids))"
        case .path(let from, let to): "Fra \(name(from)) til \(name(to))"
        }
    }

    /// The letter that marks a relation type in a membership matrix; each type has its own.
    public static func mark(_ type: RelationType) -> String {
        switch type {
        case .memberOf: "M"
        case .partOf: "I"
        case .owns: "E"
        case .participatesIn: "D"
        case .partnerOf: "P"
        case .secretariatFor: "K"
        case .leads: "L"
        case .boardMemberOf: "S"
        case .responsibleFor: "A"
        case .representedIn: "R"
        case .locatedIn: "B"
        case .funds: "F"
        case .hosts: "V"
        case .adopted: "T"
        case .advises: "G"
        case .initiated: "N"
        case .holdsPositionIn: "H"
        case .concerns: "C"
        }
    }

    /// The line under the title: which facts are drawn and how many.
    static func summary(date: PartialDate?, entities: Int, relations: Int) -> String {
        let when = date.map { "Fakta gyldige per \($0)" } ?? "Alle registrerte fakta"
        return "\(when) · \(entities) enheter, \(relations) relasjoner"
    }

    static let kindLegendHeading = "Typer enheter"
    /// The word on an inferred relation's edge, and its line in the legend.
    static let inferredMark = "(antatt)"
    static let inferredLegend = "Blek linje merket (antatt): en tolkning av kilden, ikke uttalt der"
    static let sourcesHeading = "Kilder (tallene i hakeparentes på pilene):"
    static let singleSourceHeading = "Kilde for alle relasjonene:"
}
