import RegionGraph

extension Report {
    /// The timeline of an entity (``Network/history(of:)``): date, event and the fact, with
    /// sources.
    ///
    /// ```swift
    /// let report = Report.history(of: bjugn, in: network, language: .bokmal)
    /// ```
    public static func history(of entity: Entity, in network: Network, language: Language = .english) -> Report {
        var report = timeline(
            network.history(of: entity.id), in: network, language: language,
            title: language.text(en: "History of", nb: "Historikk for") + " \(entity.name) (\(entity.id))")
        report.footer.insert(contentsOf: successionLines(of: entity, in: network, language: language), at: 0)
        return report
    }

    /// What changed in a period (``Network/changes(from:to:around:)``).
    public static func changes(
        from start: PartialDate, to end: PartialDate, around: Entity?, in network: Network, language: Language = .english
    ) -> Report {
        var title = language.text(en: "Changes from \(start) to \(end)", nb: "Endringer fra \(start) til \(end)")
        if let around { title += language.text(en: " around ", nb: " rundt ") + "\(around.name) (\(around.id))" }
        return timeline(
            network.changes(from: start, to: end, around: around?.id), in: network, language: language, title: title)
    }

    /// Events as a table: date, event, fact, id of the fact's subject.
    static func timeline(_ events: [TimelineEvent], in network: Network, language: Language, title: String) -> Report {
        let word = language.text
        var report = Report(
            title: title,
            columns: [word("Date", "Dato"), word("Event", "Hendelse"), word("Fact", "Faktum")],
            rows: events.map { event in
                let relations = [event.previous, event.relation].compactMap { $0 }
                var object: [(String, JSONValue?)] = [
                    ("date", .string(event.date.description)), ("event", .string(event.kind.rawValue)),
                    ("fact", .string(fact(of: event, in: network, language: language))),
                ]
                switch event.subject {
                case .entity(let entity):
                    object.append(("entity", entityObject(entity)))
                    object.append(("sources", .array(entity.citations.map { citationObject($0, in: network) })))
                case .relation(let relation):
                    object.append(("relation_id", .integer(relation.id.rawValue)))
                    object.append(("from", .string(relation.from.rawValue)))
                    object.append(("to", .string(relation.to.rawValue)))
                    object += relationFields(relation, in: network)
                    if let previous = event.previous {
                        object.append(("previous", .object(relationFields(previous, in: network))))
                    }
                }
                let sources: [String]
                if case .entity(let entity) = event.subject {
                    sources = citationLines(entity.citations, in: network, language: language)
                } else {
                    sources = sourceLines(of: relations, in: network, language: language)
                }
                return Row(
                    cells: [event.date.description, event.kind.label(in: language), fact(of: event, in: network, language: language)],
                    sources: sources, object: .object(object))
            },
            footer: [language.count(events.count, en: "event", nb: "hendelse", plural: "hendelser")])
        report.language = language
        report.mainColumn = 2
        return report
    }

    /// The event's fact as a sentence: "Røros kommune located in Trøndelag fylkeskommune",
    /// "Bjugn kommune → Ørland kommune", "Indre Fosen kommune (municipality)".
    static func fact(of event: TimelineEvent, in network: Network, language: Language) -> String {
        let name = { (id: EntityID) in network.entity(id)?.name ?? id.rawValue }
        switch event.subject {
        case .entity(let entity):
            return "\(entity.name) (\(entity.kind.label(in: language)))"
        case .relation(let relation) where relation.type == .succeededBy:
            return "\(name(relation.from)) → \(name(relation.to))"
        case .relation(let relation):
            var text = "\(name(relation.from)) \(relation.type.phrase(in: language)) \(name(relation.to))"
            if let previous = event.previous, previous.role != relation.role {
                text += " (" + (previous.role ?? "–") + " → " + (relation.role ?? "–") + ")"
            } else if let role = relation.role {
                text += " (\(role))"
            }
            if let previous = event.previous, previous.validity != relation.validity {
                text += ", \(previous.validity) → \(relation.validity)"
            } else if !relation.validity.isUnbounded {
                text += ", \(relation.validity)"
            }
            return text
        }
    }

