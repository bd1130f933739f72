import RegionGraph

/// A small network in the shape of the shipped data, built in code (the same as the core
/// tests' fixture, with a county so the overview has clusters).
enum DiagramFixture {
    static let document = SourceDocument(
        id: "doc", title: "Samfunnsutvikling", publisher: "Røros kommune",
        date: try! PartialDate(parsing: "2022-12-20"))

    static func citation(_ quote: String) -> [Citation] {
        [Citation(document: "doc", quote: quote)]
    }

    static let entities: [Entity] = [
        Entity(id: "roros", kind: .municipality, name: "Røros kommune", shortName: "Røros",
               aliases: ["Rossen tjïelte"], citations: citation("Røros kommune")),
        Entity(id: "holtalen", kind: .municipality, name: "Holtålen kommune", shortName: "Holtålen"),
        Entity(id: "os", kind: .municipality, name: "Os kommune", shortName: "Os"),
        Entity(id: "alvdal", kind: .municipality, name: "Alvdal kommune", shortName: "Alvdal"),
        Entity(id: "ostersund", kind: .municipality, name: "Østersund kommune", shortName: "Østersund", country: "SE"),
        Entity(id: "ipr", kind: .regionalCouncil, name: "Interkommunalt politisk råd Trøndelag Sør",
               validity: Validity(start: PartialDate(year: 2017))),
        Entity(id: "destinasjon-roros", kind: .company, name: "Destinasjon Røros"),
        Entity(id: "roros-lufthavn", kind: .facility, name: "Røros Lufthavn"),
        Entity(id: "green-flyway", kind: .project, name: "Green Flyway"),
        Entity(id: "verdensarvradet", kind: .board, name: "Verdensarvrådet"),
        Entity(id: "plan", kind: .plan, name: "Handlingsplan 2019-2020",
               validity: Validity(start: PartialDate(year: 2019), end: PartialDate(year: 2020))),
        Entity(id: "au", kind: .board, name: "Arbeidsutvalget"),
        Entity(id: "action", kind: .planAction, name: "Delta i Jernbaneforum"),
        Entity(id: "trondelag", kind: .countyMunicipality, name: "Trøndelag fylkeskommune"),
        Entity(id: "hostile", kind: .forum, name: #"Rådet "A"]; a -> b [ <b>&amp;</b> C:\N"#),
    ]

    static let relations: [(EntityID, RelationType, EntityID, String?, Validity)] = [
        ("holtalen", .memberOf, "ipr", nil, .always),
        ("roros", .memberOf, "ipr", nil, .always),
        ("roros", .owns, "destinasjon-roros", nil, .always),
        ("holtalen", .owns, "destinasjon-roros", nil, .always),
        ("os", .owns, "destinasjon-roros", nil, .always),
        ("alvdal", .owns, "destinasjon-roros", nil, .always),
        ("roros", .owns, "green-flyway", "prosjekteier", .always),
        ("ostersund", .owns, "green-flyway", "prosjekteier", .always),
        ("roros-lufthavn", .participatesIn, "green-flyway", "sentral rolle", .always),
        ("roros", .representedIn, "verdensarvradet", "ordfører", .always),
        ("holtalen", .representedIn, "verdensarvradet", "ordfører", .always),
        ("os", .representedIn, "verdensarvradet", "ordfører", .always),
        ("action", .partOf, "plan", nil, .always),
        ("roros", .partOf, "trondelag", nil, .always),
        ("holtalen", .partOf, "trondelag", nil, .always),
        ("alvdal", .memberOf, "hostile", #"leder "x" \ <y>"#, .always),
        ("au", .responsibleFor, "action", nil,
         Validity(start: PartialDate(year: 2019), end: PartialDate(year: 2020))),
    ]

    static var network: Network {
        Network(
            entities: entities,
            relations: relations.enumerated().map { index, relation in
                Relation(id: RelationID(rawValue: index), from: relation.0, type: relation.1,
                         to: relation.2, role: relation.3, validity: relation.4,
                         citations: citation("fact \(index)"))
            },
            documents: [document])
    }
}
