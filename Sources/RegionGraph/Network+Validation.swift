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
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations, plus the cost of
    ///   suggestions for the names that were not found.
    public static func validating(_ records: DatasetRecords) -> DatasetValidation {
        var builder = NetworkBuilder(records: records)
        return builder.finish()
    }
}

/// The checks behind ``Network/validating(_:)``, open to readers that stream relations.
///
/// A builder checks the documents, the entities and the relation records of a dataset when it
/// is made; a reader may then add more relations one at a time (a spreadsheet's rows, say)
/// without keeping their records, and ``finish()`` reports every problem and builds the network.
/// The diagnostics are the same as for records passed to ``Network/validating(_:)`` whole.
///
/// ```swift
/// var builder = NetworkBuilder(records: yamlRecords)
/// builder.add(relationRecord)
/// let validation = builder.finish()
/// ```
@_spi(Loading)
public struct NetworkBuilder {
    private(set) var diagnostics: [Diagnostic]

    private var documents: [SourceDocument] = []
    private var documentIDs: Set<DocumentID> = []

    /// The valid entities, sorted by id; their positions are the network's.
    private var entities: [Entity] = []
    /// The entities' ids, by position (compact: rows look them up by the million).
    private var entityIDs: [EntityID] = []
    private var entityIndex: [EntityID: Int] = [:]
    /// The ordinal (in `EntityKind.allCases`) of each entity's kind, by position.
    private var kindOrdinals: [UInt8] = []
    /// The entities' ids as UTF-8 keys, for rows read as bytes.
    private var entityTable = ByteKeyTable([])
    /// Ids of entity records that did not become entities (invalid or repeated).
    private var otherDefinedIDs: Set<String> = []
    /// Every entity record's id, in record order: the candidates of "did you mean".
    private var recordIDs: [String] = []
    /// The "did you mean" of each unknown id met so far.
    private var unknownIDSuggestions: [String: String] = [:]

    private var relations: [Relation] = []
    private var ends: [RelationEnds] = []
    /// Where each relation was read, for the warnings about relations stated twice.
    private var locations: [PackedLocation] = []
    private var files: [String] = []
    private var fileNumbers: [String: Int32] = [:]
    /// The label of relations whose type was not written as its raw value.
    private var writtenLabels: [Int: String] = [:]
    /// Relations to entities that are defined but invalid: the network is not built then, but
    /// relations stated twice are still reported.
    private var unresolvedSeen: [String: FileLocation?] = [:]
    /// One shared string per role or note text.
    private var sharedTexts = ByteInternTable<String>()
    /// The ids the last spreadsheet row named, and their positions.
    private var lastFrom = LastKey()
    private var lastTo = LastKey()
    private let rules = RelationRule.all
    private var kindCache: [String: (kind: EntityKind, ordinal: UInt8)?] = [:]

    /// Checks the documents, the entities and the relations of `records`.
    public init(records: DatasetRecords) {
        diagnostics = records.diagnostics
        checkDocuments(records.documents)
        checkEntities(records.entities)
        reserveRelations(records.relations.count)
        for record in records.relations { add(record) }
    }

    /// Reports a problem found while reading (a spreadsheet's syntax, say).
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Makes room for `count` more relations.
    public mutating func reserveRelations(_ count: Int) {
        relations.reserveCapacity(relations.count + count)
        ends.reserveCapacity(ends.count + count)
        locations.reserveCapacity(locations.count + count)
    }

    /// The number of relations kept so far.
    public var relationCount: Int { relations.count }

    /// Reports the relations stated twice, sorts the diagnostics and builds the network when
    /// there are no errors.
    ///
    /// - Complexity: O(*n* + *m* + *d* log *d*) for *n* entities, *m* relations and *d*
    ///   diagnostics.
    public mutating func finish() -> DatasetValidation {
        let adjacency = Adjacency(entityCount: entities.count, ends: ends)
        reportRelationsStatedTwice(adjacency)
        diagnostics.sort()
        let failed = diagnostics.contains { $0.severity == .error }
        let network = failed
            ? nil
            : Network(
                sortedEntities: entities, entityIndex: entityIndex, relations: relations,
                ends: ends, documents: documents, adjacency: adjacency)
        return DatasetValidation(network: network, diagnostics: diagnostics)
    }

