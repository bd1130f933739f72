/// A node of the collaboration network: a municipality, council, forum, company, project,
/// plan, person, ….
///
/// ```swift
/// let roros = try network.entity(named: "roros")
/// roros.name        // "Røros kommune"
/// roros.aliases     // ["Rossen tjïelte"]
/// ```
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: EntityID
    public var kind: EntityKind
    /// The official name, exactly as the sources write it.
    public var name: String
    /// The short name people use (`Røros` for `Røros kommune`).
    public var shortName: String?
    /// Other names, including names in South Sami.
    public var aliases: [String]
    /// ISO 3166 country code; `NO` unless the data says otherwise.
    public var country: String
    /// A short description; for a plan action, the full text of the action.
    public var description: String?
    /// Free attributes such as `population`, `area_km2` or `municipality_number`.
    public var attributes: [String: String]
    public var validity: Validity
    /// Where the entity is described.
    public var citations: [Citation]

    public init(
        id: EntityID, kind: EntityKind, name: String, shortName: String? = nil,
        aliases: [String] = [], country: String = "NO", description: String? = nil,
        attributes: [String: String] = [:], validity: Validity = .always,
        citations: [Citation] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.shortName = shortName
        self.aliases = aliases
        self.country = country
        self.description = description
        self.attributes = attributes
        self.validity = validity
        self.citations = citations
    }

    /// Every name the entity is known by: the official name, the short name and the aliases.
    public var allNames: [String] {
        [name] + (shortName.map { [$0] } ?? []) + aliases
    }
}
