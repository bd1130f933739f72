import RegionGraph

/// Writes a network as Popolo JSON (<https://www.popoloproject.com>): persons, organizations,
/// areas and memberships, the shape tools for people-and-organisation data read.
///
/// How the network maps to Popolo:
///
/// - `persons`: entities of kind `person` (`summary` is the description).
/// - `organizations`: entities of the body kinds except `region` (municipalities, county
///   municipalities, councils, forums, companies, boards, state agencies, institutions,
///   organisations, projects, programmes), `classification` = the kind, `founding_date` /
///   `dissolution_date` = the validity as written (Popolo allows `YYYY` and `YYYY-MM`).
/// - `areas`: regions and county municipalities — a county municipality is both an
///   organization and the county's area, under the same id (`area_id` links them); a region
///   is an area only. `classification` is `region` or `county`.
/// - `memberships`: the relations that make a person or organization a member of an
///   organization: `member_of`, `board_member_of`, `represented_in`, `holds_position_in` and
///   `owns` (an owner as member, role such as `prosjekteier`). Each has `member`
///   (`{"@type": "Person"|"Organization", "id"}`), `member_id`, `person_id` for persons,
///   `organization_id`, `role`, `start_date`, `end_date`, `sources` and `x_type` (the relation
///   type), `x_as_of` and `x_note`.
/// - `part_of` is not a membership: a municipality is part of a region (an area), a plan
///   action of a plan goal, a project of a programme. It goes, with every other relation that is
///   not a membership (`participates_in`, `partner_of`, `responsible_for`, `located_in`, …, or a
///   membership type whose ends are not a member and an organization), into the extension
///   array `x_relations` (`id`, `from_id`, `type`, `to_id`, `role`, `start_date`, `end_date`,
///   `as_of`, `note`, `sources`).
/// - Entities that are neither (plans, plan goals and actions, facilities, sites, events) go
///   into the extension array `x_entities`, so that every `x_relations` end is found.
///
/// Names: `other_names` holds the short name (`note: "short name"`) and the aliases
/// (`note: "alias"`). `identifiers` come from the attributes `municipality_number` or
/// `kommunenummer` (scheme `kommunenummer`), `county_number` or `fylkesnummer` (`fylkesnummer`)
/// and `organisation_number`, `organization_number`, `organisasjonsnummer` or `orgnr`
/// (`orgnr`); every attribute is also kept in `x_attributes`. A source is
/// `{"note": "Title (Publisher, date)", "quote": "…", "x_document_id": "…"}`, or for a
/// free-text reference `{"url": …}` when it is a web address and `{"note": …}` otherwise.
/// Membership and relation ids are the export's relation keys (`r1`, `r2`, …).
///
/// ```swift
/// let popolo = PopoloExporter.text(of: network)
/// ```
public enum PopoloExporter {
    /// The relation types that become memberships when they go from a person or organization
    /// to an organization.
    public static let membershipTypes: Set<RelationType> = [
        .memberOf, .boardMemberOf, .representedIn, .holdsPositionIn, .owns,
    ]

    /// The attributes read as issued identifiers, with their scheme.
    public static let identifierSchemes: [(attribute: String, scheme: String)] = [
        ("municipality_number", "kommunenummer"), ("kommunenummer", "kommunenummer"),
        ("county_number", "fylkesnummer"), ("fylkesnummer", "fylkesnummer"),
        ("organisation_number", "orgnr"), ("organization_number", "orgnr"),
        ("organisasjonsnummer", "orgnr"), ("orgnr", "orgnr"),
    ]

    /// Where an entity goes in Popolo.
    enum Role {
        case person, organization, area, organizationAndArea, other
    }

    static func role(of kind: EntityKind) -> Role {
        switch kind {
        case .person: .person
        case .region: .area
        case .countyMunicipality: .organizationAndArea
        default: kind.isBody ? .organization : .other
        }
    }

    /// The Popolo document as a JSON value, every element made: the value ``write(_:to:)``
    /// writes.
    public static func value(of network: Network) -> JSONValue {
        document(of: network).value
    }

