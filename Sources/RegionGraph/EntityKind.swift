import Foundation

/// What sort of thing an ``Entity`` is.
///
/// The raw value is the spelling used in data files (`regional_council`). ``init(parsing:)`` also
/// accepts the short spellings found in spreadsheets (`council`, `county`, `network`).
///
/// ```swift
/// EntityKind(parsing: "council")   // .regionalCouncil
/// EntityKind.municipality.label    // "municipality"
/// ```
public enum EntityKind: String, CaseIterable, Sendable, Codable, Comparable {
    case municipality
    case countyMunicipality = "county_municipality"
    case region
    case regionalCouncil = "regional_council"
    case forum
    case company
    case project
    case programme
    case plan
    case planGoal = "plan_goal"
    case planAction = "plan_action"
    case board
    case stateAgency = "state_agency"
    case institution
    case organisation
    case facility
    case site
    case event
    case person
    /// A position or role held by someone not named, such as a regional adviser or "the
    /// mayor responsible": not a person.
    case position

    /// Reads a kind as people write it in data: the raw value, or a common synonym
    /// (`county`, `council`, `network`, `program`, `agency`, `hospital`, `goal`, `action`, …),
    /// in any case, with `-`, `_` or a space between words.
    public init?(parsing text: String) {
        if let exact = EntityKind(rawValue: text) {
            self = exact
            return
        }
        let key = String(String.UnicodeScalarView(
            text.lowercased().unicodeScalars.map { $0 == "-" || $0 == " " ? "_" : $0 }))
        if let kind = EntityKind(rawValue: key) {
            self = kind
            return
        }
        guard let kind = EntityKind.synonyms[key] else { return nil }
        self = kind
    }

    private static let synonyms: [String: EntityKind] = [
        "kommune": .municipality,
        "county": .countyMunicipality, "fylkeskommune": .countyMunicipality,
        "council": .regionalCouncil, "regionrad": .regionalCouncil,
        "network": .forum,
        "program": .programme,
        "goal": .planGoal, "action": .planAction, "tiltak": .planAction,
        "agency": .stateAgency,
        "role": .position, "stilling": .position, "verv": .position,
        "hospital": .institution,
        "organization": .organisation,
    ]

    /// Every spelling ``init(parsing:)`` accepts, for suggestions.
    public static var acceptedSpellings: [String] {
        allCases.map(\.rawValue) + synonyms.keys.sorted()
    }

    /// The order kinds are listed in: the declaration order.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Kinds that are bodies people or organisations can belong to.
    public var isBody: Bool {
        switch self {
        case .municipality, .countyMunicipality, .region, .regionalCouncil, .forum, .company,
            .board, .stateAgency, .institution, .organisation, .project, .programme:
            return true
        case .plan, .planGoal, .planAction, .facility, .site, .event, .person, .position:
            return false
        }
    }
}
