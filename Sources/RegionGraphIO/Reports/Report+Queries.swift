import RegionGraph

extension Report {
    /// The members of `body` (``Network/members(of:)``).
    public static func members(of body: Entity, in network: Network) -> Report {
        affiliations(
            network.members(of: body.id), in: network,
            title: "Members of \(body.name) (\(body.id))", noun: "member")
    }

    /// What `entity` belongs to (``Network/memberships(of:)``).
    public static func memberships(of entity: Entity, in network: Network) -> Report {
        affiliations(
            network.memberships(of: entity.id), in: network,
            title: "Memberships of \(entity.name) (\(entity.id))", noun: "membership")
    }

    /// Everyone taking part in `entity` (``Network/participants(in:)``).
    public static func participants(in entity: Entity, in network: Network) -> Report {
        affiliations(
            network.participants(in: entity.id), in: network,
            title: "Participants in \(entity.name) (\(entity.id))", noun: "participant")
    }

    static func affiliations(
        _ rows: [Affiliation], in network: Network, title: String, noun: String
    ) -> Report {
        Report(
            title: title,
            columns: ["Name", "Kind", "Relation", "Role", "Period", "Id"],
            rows: rows.map { row in
                Row(
                    cells: [
                        row.entity.name, row.entity.kind.rawValue, row.relation.type.rawValue,
                        row.relation.role ?? "", period(of: row.relation), row.entity.id.rawValue,
                    ],
                    sources: sourceLines(of: [row.relation], in: network),
                    object: entityObject(row.entity, extra: relationFields(row.relation, in: network)))
            },
            footer: [count(rows.count, noun)])
    }

    /// What all of `entities` belong to or take part in (``Network/shared(by:)``).
    public static func shared(by entities: [Entity], in network: Network) -> Report {
        let answers = network.shared(by: entities.map(\.id))
        let names = entities.map { $0.shortName ?? $0.name }
        var columns = ["Name", "Kind"]
        columns += names.map { "\($0)" }
        columns.append("Id")
        return Report(
            title: "Shared by \(names.joined(separator: ", "))",
            columns: columns,
            rows: answers.map { answer in
                let how = answer.links.map { link in
                    link.relations.map { relation in
                        relation.type.rawValue + (relation.role.map { " (\($0))" } ?? "")
                    }.joined(separator: "; ")
                }
                let relations = answer.links.flatMap(\.relations)
                let linkObjects: [JSONValue] = answer.links.flatMap { link in
                    link.relations.map { relation in
                        .object([("from", .string(link.entity.rawValue))] + relationFields(relation, in: network))
                    }
                }
                return Row(
                    cells: [answer.entity.name, answer.entity.kind.rawValue] + how + [answer.entity.id.rawValue],
                    sources: sourceLines(of: relations, in: network),
                    object: entityObject(answer.entity, extra: [
                        ("relation", .string(Set(relations.map(\.type.rawValue)).sorted().joined(separator: ","))),
                        ("relations", .array(linkObjects)),
                        ("sources", .array(unique(relations.flatMap(\.citations)).map { citationObject($0, in: network) })),
                    ]))
            },
            footer: [count(answers.count, "shared body", plural: "shared bodies")])
    }

    /// The shortest chain of relations between two entities (``Network/path(from:to:)``).
    public static func path(_ steps: [PathStep], from start: Entity, to goal: Entity, in network: Network) -> Report {
        Report(
            title: "Path from \(start.name) to \(goal.name)",
            columns: ["Step", "From", "Relation", "To", "Role"],
            rows: steps.enumerated().map { index, step in
                let relation = step.isForward ? "—\(step.relation.type.rawValue)→" : "←\(step.relation.type.rawValue)—"
                return Row(
                    cells: [String(index + 1), step.from.name, relation, step.to.name, step.relation.role ?? ""],
                    sources: sourceLines(of: [step.relation], in: network),
                    object: entityObject(step.to, extra: [
                        ("step", .integer(index + 1)),
                        ("from", .string(step.from.id.rawValue)),
                        ("direction", .string(step.isForward ? "forward" : "backward")),
                    ] + relationFields(step.relation, in: network)))
            },
            footer: [count(steps.count, "step")])
    }

    /// Entities matching a search text (``Network/search(_:limit:)``).
    public static func search(_ hits: [SearchHit], for text: String, in network: Network) -> Report {
        Report(
            title: "Search for '\(text)'",
            columns: ["Name", "Kind", "Match", "Matched name", "Id"],
            rows: hits.map { hit in
                Row(
                    cells: [hit.entity.name, hit.entity.kind.rawValue, hit.match.description,
                            hit.matchedName == hit.entity.name ? "" : hit.matchedName, hit.entity.id.rawValue],
                    sources: citationLines(hit.entity.citations, in: network),
                    object: entityObject(hit.entity, extra: [
                        ("match", .string(hit.match.description)),
                        ("matched_name", .string(hit.matchedName)),
                        ("sources", .array(hit.entity.citations.map { citationObject($0, in: network) })),
                    ]))
            },
            footer: [count(hits.count, "match", plural: "matches")])
    }

    // MARK: Building blocks

    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    static func unique(_ citations: [Citation]) -> [Citation] {
        var seen = Set<Citation>()
        return citations.filter { seen.insert($0).inserted }
    }

    /// `2019–2020`, with `as of 2015-01-01` when the source states the fact for a date, and
    /// `inferred` when the relation is a reading of its source.
    static func period(of relation: Relation) -> String {
        var parts: [String] = []
        if !relation.validity.isUnbounded { parts.append(relation.validity.description) }
        if let asOf = relation.asOf { parts.append("as of \(asOf)") }
        if relation.certainty == .inferred { parts.append("inferred") }
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
                ("quote", .optional(citation.quote)),
            ])
        }
        return .object([
            ("reference", .optional(citation.reference ?? citation.document?.rawValue)),
            ("quote", .optional(citation.quote)),
        ])
    }

    /// `Samfunnsutvikling (Røros kommune, 2022-12-20): "Røros kommune er prosjekteier på norsk side"`
    public static func citationLine(_ citation: Citation, in network: Network) -> String {
        var text: String
        if let id = citation.document, let document = network.document(id) {
            text = document.reference
        } else {
            text = citation.reference ?? citation.document?.rawValue ?? "unknown source"
        }
        if let quote = citation.quote {
            text += ": \"" + quote.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\""
        }
        return text
    }

    static func citationLines(_ citations: [Citation], in network: Network) -> [String] {
        unique(citations).map { citationLine($0, in: network) }
    }

    /// The source lines of relations: first, for each inferred one, "(inferred: NOTE)", then
    /// their citations.
    static func sourceLines(of relations: [Relation], in network: Network) -> [String] {
        relations.filter { $0.certainty == .inferred }.map { "(inferred: \($0.note ?? "no note"))" }
            + (relations.contains { $0.citations.isEmpty } ? ["(no source)"] : [])
            + citationLines(relations.flatMap(\.citations), in: network)
    }
}
