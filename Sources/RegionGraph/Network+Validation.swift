extension Network {
    /// Checks every record of a dataset and builds the network when there are no errors.
    ///
    /// Reports, each with its file, line and column: duplicate ids, unknown kinds and relation
    /// types, references to entities or documents that do not exist, relations between kinds
    /// that make no sense, malformed dates, validity that starts after it ends, facts without a
    /// source, and relations from an entity to itself. Duplicate relations are warnings.
    ///
    /// ```swift
    /// let validation = Network.validating(records)
    /// validation.errors.count   // 0 for the shipped data
    /// ```
    ///
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations, plus the cost of
    ///   suggestions for the names that were not found.
    public static func validating(_ records: DatasetRecords) -> DatasetValidation {
        var checker = DatasetChecker(records: records)
        return checker.run()
    }
}

/// The checks behind ``Network/validating(_:)``.
private struct DatasetChecker {
    let records: DatasetRecords
    var diagnostics: [Diagnostic] = []

    init(records: DatasetRecords) {
        self.records = records
        self.diagnostics = records.diagnostics
    }

    mutating func error(_ location: FileLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }

    mutating func run() -> DatasetValidation {
        let documents = checkDocuments()
        let documentIDs = Set(documents.map(\.id))
        let entities = checkEntities(documentIDs: documentIDs)
        var kinds: [EntityID: EntityKind] = [:]
        for entity in entities { kinds[entity.id] = entity.kind }
        let relations = checkRelations(kinds: kinds, documentIDs: documentIDs)
        diagnostics.sort()
        let failed = diagnostics.contains { $0.severity == .error }
        let network = failed
            ? nil : Network(entities: entities, relations: relations, documents: documents)
        return DatasetValidation(network: network, diagnostics: diagnostics)
    }

    // MARK: Documents

    mutating func checkDocuments() -> [SourceDocument] {
        var seen: [String: FileLocation?] = [:]
        var documents: [SourceDocument] = []
        for record in records.documents {
            guard let id = required(record.id, "document", "id", at: record.location),
                let title = required(record.title, "document", "title", at: record.location)
            else { continue }
            if let first = seen[id.value] {
                error(id.location, "duplicate document id '\(id.value)'",
                    hint: "first defined at \(first.map(\.description) ?? "another record"); ids must be unique")
                continue
            }
            seen[id.value] = record.location
            documents.append(
                SourceDocument(
                    id: DocumentID(id.value), title: title.value, publisher: record.publisher,
                    date: date(record.date), note: record.note, file: record.file))
        }
        return documents
    }

    // MARK: Entities

    mutating func checkEntities(documentIDs: Set<DocumentID>) -> [Entity] {
        var seen: [String: FileLocation?] = [:]
        var entities: [Entity] = []
        for record in records.entities {
            guard let id = required(record.id, "entity", "id", at: record.location) else { continue }
            var valid = checkIdentifier(id)
            if let first = seen[id.value] {
                error(id.location, "duplicate entity id '\(id.value)'",
                    hint: "first defined at \(first.map(\.description) ?? "another record"); give one of them another id")
                continue
            }
            seen[id.value] = record.location
            let name = required(record.name, "entity '\(id.value)'", "name", at: record.location)
            var kind: EntityKind?
            if let kindText = required(record.kind, "entity '\(id.value)'", "kind", at: record.location) {
                kind = EntityKind(parsing: kindText.value)
                if kind == nil {
                    let known = EntityKind.allCases.map(\.rawValue)
                    let spellings = EntityKind.acceptedSpellings
                    error(kindText.location,
                        "unknown kind '\(kindText.value)'\(Suggestions.didYouMean(kindText.value, among: spellings))",
                        hint: "kinds are: \(known.joined(separator: ", "))")
                }
            }
            if let country = record.country, !isCountryCode(country.value) {
                error(country.location, "country '\(country.value)' is not a two-letter ISO 3166 code",
                    hint: "write NO for Norway, SE for Sweden")
                valid = false
            }
            let validity = checkValidity(start: record.start, end: record.end)
            let citations = checkCitations(
                record.citations, of: "entity '\(id.value)'", at: record.location,
                required: record.requiresCitation, knownDocuments: documentIDs,
                requireKnownDocument: true)
            guard valid, let name, let kind, let validity, let citations else { continue }
            entities.append(
                Entity(
                    id: EntityID(id.value), kind: kind, name: name.value,
                    shortName: record.shortName, aliases: record.aliases,
                    country: record.country?.value ?? "NO", description: record.description,
                    attributes: record.attributes, validity: validity, citations: citations))
        }
        return entities
    }

    mutating func checkIdentifier(_ id: Located<String>) -> Bool {
        let bad = id.value.unicodeScalars.first {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }
        guard bad != nil else { return true }
        error(id.location, "entity id '\(id.value)' contains white space",
            hint: "ids are slugs such as 'midtre-gauldal': lower case, digits and '-'")
        return false
    }

