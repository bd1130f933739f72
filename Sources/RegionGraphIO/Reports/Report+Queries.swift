import RegionGraph

extension Report {
    /// The members of `body` (``Network/members(of:)``), with headers and words in `language`.
    public static func members(of body: Entity, in network: Network, language: Language = .english) -> Report {
        affiliations(
            network.members(of: body.id), in: network,
            title: language.text(en: "Members of", nb: "Medlemmer i") + " \(body.name) (\(body.id))",
            count: { language.count($0, en: "member", nb: "medlem", plural: "medlemmer") }, language: language)
    }

    /// What `entity` belongs to (``Network/memberships(of:)``).
    public static func memberships(of entity: Entity, in network: Network, language: Language = .english) -> Report {
        affiliations(
            network.memberships(of: entity.id), in: network,
            title: language.text(en: "Memberships of \(entity.name)", nb: "Hva \(entity.name) er med i") + " (\(entity.id))",
            count: { language.count($0, en: "membership", nb: "medlemskap", plural: "medlemskap") }, language: language)
    }

    /// Everyone taking part in `entity` (``Network/participants(in:)``).
    public static func participants(in entity: Entity, in network: Network, language: Language = .english) -> Report {
        affiliations(
            network.participants(in: entity.id), in: network,
            title: language.text(en: "Participants in", nb: "Deltakere i") + " \(entity.name) (\(entity.id))",
            count: { language.count($0, en: "participant", nb: "deltaker", plural: "deltakere") }, language: language)
    }

    static func affiliations(
        _ rows: [Affiliation], in network: Network, title: String, count: (Int) -> String, language: Language
    ) -> Report {
        var report = Report(
            title: title,
            columns: [
                language.text(en: "Name", nb: "Navn"), language.text(en: "Kind", nb: "Type"),
                language.text(en: "Relation", nb: "Relasjon"), language.text(en: "Role", nb: "Rolle"),
                language.text(en: "Period", nb: "Periode"), "Id",
            ],
            rows: rows.map { row in
                Row(
                    cells: [
                        row.entity.name, row.entity.kind.label(in: language), row.relation.type.label(in: language),
                        row.relation.role ?? "", period(of: row.relation, in: language), row.entity.id.rawValue,
                    ],
                    sources: sourceLines(of: [row.relation], in: network, language: language),
                    object: entityObject(row.entity, extra: relationFields(row.relation, in: network)))
            },
            footer: [count(rows.count)])
        report.language = language
        return report
    }

    /// What all of `entities` belong to or take part in (``Network/shared(by:)``).
    public static func shared(by entities: [Entity], in network: Network, language: Language = .english) -> Report {
        let answers = network.shared(by: entities.map(\.id))
        let names = entities.map { $0.shortName ?? $0.name }
        var columns = [language.text(en: "Name", nb: "Navn"), language.text(en: "Kind", nb: "Type")]
        columns += names.map { "\($0)" }
        columns.append("Id")
        var report = Report(
            title: language.text(en: "Shared by", nb: "Felles for") + " \(names.joined(separator: ", "))",
            columns: columns,
            rows: answers.map { answer in
                let how = answer.links.map { link in
                    link.relations.map { relation in
                        relation.type.label(in: language) + (relation.role.map { " (\($0))" } ?? "")
                    }.joined(separator: "; ")
                }
                let relations = answer.links.flatMap(\.relations)
                return Row(
                    cells: [answer.entity.name, answer.entity.kind.label(in: language)] + how + [answer.entity.id.rawValue],
                    sources: sourceLines(of: relations, in: network, language: language)
                ) {
                    let linkObjects: [JSONValue] = answer.links.flatMap { link in
                        link.relations.map { relation in
                            .object([("from", .string(link.entity.rawValue))] + relationFields(relation, in: network))
                        }
                    }
                    return entityObject(answer.entity, extra: [
                        ("relation", .string(Set(relations.map(\.type.rawValue)).sorted().joined(separator: ","))),
                        ("relations", .array(linkObjects)),
                        ("sources", .array(unique(relations.flatMap(\.citations)).map { citationObject($0, in: network) })),
                    ])
                }
            },
            footer: [language.count(
                answers.count, en: "shared body", enPlural: "shared bodies", nb: "felles enhet", plural: "felles enheter")])
        report.language = language
        return report
    }

    /// The shortest chain of relations between two entities (``Network/path(from:to:)``).
    public static func path(
        _ steps: [PathStep], from start: Entity, to goal: Entity, in network: Network, language: Language = .english
    ) -> Report {
        var report = Report(
            title: language.text(en: "Path from \(start.name) to \(goal.name)", nb: "Vei fra \(start.name) til \(goal.name)"),
            columns: [
                language.text(en: "Step", nb: "Steg"), language.text(en: "From", nb: "Fra"),
                language.text(en: "Relation", nb: "Relasjon"), language.text(en: "To", nb: "Til"),
                language.text(en: "Role", nb: "Rolle"),
            ],
            rows: steps.enumerated().map { index, step in
                let label = step.relation.type.label(in: language)
                let relation = step.isForward ? "—\(label)→" : "←\(label)—"
                return Row(
                    cells: [String(index + 1), step.from.name, relation, step.to.name, step.relation.role ?? ""],
                    sources: sourceLines(of: [step.relation], in: network, language: language),
                    object: entityObject(step.to, extra: [
                        ("step", .integer(index + 1)),
                        ("from", .string(step.from.id.rawValue)),
                        ("direction", .string(step.isForward ? "forward" : "backward")),
                    ] + relationFields(step.relation, in: network)))
            },
            footer: [language.count(steps.count, en: "step", nb: "steg", plural: "steg")])
        report.language = language
        return report
    }

