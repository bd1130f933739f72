import RegionGraph

extension Report {
    /// Everything known about one entity: names, attributes, validity, where it is described,
    /// and every relation in and out with its sources.
    public static func show(_ entity: Entity, in network: Network, language: Language = .english) -> Report {
        let word = language.text
        var facts: [(String, String)] = [(word("kind", "type"), entity.kind.label(in: language)), ("id", entity.id.rawValue)]
        if let short = entity.shortName { facts.append((word("short name", "kortnavn"), short)) }
        if !entity.aliases.isEmpty { facts.append((word("aliases", "andre navn"), entity.aliases.joined(separator: "; "))) }
        facts.append((word("country", "land"), entity.country))
        if !entity.validity.isUnbounded { facts.append((word("valid", "gyldig"), entity.validity.description)) }
        if let description = entity.description { facts.append((word("description", "beskrivelse"), description)) }
        for key in entity.attributes.keys.sorted() { facts.append((key, entity.attributes[key]!)) }
        let width = facts.map(\.0.count).max() ?? 0
        var title = [entity.name]
        title += facts.map { key, value in
            "  " + key + ":" + String(repeating: " ", count: width - key.count + 1)
                + value.split(separator: "\n").joined(separator: " ")
        }
        title += ["  " + word("described in:", "beskrevet i:")]
            + citationLines(entity.citations, in: network, language: language).map { "    " + plain($0) }

        let sorted = shown(for: entity, in: network)
        let outgoing = sorted.filter(\.2)
        let incoming = sorted.filter { !$0.2 }
        let rows = sorted.map { relation, other, isOutgoing in
            Row(
                cells: [
                    isOutgoing ? word("out", "ut") : word("in", "inn"),
                    isOutgoing ? relation.type.phrase(in: language) : relation.type.inversePhrase(in: language),
                    other.name, relation.role ?? "", period(of: relation, in: language), other.id.rawValue,
                ],
                sources: sourceLines(of: [relation], in: network, language: language),
                object: entityObject(other, extra: [("direction", .string(isOutgoing ? "out" : "in"))]
                    + relationFields(relation, in: network)))
        }
        let json = JSONValue.object([
            ("id", .string(entity.id.rawValue)),
            ("name", .string(entity.name)),
            ("kind", .string(entity.kind.rawValue)),
            ("short_name", .optional(entity.shortName)),
            ("aliases", .array(entity.aliases.map { .string($0) })),
            ("country", .string(entity.country)),
            ("description", .optional(entity.description)),
            ("attributes", .object(entity.attributes.keys.sorted().map { ($0, .string(entity.attributes[$0]!)) })),
            ("start", .optional(entity.validity.start?.description)),
            ("end", .optional(entity.validity.end?.description)),
            ("sources", .array(entity.citations.map { citationObject($0, in: network) })),
            ("relations", .array(rows.map { $0.object })),
        ])
        var report = Report(
            title: title.joined(separator: "\n") + "\n",
            columns: [
                word("Dir", "Retn"), word("Relation", "Relasjon"), word("Other", "Den andre"), word("Role", "Rolle"),
                word("Period", "Periode"), "Id",
            ],
            rows: rows,
            footer: [
                language.count(outgoing.count, en: "relation", nb: "relasjon", plural: "relasjoner")
                    + word(" out, ", " ut, ") + String(incoming.count) + word(" in", " inn"),
            ],
            json: json)
        report.language = language
        report.mainColumn = 2
        return report
    }

    /// The relations ``show(_:in:)`` lists, in its order: outgoing first, then by type, by the
    /// other end's name and by id.
    public static func relationsShown(for entity: Entity, in network: Network) -> [Relation] {
        shown(for: entity, in: network).map(\.0)
    }

    /// Each relation of `entity` with its other end and whether it goes out, in the order shown.
    private static func shown(for entity: Entity, in network: Network) -> [(Relation, Entity, Bool)] {
        let outgoing = network.relations(from: entity.id).compactMap { relation in
            network.entity(relation.to).map { (relation, $0, true) }
        }
        let incoming = network.relations(to: entity.id).compactMap { relation in
            network.entity(relation.from).map { (relation, $0, false) }
        }
        return (outgoing + incoming).sorted { lhs, rhs in
            if lhs.2 != rhs.2 { return lhs.2 }
            if lhs.0.type != rhs.0.type { return lhs.0.type < rhs.0.type }
            if lhs.1.id != rhs.1.id { return Entity.byName(lhs.1, rhs.1) }
            return lhs.0.id < rhs.0.id
        }
    }
}
