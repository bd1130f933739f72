import RegionGraph

/// The Norwegian words diagrams use in titles, headers and legends beyond the names of kinds
/// and relations (``EntityKind/label(in:)``, ``RelationType/label(in:)``, the same words the
/// command line answers in). Diagrams go into Norwegian plan documents, so everything drawn
/// reads in Norwegian.
///
/// ```swift
/// DiagramVocabulary.title(of: .members(of: "fjellregionen"), in: network)
/// // "Medlemmer i Regionrådet for Fjellregionen"
/// ```
public enum DiagramVocabulary {
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