    /// Entities matching a search text (``Network/search(_:limit:)``).
    public static func search(
        _ hits: [SearchHit], for text: String, in network: Network, language: Language = .english
    ) -> Report {
        var report = Report(
            title: language.text(en: "Search for '\(text)'", nb: "Søk etter «\(text)»"),
            columns: [
                language.text(en: "Name", nb: "Navn"), language.text(en: "Kind", nb: "Type"),
                language.text(en: "Match", nb: "Treff"), language.text(en: "Matched name", nb: "Navnet som passet"), "Id",
            ],
            rows: hits.map { hit in
                Row(
                    cells: [hit.entity.name, hit.entity.kind.label(in: language), hit.match.label(in: language),
                            hit.matchedName == hit.entity.name ? "" : hit.matchedName, hit.entity.id.rawValue],
                    sources: citationLines(hit.entity.citations, in: network, language: language),
                    object: entityObject(hit.entity, extra: [
                        ("match", .string(hit.match.description)),
                        ("matched_name", .string(hit.matchedName)),
                        ("sources", .array(hit.entity.citations.map { citationObject($0, in: network) })),
                    ]))
            },
            footer: [language.count(hits.count, en: "match", enPlural: "matches", nb: "treff", plural: "treff")])
        report.language = language
        return report
    }

    // MARK: Building blocks

    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    static func unique(_ citations: [Citation]) -> [Citation] {
        var seen = Set<Citation>()
        return citations.filter { seen.insert($0).inserted }
    }

    /// `2019–2020`, with `as of 2015-01-01` (`per 2015-01-01`) when the source states the fact
    /// for a date, and `inferred` (`antatt`) when the relation is a reading of its source.
    static func period(of relation: Relation, in language: Language = .english) -> String {
        var parts: [String] = []
        if !relation.validity.isUnbounded { parts.append(relation.validity.description) }
        if let asOf = relation.asOf { parts.append(language.text(en: "as of", nb: "per") + " \(asOf)") }
        if relation.certainty == .inferred { parts.append(language.text(en: "inferred", nb: "antatt")) }
        return parts.joined(separator: ", ")
    }

    static func entityObject(_ entity: Entity, extra: [(String, JSONValue?)] = []) -> JSONValue {
        .object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("kind", .string(entity.kind.rawValue)),
        ] + extra)
    }

    static func relationFields(_ relation: Relation, in network: Network) -> [(String, JSONValue?)] {
        [
            ("relation", .string(relation.type.rawValue)),
            ("role", relation.role.map { .string($0) } ?? .null),
            ("start", .optional(relation.validity.start?.description)),
            ("end", .optional(relation.validity.end?.description)),
            ("as_of", .optional(relation.asOf?.description)),
            ("note", .optional(relation.note)),
            ("certainty", .optional(relation.certainty == .inferred ? "inferred" : nil)),
            ("sources", .array(relation.citations.map { citationObject($0, in: network) })),
        ]
    }

    static func citationObject(_ citation: Citation, in network: Network) -> JSONValue {
        if let id = citation.document, let document = network.document(id) {
            return .object([
                ("document", .string(id.rawValue)),
                ("title", .string(document.title)),
                ("publisher", .optional(document.publisher)),
                ("date", .optional(document.date?.description)),
                ("url", .optional(document.url)),
                ("quote", .optional(citation.quote)),
            ])
        }
        return .object([
            ("reference", .optional(citation.reference ?? citation.document?.rawValue)),
            ("quote", .optional(citation.quote)),
        ])
    }

    /// `Samfunnsutvikling (Røros kommune, 2022-12-20): "Røros kommune er prosjekteier på norsk side"`
    public static func citationLine(_ citation: Citation, in network: Network, language: Language = .english) -> String {
        var text: String
        if let id = citation.document, let document = network.document(id) {
            text = document.reference + (document.url.map { " <\($0)>" } ?? "")
        } else {
            text = citation.reference ?? citation.document?.rawValue ?? language.text(en: "unknown source", nb: "ukjent kilde")
        }
        if let quote = citation.quote {
            text += ": \"" + quote.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\""
        }
        return text
    }

    static func citationLines(_ citations: [Citation], in network: Network, language: Language = .english) -> [String] {
        unique(citations).map { citationLine($0, in: network, language: language) }
    }

    /// The source lines of relations: first, for each inferred one, "(inferred: NOTE)", then
    /// "(no source)" when one has none, then their citations.
    static func sourceLines(of relations: [Relation], in network: Network, language: Language = .english) -> [String] {
        relations.filter { $0.certainty == .inferred }.map {
            "(" + language.text(en: "inferred", nb: "antatt") + ": "
                + ($0.note ?? language.text(en: "no note", nb: "ingen merknad")) + ")"
        }
            + (relations.contains { $0.citations.isEmpty } ? [language.text(en: "(no source)", nb: "(uten kilde)")] : [])
            + citationLines(relations.flatMap(\.citations), in: network, language: language)
    }
}