    func isCountryCode(_ text: String) -> Bool {
        text.unicodeScalars.count == 2
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    // MARK: Relations

    mutating func checkRelations(kinds: [EntityID: EntityKind], documentIDs: Set<DocumentID>)
        -> [Relation]
    {
        let entityIDs = records.entities.compactMap { $0.id?.value }
        let definedIDs = Set(entityIDs)
        var relations: [Relation] = []
        var seen: [String: FileLocation?] = [:]
        for record in records.relations {
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
            for end in [from, to].compactMap({ $0 }) where !definedIDs.contains(end.value) {
                endpointsKnown = false
                error(end.location,
                    "unknown entity '\(end.value)'\(Suggestions.didYouMean(end.value, among: entityIDs))",
                    hint: "define the entity under 'entities:' in a data file, or correct the id")
            }
            let validity = checkValidity(start: record.start, end: record.end)
            let asOf = date(record.asOf)
            let label = [from?.value, typeText?.value, to?.value].compactMap { $0 }.joined(separator: " ")
            let citations = checkCitations(
                record.citations, of: "relation '\(label)'", at: record.location, required: true,
                knownDocuments: documentIDs, requireKnownDocument: record.requiresKnownDocument)
            guard let from, let to, let type, endpointsKnown else { continue }
            if from.value == to.value {
                error(to.location, "relation '\(label)' goes from an entity to itself",
                    hint: "a relation connects two different entities")
                continue
            }
            if let fromKind = kinds[EntityID(from.value)], let toKind = kinds[EntityID(to.value)] {
                guard checkKinds(type, fromKind, toKind, from: from, to: to, at: record.type?.location)
                else { continue }
            }
            guard let validity, let citations else { continue }
            if record.asOf != nil && asOf == nil { continue }
            let key = [from.value, type.rawValue, to.value, record.role ?? "", validity.description]
                .joined(separator: "\u{1F}")
            if let first = seen[key] {
                diagnostics.append(.warning(at: record.location,
                    "relation '\(label)' is stated twice",
                    hint: "first stated at \(first.map(\.description) ?? "another record"); merge their sources into one relation"))
            } else {
                seen[key] = record.location
            }
            relations.append(
                Relation(
                    id: RelationID(rawValue: relations.count), from: EntityID(from.value), type: type,
                    to: EntityID(to.value), role: record.role, validity: validity, asOf: asOf,
                    note: record.note, citations: citations))
        }
        return relations
    }

    mutating func checkKinds(
        _ type: RelationType, _ fromKind: EntityKind, _ toKind: EntityKind,
        from: Located<String>, to: Located<String>, at location: FileLocation?
    ) -> Bool {
        if !type.allowedSources.contains(fromKind) {
            error(from.location,
                "a \(fromKind.label) cannot be the source of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(from.value)'")
            return false
        }
        if !type.allowedTargets.contains(toKind) {
            error(to.location,
                "a \(toKind.label) cannot be the target of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(to.value)'")
            return false
        }
        return true
    }

    // MARK: Shared checks

    mutating func required(
        _ value: Located<String>?, _ what: String, _ field: String, at location: FileLocation?
    ) -> Located<String>? {
        if let value, !value.value.trimmingWhitespace.isEmpty { return value }
        error(value?.location ?? location, "\(what) has no '\(field)'", hint: "add '\(field):'")
        return nil
    }

    mutating func date(_ text: Located<String>?) -> PartialDate? {
        guard let text else { return nil }
        do {
            return try PartialDate(parsing: text.value)
        } catch {
            self.error(text.location, error.description, hint: "for example 2015, 2021-05 or 2021-05-26")
            return nil
        }
    }

    /// The validity, or `nil` after reporting a problem.
    mutating func checkValidity(start: Located<String>?, end: Located<String>?) -> Validity? {
        let startDate = date(start)
        let endDate = date(end)
        if (start != nil && startDate == nil) || (end != nil && endDate == nil) { return nil }
        if let startDate, let endDate, startDate.firstDay > endDate.lastDay {
            error(start?.location, "start \(startDate) is after end \(endDate)",
                hint: "swap the dates or correct one of them")
            return nil
        }
        return Validity(start: startDate, end: endDate)
    }

    mutating func checkCitations(
        _ citations: [CitationRecord], of what: String, at location: FileLocation?,
        required: Bool, knownDocuments: Set<DocumentID>, requireKnownDocument: Bool
    ) -> [Citation]? {
        if citations.isEmpty {
            if required {
                error(location, "\(what) has no source",
                    hint: "add 'sources:' with a document id ('doc:') and a short verbatim quote")
                return nil
            }
            return []
        }
        var result: [Citation] = []
        var ok = true
        for citation in citations {
            guard let document = citation.document, !document.value.trimmingWhitespace.isEmpty else {
                error(citation.location ?? location, "\(what) cites no document",
                    hint: "add 'doc:' with the id of a document in sources.yaml")
                ok = false
                continue
            }
            let id = DocumentID(document.value)
            if knownDocuments.contains(id) {
                if requireKnownDocument,
                    citation.quote.map({ $0.value.trimmingWhitespace.isEmpty }) ?? true
                {
                    error(citation.location ?? location, "\(what) cites '\(document.value)' without a quote",
                        hint: "add 'quote:' with a short verbatim excerpt that shows the fact")
                    ok = false
                    continue
                }
                result.append(Citation(document: id, quote: citation.quote?.value))
            } else if requireKnownDocument {
                let known = knownDocuments.map(\.rawValue)
                error(document.location,
                    "unknown document '\(document.value)'\(Suggestions.didYouMean(document.value, among: known))",
                    hint: "add the document to sources.yaml, or correct the id")
                ok = false
            } else {
                result.append(Citation(reference: document.value, quote: citation.quote?.value))
            }
        }
        return ok ? result : nil
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