    mutating func error(_ location: FileLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }

    // MARK: Documents

    mutating func checkDocuments(_ records: [DocumentRecord]) {
        var seen: [String: FileLocation?] = [:]
        for record in records {
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
        documentIDs = Set(documents.map(\.id))
    }

    // MARK: Entities

    /// What checking an entity record found: everything the entity needs besides the record.
    private struct CheckedEntity {
        var record: Int
        var kind: EntityKind
        var ordinal: UInt8
        var validity: Validity
        var citations: [Citation]
    }

    mutating func checkEntities(_ records: [EntityRecord]) {
        var seen: [String: FileLocation?] = [:]
        seen.reserveCapacity(records.count)
        var checked: [CheckedEntity] = []
        checked.reserveCapacity(records.count)
        recordIDs.reserveCapacity(records.count)
        var invalidIDs: [String] = []
        records.withUnsafeBufferPointer { records in
            for index in records.indices {
                if let id = records[index].id?.value { recordIDs.append(id) }
                guard let entity = checkEntity(records[index], at: index, seen: &seen) else {
                    if let id = records[index].id?.value { invalidIDs.append(id) }
                    continue
                }
                checked.append(entity)
            }
        }
        // Make the entities in id order: their positions are the network's.
        let order = Network.sortedOrder(of: checked.map { records[$0.record].id!.value })
        entities.reserveCapacity(checked.count)
        entityIDs.reserveCapacity(checked.count)
        entityIndex.reserveCapacity(checked.count)
        kindOrdinals.reserveCapacity(checked.count)
        records.withUnsafeBufferPointer { records in
            checked.withUnsafeBufferPointer { checked in
                for index in order {
                    let found = checked[index].record
                    let id = EntityID(records[found].id!.value)
                    entityIndex[id] = entities.count
                    entityIDs.append(id)
                    kindOrdinals.append(checked[index].ordinal)
                    entities.append(
                        Entity(
                            id: id, kind: checked[index].kind, name: records[found].name!.value,
                            shortName: records[found].shortName, aliases: records[found].aliases,
                            country: records[found].country?.value ?? "NO",
                            description: records[found].description,
                            attributes: records[found].attributes, validity: checked[index].validity,
                            citations: checked[index].citations))
                }
            }
        }
        entityTable = ByteKeyTable(entityIDs.map(\.rawValue))
        for id in invalidIDs where entityIndex[EntityID(id)] == nil { otherDefinedIDs.insert(id) }
    }

    private mutating func checkEntity(
        _ record: EntityRecord, at index: Int, seen: inout [String: FileLocation?]
    ) -> CheckedEntity? {
        guard let id = required(record.id, "entity", "id", at: record.location) else { return nil }
        var valid = checkIdentifier(id)
        if let first = seen.updateValue(record.location, forKey: id.value) {
            seen[id.value] = first
            error(id.location, "duplicate entity id '\(id.value)'",
                hint: "first defined at \(first.map(\.description) ?? "another record"); give one of them another id")
            return nil
        }
        let name = required(record.name, "entity '\(id.value)'", "name", at: record.location)
        var kind: (kind: EntityKind, ordinal: UInt8)?
        if let kindText = required(record.kind, "entity '\(id.value)'", "kind", at: record.location) {
            kind = parseKind(kindText.value)
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
            required: record.requiresCitation, requireKnownDocument: true)
        guard valid, name != nil, let kind, let validity, let citations else { return nil }
        return CheckedEntity(
            record: index, kind: kind.kind, ordinal: kind.ordinal, validity: validity, citations: citations)
    }

    /// The kind a text names and its ordinal, remembered per spelling.
    mutating func parseKind(_ text: String) -> (kind: EntityKind, ordinal: UInt8)? {
        if let known = kindCache[text] { return known }
        let kind = EntityKind(parsing: text).map { ($0, EntityKind.ordinals[$0]!) }
        kindCache[text] = kind
        return kind
    }

    mutating func checkIdentifier(_ id: Located<String>) -> Bool {
        let bad = id.value.unicodeScalars.first { scalar in
            if scalar.isASCII {
                // White space (tab … carriage return, space) and control characters.
                return scalar.value <= 0x20 || scalar.value == 0x7F
            }
            return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
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

    /// The position of the valid entity with this id.
    func position(of id: String) -> Int? {
        entityIndex[EntityID(id)]
    }

    /// Whether an entity record defines this id (valid or not).
    func isDefined(_ id: String) -> Bool {
        position(of: id) != nil || otherDefinedIDs.contains(id)
    }

    // MARK: Relations

    /// Checks one relation record and keeps the relation when it is valid.
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
        let fromPosition = position(of: from.value)
        let toPosition = position(of: to.value)
        if let fromPosition, let toPosition {
            guard checkKinds(type, fromPosition, toPosition, from: from, to: to, at: record.type?.location)
            else { return }
        }
        guard let validity, let citations else { return }
        if record.asOf != nil && asOf == nil { return }
        if fromPosition == nil || toPosition == nil {
            // Relations between valid entities are compared in `finish()`.
            let key = [from.value, type.rawValue, to.value, record.role ?? "", validity.description]
                .joined(separator: "\u{1F}")
            if let first = unresolvedSeen[key] {
                diagnostics.append(.warning(at: record.location,
                    "relation '\(label())' is stated twice",
                    hint: "first stated at \(first.map(\.description) ?? "another record"); merge their sources into one relation"))
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
                validity: validity, asOf: asOf, note: record.note, citations: citations),
            from: fromPosition.map(Int32.init) ?? -1, to: toPosition.map(Int32.init) ?? -1,
            at: packed(record.location))
    }

    /// The file number of `file`, for ``addSpreadsheetRow(_:file:line:column:orElse:)``.
    public mutating func fileNumber(_ file: String) -> Int32 {
        if let last = files.last, last == file { return Int32(files.count - 1) }
        if let number = fileNumbers[file] { return number }
        let number = Int32(files.count)
        files.append(file)
        fileNumbers[file] = number
        return number
    }

    /// Checks one row of a spreadsheet's `relations.csv`, given as the UTF-8 bytes of its
    /// fields (empty for an empty field or a column the file does not have), and keeps the
    /// relation when it is valid.
    ///
    /// Rows that hold nothing unusual are checked on their bytes. Any other row is checked as
    /// the record `record()` makes, with the same diagnostics as ``add(_:)``: the bytes must be
    /// valid UTF-8 and hold each field's value (quotes undone).
    ///
    /// - Complexity: O(*k*) for a row of *k* bytes, on average.
    public mutating func addSpreadsheetRow(
        _ row: SpreadsheetRelationRow, file: Int32, line: Int, column: Int,
        orElse record: () -> RelationRecord
    ) {
        let location = PackedLocation(
            file: file, line: Int32(truncatingIfNeeded: line), column: Int32(truncatingIfNeeded: column))
        if !keepIfPlain(row, at: location) { add(record()) }
    }

    /// The position of the entity whose id is `key`, or -1; the ids of the last row are looked
    /// at first (rows are often grouped by one of their ends).
    @inline(__always)
    private static func position(
        of key: UnsafeBufferPointer<UInt8>, in entityTable: ByteKeyTable, cache: inout LastKey
    ) -> Int {
        if cache.position >= 0, cache.bytes.count == key.count,
            cache.bytes.withUnsafeBufferPointer({ ByteKeyTable.equal($0.baseAddress!, key) })
        {
            return cache.position
        }
        let position = entityTable.find(key)
        cache.bytes.removeAll(keepingCapacity: true)
        cache.bytes.append(contentsOf: key)
        cache.position = position
        return position
    }

    /// Keeps the relation a row states when it holds nothing that needs a diagnostic; `false`
    /// when the row needs the full checks.
    private mutating func keepIfPlain(_ row: SpreadsheetRelationRow, at location: PackedLocation) -> Bool {
        let from = Self.position(of: row.from, in: entityTable, cache: &lastFrom)
        let to = Self.position(of: row.to, in: entityTable, cache: &lastTo)
        guard from >= 0, to >= 0, from != to, let rule = rules.matching(row.type),
            rule.sources & (1 << kindOrdinals[from]) != 0,
            rule.targets & (1 << kindOrdinals[to]) != 0
        else { return false }
        guard case .valid(let start) = PartialDate.parsing(row.start),
            case .valid(let end) = PartialDate.parsing(row.end),
            case .valid(let asOf) = PartialDate.parsing(row.asOf)
        else { return false }
        if let start, let end, start.firstDay > end.lastDay { return false }
        // A source whose first character is printable ASCII is not blank.
        guard let first = row.source.first, first > 0x20, first < 0x7F else { return false }
        // Each relation gets its own citation array. Sharing one per source would save memory
        // but cost a cache miss per row on the shared array's reference count.
        let source = String(decoding: row.source, as: UTF8.self)
        let quote = row.quote.isEmpty ? nil : String(decoding: row.quote, as: UTF8.self)
        let citations = [
            !documentIDs.isEmpty && documentIDs.contains(DocumentID(source))
                ? Citation(document: DocumentID(source), quote: quote)
                : Citation(reference: source, quote: quote)
        ]
        ends.append(RelationEnds(from: Int32(from), to: Int32(to), type: rule.type))
        locations.append(location)
        relations.append(
            Relation(
                id: RelationID(rawValue: relations.count), from: entityIDs[from], type: rule.type,
                to: entityIDs[to],
                role: row.role.isEmpty ? nil : sharedTexts.value(for: row.role) { String(decoding: $0, as: UTF8.self) },
                validity: Validity(start: start, end: end), asOf: asOf,
                note: row.note.isEmpty ? nil : sharedTexts.value(for: row.note) { String(decoding: $0, as: UTF8.self) },
                citations: citations))
        return true
    }

    private mutating func keep(_ relation: Relation, from: Int32, to: Int32, at location: PackedLocation) {
        ends.append(RelationEnds(from: from, to: to, type: relation.type))
        locations.append(location)
        relations.append(relation)
    }

    private mutating func packed(_ location: FileLocation?) -> PackedLocation {
        guard let location else { return PackedLocation(file: -1, line: 0, column: 0) }
        return PackedLocation(
            file: fileNumber(location.file), line: Int32(truncatingIfNeeded: location.line),
            column: Int32(truncatingIfNeeded: location.column))
    }

    private func location(_ packed: PackedLocation) -> FileLocation? {
        guard packed.file >= 0 else { return nil }
        return FileLocation(file: files[Int(packed.file)], line: Int(packed.line), column: Int(packed.column))
    }

    /// Warns about every relation between valid entities that repeats an earlier one: the same
    /// ends, type, role and validity.
    ///
    /// - Complexity: O(*n* + *m*), plus O(*r* log *r*) for the *r* relations whose source has
    ///   another relation to the same target.
    private mutating func reportRelationsStatedTwice(_ adjacency: Adjacency) {
        // For the source at hand: the targets seen (stamped with the source's position + 1)
        // and how many of its relations go to each.
        var stamp = [Int32](repeating: 0, count: entities.count)
        var count = [Int32](repeating: 0, count: entities.count)
        var candidates: [UInt64] = []
        for position in 0..<entities.count {
            let outgoing = adjacency.outgoing(of: position)
            guard outgoing.count > 1 else { continue }
            let mark = Int32(position + 1)
            var repeated = false
            for relation in outgoing {
                let target = Int(ends[Int(relation)].to)
                if stamp[target] != mark {
                    stamp[target] = mark
                    count[target] = 1
                } else {
                    count[target] += 1
                    repeated = true
                }
            }
            guard repeated else { continue }
            // The relations to repeated targets, grouped by target, in the order they were read.
            candidates.removeAll(keepingCapacity: true)
            for relation in outgoing where count[Int(ends[Int(relation)].to)] > 1 {
                candidates.append(UInt64(UInt32(ends[Int(relation)].to)) << 32 | UInt64(UInt32(relation)))
            }
            candidates.sort()
            var groupStart = 0
            while groupStart < candidates.count {
                var groupEnd = groupStart + 1
                while groupEnd < candidates.count, candidates[groupEnd] >> 32 == candidates[groupStart] >> 32 {
                    groupEnd += 1
                }
                let group = candidates[groupStart..<groupEnd].map { Int($0 & 0xFFFF_FFFF) }
                if group.count <= 8 {
                    for (index, later) in group.enumerated().dropFirst() {
                        for earlier in group.prefix(index) where stateTheSame(earlier, later) {
                            warnStatedTwice(later, first: earlier)
                            break
                        }
                    }
                } else {
                    var first: [StatedFact: Int] = [:]
                    for relation in group {
                        let fact = relations.withUnsafeBufferPointer {
                            StatedFact(type: $0[relation].type, role: $0[relation].role ?? "", validity: $0[relation].validity)
                        }
                        if let earlier = first[fact] {
                            warnStatedTwice(relation, first: earlier)
                        } else {
                            first[fact] = relation
                        }
                    }
                }
                groupStart = groupEnd
            }
        }
    }

    /// What makes two relations between the same ends the same fact.
    private struct StatedFact: Hashable {
        var type: RelationType
        var role: String
        var validity: Validity
    }

    private func stateTheSame(_ a: Int, _ b: Int) -> Bool {
        guard ends[a].to == ends[b].to, ends[a].type == ends[b].type else { return false }
        return relations.withUnsafeBufferPointer { relations in
            (relations[a].role ?? "") == (relations[b].role ?? "")
                && relations[a].validity == relations[b].validity
        }
    }

    private mutating func warnStatedTwice(_ relation: Int, first: Int) {
        let stated = relations[relation]
        let label = writtenLabels[relation]
            ?? "\(stated.from.rawValue) \(stated.type.rawValue) \(stated.to.rawValue)"
        let firstLocation = location(locations[first])
        diagnostics.append(.warning(at: location(locations[relation]),
            "relation '\(label)' is stated twice",
            hint: "first stated at \(firstLocation.map(\.description) ?? "another record"); merge their sources into one relation"))
    }

    mutating func checkKinds(
        _ type: RelationType, _ fromPosition: Int, _ toPosition: Int,
        from: Located<String>, to: Located<String>, at location: FileLocation?
    ) -> Bool {
        let fromKind = entities[fromPosition].kind
        let toKind = entities[toPosition].kind
        let rule = RelationRule.of(type)
        if rule.sources & (1 << kindOrdinals[fromPosition]) == 0 {
            error(from.location,
                "a \(fromKind.label) cannot be the source of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(from.value)'")
            return false
        }
        if rule.targets & (1 << kindOrdinals[toPosition]) == 0 {
            error(to.location,
                "a \(toKind.label) cannot be the target of '\(type.rawValue)' ('\(from.value)' \(type.phrase) '\(to.value)')",
                hint: "check the direction of the relation and the kind of '\(to.value)'")
            return false
        }
        return true
    }

    // MARK: Shared checks

    mutating func required(
        _ value: Located<String>?, _ what: @autoclosure () -> String, _ field: String, at location: FileLocation?
    ) -> Located<String>? {
        if let value, !value.value.isBlank { return value }
        error(value?.location ?? location, "\(what()) has no '\(field)'", hint: "add '\(field):'")
        return nil
    }

    mutating func date(_ text: Located<String>?) -> PartialDate? {
        guard let text else { return nil }
        var value = text.value
        if case .valid(let date)? = value.withUTF8({ PartialDate.parsing($0) }), let date {
            return date
        }
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
        _ citations: [CitationRecord], of what: @autoclosure () -> String, at location: FileLocation?,
        required: Bool, requireKnownDocument: Bool
    ) -> [Citation]? {
        if citations.isEmpty {
            if required {
                error(location, "\(what()) has no source",
                    hint: "add 'sources:' with a document id ('doc:') and a short verbatim quote")
                return nil
            }
            return []
        }
        var result: [Citation] = []
        var ok = true
        for citation in citations {
            guard let document = citation.document, !document.value.isBlank else {
                error(citation.location ?? location, "\(what()) cites no document",
                    hint: "add 'doc:' with the id of a document in sources.yaml")
                ok = false
                continue
            }
            let id = DocumentID(document.value)
            if documentIDs.contains(id) {
                if requireKnownDocument, citation.quote.map({ $0.value.isBlank }) ?? true {
                    error(citation.location ?? location, "\(what()) cites '\(document.value)' without a quote",
                        hint: "add 'quote:' with a short verbatim excerpt that shows the fact")
                    ok = false
                    continue
                }
                result.append(Citation(document: id, quote: citation.quote?.value))
            } else if requireKnownDocument {
                let known = documentIDs.map(\.rawValue)
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

/// A row of a spreadsheet's `relations.csv` as the UTF-8 bytes of its fields; a column the file
/// does not have is an empty buffer.
@_spi(Loading)
public struct SpreadsheetRelationRow {
    public var from = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var to = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var type = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var start = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var end = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var quote = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var asOf = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    public var note = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    public init() {}
}

/// An id read from the last row, and the position it names (-1 for none).
private struct LastKey {
    var bytes: [UInt8] = []
    var position = -1
}

/// A file position in 12 bytes: the file's number in the builder, line and column.
struct PackedLocation {
    var file: Int32
    var line: Int32
    var column: Int32
}

/// A relation type with the kinds it may start and end at, as bit sets of kind ordinals.
struct RelationRule {
    let type: RelationType
    /// The raw value's UTF-8 bytes, padded with zeros, and their number.
    let name: (UInt64, UInt64, UInt64)
    let length: Int
    let sources: UInt32
    let targets: UInt32

    static let all: [RelationRule] = RelationType.allCases.map { type in
        RelationRule(
            type: type, name: packed(Array(type.rawValue.utf8)), length: type.rawValue.utf8.count,
            sources: type.allowedSources.reduce(0) { $0 | 1 << UInt32(EntityKind.ordinals[$1]!) },
            targets: type.allowedTargets.reduce(0) { $0 | 1 << UInt32(EntityKind.ordinals[$1]!) })
    }

    static func of(_ type: RelationType) -> RelationRule {
        all.first { $0.type == type }!
    }

    /// Up to 24 bytes as three words; longer texts are not packed (`nil`).
    @inline(__always)
    static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (UInt64, UInt64, UInt64) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for (index, byte) in bytes.enumerated() where index < 24 {
            let value = UInt64(byte) << (UInt64(index % 8) * 8)
            switch index / 8 {
            case 0: words.0 |= value
            case 1: words.1 |= value
            default: words.2 |= value
            }
        }
        return words
    }
}

extension [RelationRule] {
    /// The rule whose type's raw value is exactly `bytes`.
    @inline(__always)
    func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationRule? {
        let length = bytes.count
        guard length <= 24 else { return nil }
        let name = RelationRule.packed(bytes)
        return withUnsafeBufferPointer { rules in
            for rule in rules where rule.length == length && rule.name == name { return rule }
            return nil
        }
    }
}

extension EntityKind {
    /// Each kind's position in `allCases`.
    static let ordinals: [EntityKind: UInt8] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, UInt8($0)) })
}

extension PartialDate {
    enum BytesParse {
        case valid(PartialDate?)
        case invalid
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` read from UTF-8 bytes: `.valid(nil)` for no bytes,
    /// `.invalid` for anything ``init(parsing:)`` would reject.
    @inline(__always)
    static func parsing(_ bytes: UnsafeBufferPointer<UInt8>) -> BytesParse {
        let count = bytes.count
        if count == 0 { return .valid(nil) }
        guard count == 4 || count == 7 || count == 10 else { return .invalid }
        func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for index in from..<to {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4) else { return .invalid }
        var month: Int?
        var day: Int?
        if count >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let value = number(5, 7) else { return .invalid }
            month = value
        }
        if count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let value = number(8, 10) else { return .invalid }
            day = value
        }
        guard let date = PartialDate(year: year, month: month, day: day) else { return .invalid }
        return .valid(date)
    }
}

extension String {
    /// Whether the text is empty or white space only.
    var isBlank: Bool {
        for scalar in unicodeScalars {
            if scalar.isASCII {
                // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) { continue }
                return false
            }
            if !scalar.properties.isWhitespace { return false }
        }
        return true
    }
}
