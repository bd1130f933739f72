extension NetworkBuilder {
    /// Checks one relation record and keeps the relation when it is valid.
    ///
    /// Reports, each at its place in the file: a missing end or type, an unknown type or entity
    /// (with a "did you mean"), a relation from an entity to itself, ends of kinds the type does
    /// not allow, malformed dates, a start after the end, and missing or unknown sources.
    /// Relations whose ends are defined but invalid are kept for the warnings about relations
    /// stated twice, and the network is not built.
    ///
    /// ```swift
    /// var record = RelationRecord(location: nil)
    /// record.from = Located("roros", at: nil)
    /// record.type = Located("member_of", at: nil)
    /// record.to = Located("ipr", at: nil)
    /// record.citations = [CitationRecord(location: nil, document: Located("kst-1", at: nil))]
    /// builder.add(record)
    /// ```
    ///
    /// - Complexity: O(*k*) for a record of *k* characters, on average, plus the cost of a
    ///   suggestion for each id or type not found.
    public mutating func add(_ record: RelationRecord) {
        let from = required(record.from, "relation", "from", at: record.location)
        let to = required(record.to, "relation", "to", at: record.location)
        let typeText = required(record.type, "relation", "type", at: record.location)
        var type: RelationType?
        if let typeText {
            type = RelationType(parsing: typeText.value)
            if type == nil {
                let known = RelationType.allCases.map(\.rawValue)
                error(typeText.location,
                    "unknown relation type '\(typeText.value)'\(Suggestions.didYouMean(typeText.value, among: known))",
                    hint: "relation types are: \(known.joined(separator: ", "))")
            }
        }
        var endpointsKnown = true
        for end in [from, to].compactMap({ $0 }) where !isDefined(end.value) {
            endpointsKnown = false
            // Looking for close ids reads every id: once per unknown id is enough.
            let suggestion = unknownIDSuggestions[end.value] ?? Suggestions.didYouMean(end.value, among: recordIDs)
            unknownIDSuggestions[end.value] = suggestion
            error(end.location,
                "unknown entity '\(end.value)'\(suggestion)",
                hint: "define the entity under 'entities:' in a data file, or correct the id")
        }
        let validity = checkValidity(start: record.start, end: record.end)
        let asOf = date(record.asOf)
        var certainty: Certainty? = .stated
        if let text = record.certainty {
            certainty = Certainty(parsing: text.value)
            if certainty == nil {
                let known = Certainty.allCases.map(\.rawValue)
                error(text.location,
                    "unknown certainty '\(text.value)'\(Suggestions.didYouMean(text.value, among: known))",
                    hint: "certainty is 'stated' (the default) or 'inferred', with a note on how the source is read")
            }
        }
        // Made only when a message needs it.
        func label() -> String {
            [from?.value, typeText?.value, to?.value].compactMap { $0 }.joined(separator: " ")
        }
        let citations = checkCitations(
            record.citations, of: "relation '\(label())'", at: record.location, required: true,
            requireKnownDocument: record.requiresKnownDocument)
        guard let from, let to, let type, endpointsKnown else { return }
        if from.value == to.value {
            error(to.location, "relation '\(label())' goes from an entity to itself",
                hint: "a relation connects two different entities")
            return
        }
        let fromPosition = entityIndex[EntityID(from.value)]
        let toPosition = entityIndex[EntityID(to.value)]
        if let fromPosition, let toPosition {
            guard checkKinds(type, fromPosition, toPosition, from: from, to: to) else { return }
        }
        guard let validity, let citations, let certainty else { return }
        if record.asOf != nil && asOf == nil { return }
        if certainty == .inferred {
            if record.note?.isEmpty ?? true {
                warning(record.certainty?.location ?? record.location,
                    "relation '\(label())' is inferred but has no note",
                    hint: "add 'note:' saying how the source is read")
            } else {
                diagnostics.append(Diagnostic(.note, at: record.location,
                    "inferred: \(label()): \(record.note!)"))
            }
        }
        if fromPosition == nil || toPosition == nil {
            // Relations between valid entities are compared in `finish()`.
            let key = [from.value, type.rawValue, to.value, record.role ?? "", validity.description]
                .joined(separator: "\u{1F}")
            if let first = unresolvedSeen[key] {
                warning(record.location,
                    "relation '\(label())' is stated twice",
                    hint: "first stated at \(first.map(\.description) ?? "another record"); merge their sources into one relation")
            } else {
                unresolvedSeen[key] = record.location
            }
        }
        if typeText?.value != type.rawValue { writtenLabels[relations.count] = label() }
        keep(
            Relation(
                id: RelationID(rawValue: relations.count),
                from: fromPosition.map { entities[$0].id } ?? EntityID(from.value), type: type,
                to: toPosition.map { entities[$0].id } ?? EntityID(to.value), role: record.role,
                validity: validity, asOf: asOf, note: record.note, citations: citations, certainty: certainty),
            from: fromPosition.map(Int32.init) ?? -1, to: toPosition.map(Int32.init) ?? -1,
            at: packed(record.location))
    }

    /// Keeps a relation whose ends are at `from` and `to` (-1 for an entity that is not valid).
    mutating func keep(_ relation: Relation, from: Int32, to: Int32, at location: Location) {
        ends.append(RelationEnds(from: from, to: to, type: relation.type))
        locations.append(location)
        relations.append(relation)
    }

    /// Whether the kinds at the two positions may be the source and the target of `type`;
    /// reports the first that may not.
    private mutating func checkKinds(
        _ type: RelationType, _ fromPosition: Int, _ toPosition: Int,
        from: Located<String>, to: Located<String>
    ) -> Bool {
        let rule = rules.rule(of: type)
        if !rule.allowsSource(kindOrdinals[fromPosition]) {
            error(from.location,
                "a \(entities[fromPosition].kind.label) cannot be the source of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(from.value)'")
            return false
        }
        if !rule.allowsTarget(kindOrdinals[toPosition]) {
            error(to.location,
                "a \(entities[toPosition].kind.label) cannot be the target of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(to.value)'")
            return false
        }
        return true
    }
}