    /// The Popolo document as pretty-printed JSON text ending with a newline: the bytes
    /// ``write(_:to:)`` writes.
    public static func text(of network: Network) -> String {
        String(decoding: ByteSink.collect { write(network, to: $0) }, as: UTF8.self)
    }

    /// Writes the Popolo document into `sink` one element at a time.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "popolo.json") { sink in PopoloExporter.write(network, to: sink) }
    /// ```
    public static func write(_ network: Network, to sink: ByteSink) {
        document(of: network).write(to: sink)
    }

    /// The document: which entities and relations go into which array is decided first (as
    /// positions), the elements are made as they are written.
    static func document(of network: Network) -> JSONDocument {
        let content = ExportContent(network)
        var persons: [Int32] = []
        var organizations: [Int32] = []
        var areas: [Int32] = []
        var others: [Int32] = []
        for (index, entity) in content.entities.enumerated() {
            switch role(of: entity.kind) {
            case .person: persons.append(Int32(index))
            case .organization: organizations.append(Int32(index))
            case .organizationAndArea:
                organizations.append(Int32(index))
                areas.append(Int32(index))
            case .area: areas.append(Int32(index))
            case .other: others.append(Int32(index))
            }
        }
        let roles = content.entities.map { role(of: $0.kind) }
        var memberships: [Int32] = []
        var relations: [Int32] = []
        for index in 0..<content.relationCount {
            let position = Int(content.relationOrder[index])
            let relationType = network.relationType(atPosition: position)
            let (from, to) = network.relationEnds(atPosition: position)
            let memberRole = roles[from]
            let organizationRole = roles[to]
            let isMember = memberRole == .person || memberRole == .organization || memberRole == .organizationAndArea
            let isOrganization = organizationRole == .organization || organizationRole == .organizationAndArea
            if membershipTypes.contains(relationType), isMember, isOrganization {
                memberships.append(Int32(index))
            } else {
                relations.append(Int32(index))
            }
        }
        func entityElement(_ positions: [Int32], _ make: @escaping (Entity) -> JSONValue) -> JSONDocument.Member {
            .elements(count: positions.count) { make(content.entities[Int(positions[$0])]) }
        }
        return JSONDocument(members: [
            ("persons", entityElement(persons) { person($0, in: network) }),
            ("organizations", entityElement(organizations) { organization($0, in: network) }),
            ("areas", entityElement(areas) { area($0, in: network) }),
            ("memberships", .elements(count: memberships.count) { element in
                let index = Int(memberships[element])
                return membership(index, content.relation(index), in: network)
            }),
            ("x_entities", entityElement(others) { other($0, in: network) }),
            ("x_relations", .elements(count: relations.count) { element in
                let index = Int(relations[element])
                return otherRelation(index, content.relation(index), in: network)
            }),
        ])
    }

    static func sources(_ citations: [Citation], in network: Network) -> JSONValue {
        .array(citations.map { source($0, in: network) })
    }

    static func attributes(_ entity: Entity) -> JSONValue {
        .object(entity.attributes.keys.sorted(by: ExportContent.scalarOrder).map { ($0, .string(entity.attributes[$0]!)) })
    }