    /// "Bjugn kommune → Ørland kommune (2020)" for an entity that was succeeded, and "formed
    /// from …" for one that succeeded others.
    static func successionLines(of entity: Entity, in network: Network, language: Language) -> [String] {
        var lines: [String] = []
        if let succession = network.succession(of: entity.id) {
            lines.append(language.text(en: "Today: ", nb: "I dag: ") + succession.description)
        }
        let predecessors = network.predecessors(of: entity.id)
        if !predecessors.isEmpty {
            lines.append(language.text(en: "Formed from: ", nb: "Dannet av: ") + predecessors.map(\.name).joined(separator: ", "))
        }
        return lines
    }

    /// `report`'s rows mapped to today: each entity that ended replaced by its successor
    /// (``Network/succession(of:)``), the rows of one successor merged, with a column of what
    /// each was, and the mappings listed under the table ("Rissa kommune → Indre Fosen kommune
    /// (2018)").
    ///
    /// ```swift
    /// let today = Report.members(of: fosen, in: network).mappedToToday(in: network)
    /// ```
    public func mappedToToday(in network: Network) -> Report {
        let word = language.text
        guard let idColumn = columns.lastIndex(where: { $0.lowercased() == "id" }) else { return self }
        var order: [EntityID] = []
        var merged: [EntityID: (row: Row, was: [Entity])] = [:]
        var mappings: [String] = []
        for row in rows {
            let id = EntityID(row.cells[idColumn])
            guard let succession = network.succession(of: id) else {
                if merged[id] == nil { order.append(id); merged[id] = (row, []) }
                continue
            }
            mappings.append(succession.description)
            let present = succession.present
            var cells = row.cells
            cells[0] = present.name
            cells[idColumn] = present.id.rawValue
            if let kindColumn = columns.firstIndex(of: word("Kind", "Type")) {
                cells[kindColumn] = present.kind.label(in: language)
            }
            if merged[present.id] == nil {
                order.append(present.id)
                var object = row.object
                if case .object(var members) = object {
                    members = members.filter { !["id", "name", "kind"].contains($0.key) }
                    object = .object([
                        JSONValue.Member("id", .string(present.id.rawValue)), JSONValue.Member("name", .string(present.name)),
                        JSONValue.Member("kind", .string(present.kind.rawValue)),
                    ] + members)
                }
                merged[present.id] = (Row(cells: cells, sources: row.sources, object: object), [])
            } else {
                merged[present.id]!.row.sources += row.sources
            }
            merged[present.id]!.was.append(succession.past)
        }
        var result = self
        result.title = (title ?? "") + word(", mapped to today's entities", ", med dagens enheter")
        result.columns.insert(word("Was", "Var"), at: idColumn)
        result.rows = order.map { id in
            var (row, was) = merged[id]!
            let names = was.sorted(by: Entity.byName).map(\.name).joined(separator: ", ")
            row.cells.insert(names, at: idColumn)
            if case .object(let members) = row.object {
                row.object = .object(members + [JSONValue.Member("was", .array(was.map { .string($0.id.rawValue) }))])
            }
            return row
        }.sorted { TextFolding.precedes($0.cells[0], $1.cells[0]) }
        result.footer = mappings.sorted() + [
            word("\(result.rows.count) today (\(rows.count) then)", "\(result.rows.count) i dag (\(rows.count) da)"),
        ]
        return result
    }
}

extension TimelineEvent.Kind {
    /// The event's name for people, in `language`.
    public func label(in language: Language) -> String {
        switch self {
        case .began: language.text(en: "began", nb: "begynte")
        case .changed: language.text(en: "changed", nb: "endret")
        case .stated: language.text(en: "stated", nb: "oppgitt")
        case .ended: language.text(en: "ended", nb: "sluttet")
        case .succeeded: language.text(en: "succeeded", nb: "etterfulgt")
        }
    }
}
