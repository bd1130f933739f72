extension NetworkBuilder {
    /// The valid entity with this id, or `nil` when no entity record defines it or the one
    /// that does has a problem.
    ///
    /// ```swift
    /// builder.position(of: "roros")   // the position of Røros kommune
    /// ```
    ///
    /// - Complexity: O(1) on average; the first lookup makes the index of ids, in O(*n*) for
    ///   *n* entities (a reader that finds ids by their bytes never makes it).
    public func position(of id: EntityID) -> EntityPosition? {
        entityIndex[id].map(EntityPosition.init)
    }

    /// Every valid entity's id with its position, in id order (the order of the positions).
    ///
    /// A reader that looks ids up by the million (as bytes, say) may build its own index from
    /// these instead of calling ``position(of:)`` for each.
    ///
    /// ```swift
    /// let byID = Dictionary(uniqueKeysWithValues: builder.entityPositions.map { ($0.id.rawValue, $0.position) })
    /// ```
    ///
    /// - Complexity: O(1); each element in O(1) as it is read.
    public var entityPositions: LazyMapCollection<Range<Int>, (id: EntityID, position: EntityPosition)> {
        let ids = entityIDs
        return ids.indices.lazy.map { (ids[$0], EntityPosition($0)) }
    }

    /// Whether an entity record defines this id (valid or not).
    func isDefined(_ id: String) -> Bool {
        entityIndex[EntityID(id)] != nil || otherDefinedIDs.contains(id)
    }

    // MARK: Checking entity records

    /// What checking an entity record found: everything the entity needs besides the record.
    private struct CheckedEntity {
        var record: Int
        var kind: EntityKind
        var ordinal: UInt8
        var validity: Validity
        var citations: [Citation]
    }

    /// Checks every entity record and keeps the valid ones, sorted by id.
    ///
    /// - Complexity: O(*n* log *n*) for *n* records.
    mutating func checkEntities(_ records: [EntityRecord]) {
        // Records are looked at in place: copying one costs as much as checking it.
        records.withUnsafeBufferPointer { checkEntities(in: $0) }
    }

    private mutating func checkEntities(in records: UnsafeBufferPointer<EntityRecord>) {
        // Each id with the record that first defines it.
        var seen: [String: Int] = [:]
        seen.reserveCapacity(records.count)
        var checked: [CheckedEntity] = []
        checked.reserveCapacity(records.count)
        recordIDs.reserveCapacity(records.count)
        var invalidIDs: [String] = []
        let recordSpan = records
        for index in recordSpan.indices {
            if let id = recordSpan[index].id?.value { recordIDs.append(id) }
            guard let entity = checkEntity(recordSpan[index], at: index, seen: &seen, firstLocation: { records[$0].location })
            else {
                if let id = recordSpan[index].id?.value { invalidIDs.append(id) }
                continue
            }
            checked.append(entity)
        }
        // Make the entities in id order: their positions are the network's.
        let order = Network.sortedOrder(of: checked.map { recordSpan[$0.record].id!.value })
        entities.reserveCapacity(checked.count)
        entityIDs.reserveCapacity(checked.count)
        kindOrdinals.reserveCapacity(checked.count)
        entityLocations.reserveCapacity(checked.count)
        for index in order {
            let found = checked[index].record
            let id = EntityID(recordSpan[found].id!.value)
            entityIDs.append(id)
            kindOrdinals.append(checked[index].ordinal)
            entityLocations.append(packed(recordSpan[found].location))
            entities.append(
                Entity(
                    id: id, kind: checked[index].kind, name: recordSpan[found].name!.value,
                    shortName: recordSpan[found].shortName, aliases: recordSpan[found].aliases,
                    country: recordSpan[found].country?.value ?? "NO",
                    description: recordSpan[found].description,
                    attributes: recordSpan[found].attributes, validity: checked[index].validity,
                    citations: checked[index].citations))
        }
        entityIndex = EntityIDIndex(ids: entityIDs)
        for id in invalidIDs where entityIndex[EntityID(id)] == nil { otherDefinedIDs.insert(id) }
    }

    /// Checks the entities of a table of plain rows and keeps them, sorted by id: as
    /// ``checkEntities(_:)`` does with their records, where only a repeated id can be wrong.
    /// The table's entities are the builder's only ones.
    ///
    /// - Complexity: O(*n* log *n*) for *n* rows.
    mutating func checkEntities(_ table: PlainEntityTable) {
        precondition(entities.isEmpty, "a plain table's entities are checked before any others")
        recordIDs = table.ids
        let kept = table.idsAreASCII ? firstOfEachIDBySorting(table) : firstOfEachIDByHashing(table)
        // The rows are visited in file order, each entity written at its position: the
        // table's strings are then read in the order they were made in, which the processor's
        // caches favour, not in id order.
        var positionOfRow = [Int32](repeating: -1, count: table.count)
        for (position, index) in kept.enumerated() { positionOfRow[index] = Int32(truncatingIfNeeded: position) }
        let file = number(of: FileLocation.Origin(file: table.file))
        var ordinals = [UInt8](repeating: 0, count: kept.count)
        var locations = [Location](repeating: Location(file: file, line: 0, column: 1), count: kept.count)
        var ids: [EntityID] = []
        let made = [Entity](unsafeUninitializedCapacity: kept.count) { made, madeCount in
            ids = [EntityID](unsafeUninitializedCapacity: kept.count) { ids, idCount in
                // Every position below `kept.count` is written once: `kept` holds each once.
                for row in 0..<table.count where positionOfRow[row] >= 0 {
                    let position = Int(positionOfRow[row])
                    let id = EntityID(table.ids[row])
                    let kind = table.kinds[row]
                    (ids.baseAddress! + position).initialize(to: id)
                    ordinals[position] = EntityKind.ordinals[kind]!
                    locations[position] = Location(file: file, line: Int(table.places[row].line), column: 1)
                    (made.baseAddress! + position).initialize(
                        to: Entity(
                            id: id, kind: kind, name: table.names[row], shortName: nil, aliases: [], country: "NO",
                            description: nil, attributes: [:], validity: Validity(start: nil, end: nil), citations: []))
                }
                idCount = kept.count
            }
            madeCount = kept.count
        }
        (entities, entityIDs, kindOrdinals, entityLocations) = (made, ids, ordinals, locations)
        entityIndex = EntityIDIndex(ids: ids)
        plainRowPositions = positionOfRow
    }

    /// The position of the entity that row `row` (from 0) of the builder's plain table of
    /// entities defines; `nil` when the row repeats an id that a row before it defines, or
    /// when the builder was made without a plain table or has no such row.
    ///
    /// A reader that finds ids among the table's rows (while the builder checks them, say)
    /// turns rows into positions with it.
    ///
    /// ```swift
    /// let builder = NetworkBuilder(records: records, plainEntities: table)
    /// builder.position(ofPlainRow: 0)   // the position of the first row's entity
    /// ```
    ///
    /// - Complexity: O(1).
    package func position(ofPlainRow row: Int) -> EntityPosition? {
        guard row >= 0, row < plainRowPositions.count, plainRowPositions[row] >= 0 else { return nil }
        return EntityPosition(Int(plainRowPositions[row]))
    }

    /// The rows of `table` that first define their ids, in id order, after reporting the
    /// others; for ASCII ids, whose bytes are equal exactly when they are equal as `String`s:
    /// sorted, a repeated id follows the row that first defines it.
    private mutating func firstOfEachIDBySorting(_ table: PlainEntityTable) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(table.count)
        for index in Network.sortedOrder(of: table.ids) {
            if let first = kept.last, table.ids[first] == table.ids[index] {
                reportRepeatedID(ofRow: index, firstDefinedAt: first, in: table)
            } else {
                kept.append(index)
            }
        }
        return kept
    }

    /// ``firstOfEachIDBySorting(_:)`` for ids of any text: `String` equality takes
    /// canonically equivalent spellings as one id, as a record's check does.
    private mutating func firstOfEachIDByHashing(_ table: PlainEntityTable) -> [Int] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(table.count)
        var kept: [Int] = []
        kept.reserveCapacity(table.count)
        for (index, id) in table.ids.enumerated() {
            if let first = seen[id] {
                reportRepeatedID(ofRow: index, firstDefinedAt: first, in: table)
            } else {
                seen[id] = index
                kept.append(index)
            }
        }
        let order = Network.sortedOrder(of: kept.map { table.ids[$0] })
        return order.map { kept[$0] }
    }

    private mutating func reportRepeatedID(ofRow index: Int, firstDefinedAt first: Int, in table: PlainEntityTable) {
        error(table.location(ofRow: index, column: table.places[index].idColumn), "duplicate entity id '\(table.ids[index])'",
            hint: "first defined at \(table.location(ofRow: first).description); give one of them another id")
    }

    private mutating func checkEntity(
        _ record: EntityRecord, at index: Int, seen: inout [String: Int], firstLocation: (Int) -> FileLocation?
    ) -> CheckedEntity? {
        guard let id = required(record.id, "entity", "id", at: record.location) else { return nil }
        var valid = checkIdentifier(id)
        if let first = seen.updateValue(index, forKey: id.value) {
            seen[id.value] = first
            error(id.location, "duplicate entity id '\(id.value)'",
                hint: "first defined at \(firstLocation(first).map(\.description) ?? "another record"); give one of them another id")
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
    private mutating func parseKind(_ text: String) -> (kind: EntityKind, ordinal: UInt8)? {
        if let known = kindCache[text] { return known }
        let kind = EntityKind(parsing: text).map { ($0, EntityKind.ordinals[$0]!) }
        kindCache[text] = kind
        return kind
    }

    /// Whether `text` may be an entity's id: it holds no white space and no control
    /// character (it may be empty: that is checked on its own).
    ///
    /// - Complexity: O(*k*) for a text of *k* characters.
    package static func isIdentifier(_ text: String) -> Bool {
        // Most ids are printable ASCII without spaces (slugs such as `midtre-gauldal`).
        var slug = text
        if slug.withUTF8({ !$0.contains { $0 <= 0x20 || $0 >= 0x7F } }) { return true }
        return !text.unicodeScalars.contains { scalar in
            if scalar.isASCII {
                // White space (tab … carriage return, space) and control characters.
                return scalar.value <= 0x20 || scalar.value == 0x7F
            }
            return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        }
    }

    private mutating func checkIdentifier(_ id: Located<String>) -> Bool {
        guard !Self.isIdentifier(id.value) else { return true }
        error(id.location, "entity id '\(id.value)' contains white space",
            hint: "ids are slugs such as 'midtre-gauldal': lower case, digits and '-'")
        return false
    }

    private func isCountryCode(_ text: String) -> Bool {
        text.unicodeScalars.count == 2
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