    static func person(_ entity: Entity, in network: Network) -> JSONValue {
        .object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("other_names", otherNames(entity)),
            ("identifiers", identifiers(entity)),
            ("summary", .optional(entity.description)),
            ("sources", sources(entity.citations, in: network)),
            ("x_attributes", attributes(entity)),
        ])
    }

    static func organization(_ entity: Entity, in network: Network) -> JSONValue {
        let isArea = role(of: entity.kind) == .organizationAndArea
        return .object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("other_names", otherNames(entity)),
            ("identifiers", identifiers(entity)),
            ("classification", .string(entity.kind.rawValue)),
            ("description", .optional(entity.description)),
            ("founding_date", .optional(entity.validity.start?.description)),
            ("dissolution_date", .optional(entity.validity.end?.description)),
            ("area_id", isArea ? .string(entity.id.rawValue) : nil),
            ("sources", sources(entity.citations, in: network)),
            ("x_country", .string(entity.country)),
            ("x_attributes", attributes(entity)),
        ])
    }

    static func other(_ entity: Entity, in network: Network) -> JSONValue {
        .object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("other_names", otherNames(entity)),
            ("classification", .string(entity.kind.rawValue)),
            ("description", .optional(entity.description)),
            ("start_date", .optional(entity.validity.start?.description)),
            ("end_date", .optional(entity.validity.end?.description)),
            ("sources", sources(entity.citations, in: network)),
            ("x_attributes", attributes(entity)),
        ])
    }

    static func membership(_ index: Int, _ relation: Relation, in network: Network) -> JSONValue {
        let isPerson = network.entity(relation.from).map { role(of: $0.kind) } == .person
        return .object([
            ("id", .string(ExportContent.relationKey(index))),
            ("member", .object([
                ("@type", .string(isPerson ? "Person" : "Organization")),
                ("id", .string(relation.from.rawValue)),
            ])),
            ("member_id", .string(relation.from.rawValue)),
            ("person_id", isPerson ? .string(relation.from.rawValue) : nil),
            ("organization_id", .string(relation.to.rawValue)),
            ("role", .optional(relation.role)),
            ("start_date", .optional(relation.validity.start?.description)),
            ("end_date", .optional(relation.validity.end?.description)),
            ("sources", sources(relation.citations, in: network)),
            ("x_type", .string(relation.type.rawValue)),
            ("x_as_of", .optional(relation.asOf?.description)),
            ("x_note", .optional(relation.note)),
            ("x_certainty", .optional(relation.certainty == .inferred ? "inferred" : nil)),
        ])
    }

    static func otherRelation(_ index: Int, _ relation: Relation, in network: Network) -> JSONValue {
        .object([
            ("id", .string(ExportContent.relationKey(index))),
            ("from_id", .string(relation.from.rawValue)),
            ("type", .string(relation.type.rawValue)),
            ("to_id", .string(relation.to.rawValue)),
            ("role", .optional(relation.role)),
            ("start_date", .optional(relation.validity.start?.description)),
            ("end_date", .optional(relation.validity.end?.description)),
            ("as_of", .optional(relation.asOf?.description)),
            ("note", .optional(relation.note)),
            ("certainty", .optional(relation.certainty == .inferred ? "inferred" : nil)),
            ("sources", sources(relation.citations, in: network)),
        ])
    }

    static func area(_ entity: Entity, in network: Network) -> JSONValue {
        area(entity, names: otherNames(entity), identifiers: identifiers(entity), sources: sources(entity.citations, in: network))
    }

    static func area(_ entity: Entity, names: JSONValue, identifiers: JSONValue, sources: JSONValue) -> JSONValue {
        .object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("other_names", names),
            ("identifiers", identifiers),
            ("classification", .string(entity.kind == .countyMunicipality ? "county" : entity.kind.rawValue)),
            ("sources", sources),
        ])
    }

    static func otherNames(_ entity: Entity) -> JSONValue {
        var names: [JSONValue] = []
        if let short = entity.shortName {
            names.append(.object([("name", .string(short)), ("note", .string("short name"))]))
        }
        for alias in entity.aliases {
            names.append(.object([("name", .string(alias)), ("note", .string("alias"))]))
        }
        return .array(names)
    }

    static func identifiers(_ entity: Entity) -> JSONValue {
        .array(identifierSchemes.compactMap { attribute, scheme in
            entity.attributes[attribute].map {
                .object([("identifier", .string($0)), ("scheme", .string(scheme))])
            }
        })
    }

    /// A Popolo source (a link): the document's reference as `note`, its address as `url`
    /// when it has one, the quote, the document id; or a free-text reference as `url` when it
    /// is a web address, else as `note`.
    static func source(_ citation: Citation, in network: Network) -> JSONValue {
        if let id = citation.document {
            return .object([
                ("url", .optional(network.document(id)?.url)),
                ("note", .string(network.document(id)?.reference ?? id.rawValue)),
                ("quote", .optional(citation.quote)),
                ("x_document_id", .string(id.rawValue)),
            ])
        }
        let reference = citation.reference ?? ""
        let lowered = reference.lowercased()
        let isURL = (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
            && !reference.unicodeScalars.contains { $0.properties.isWhitespace }
        return .object([
            (isURL ? "url" : "note", .string(reference)),
            ("quote", .optional(citation.quote)),
        ])
    }
}
