/// Builds a ``Network`` in bulk, with every check of ``Network/validating(_:)``.
///
/// A builder checks the documents, the entities and the relation records of a dataset when it
/// is made. A reader may then add more relations one at a time (a spreadsheet's rows, say)
/// without keeping their records, and ``finish()`` reports every problem and builds the network.
/// The diagnostics are the same as for records passed to ``Network/validating(_:)`` whole.
///
/// Relations come in two ways:
/// - ``add(_:)`` checks a ``RelationRecord`` as written, and reports each of its problems;
/// - ``addIfPlain(_:at:)`` keeps a relation already read into values (its ends as
///   ``EntityPosition``s, its type, its dates) when it needs no diagnostic at all, and otherwise
///   returns `false` and keeps nothing, so that the reader hands the record to ``add(_:)``;
///   ``addIfPlain(from:type:to:start:end:asOf:role:note:source:quote:at:)`` does the same with
///   the texts as the UTF-8 bytes a reader has.
///
/// ```swift
/// var builder = NetworkBuilder(records: entitiesAndDocuments)
/// let file = builder.fileNumber(for: "net/relations.csv")
/// if let roros = builder.position(of: "roros"), let ipr = builder.position(of: "ipr") {
///     let relation = NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: ipr, source: "kst-1")
///     if !builder.addIfPlain(relation, at: NetworkBuilder.Location(file: file, line: 2, column: 1)) {
///         builder.add(record)   // the full checks, with their diagnostics
///     }
/// }
/// let validation = builder.finish()
/// ```
public struct NetworkBuilder: Sendable {
    /// Every problem found so far, in the order found.
    var diagnostics: [Diagnostic]

    var documents: [SourceDocument] = []
    var documentIDs: Set<DocumentID> = []
    /// The documents that are references (``SourceDocument/isReference``): cited without quotes.
    var referenceIDs: Set<DocumentID> = []

    /// The valid entities, sorted by id; their positions are the network's.
    var entities: [Entity] = []
    /// The entities' ids, by position (compact: rows look them up by the million).
    var entityIDs: [EntityID] = []
    /// The entities' positions by id, made when first asked (set whenever `entityIDs` is).
    var entityIndex = EntityIDIndex()
    /// The ordinal (in `EntityKind.allCases`) of each entity's kind, by position.
    var kindOrdinals: [UInt8] = []
    /// Ids of entity records that did not become entities (invalid or repeated).
    var otherDefinedIDs: Set<String> = []
    /// Every entity record's id, in record order: the candidates of "did you mean".
    var recordIDs: [String] = []
    /// The position of the entity each row of a plain table of entities defines, −1 for a row
    /// that repeats an id (``position(ofPlainRow:)``); empty without such a table.
    var plainRowPositions: [Int32] = []
    /// The "did you mean" of each unknown id met so far.
    var unknownIDSuggestions: [String: String] = [:]
    /// Each spelling of a kind met so far, and the kind it names.
    var kindCache: [String: (kind: EntityKind, ordinal: UInt8)?] = [:]

    /// The relations kept, in the order added, with their ends' positions and where they were
    /// read.
    var relations = RelationStore()
    var ends: [RelationEnds] = []
    /// Where each relation was read, for the warnings about relations stated twice and for
    /// ``Network/location(of:)-(RelationID)``.
    var locations: [Location] = []
    /// Where each valid entity was defined, by position.
    var entityLocations: [Location] = []
    /// The data files (or sheets of a workbook), by number, and the number of each.
    var files: [FileLocation.Origin] = []
    var fileNumbers: [FileLocation.Origin: Int32] = [:]
    /// The label of relations whose type was not written as its raw value.
    var writtenLabels: [Int: String] = [:]
    /// Relations to entities that are defined but invalid: the network is not built then, but
    /// relations stated twice are still reported.
    var unresolvedSeen: [String: FileLocation?] = [:]
    let rules = RelationRule.all

    /// Checks the documents, the entities and the relations of `records`.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations, plus the cost
    ///   of suggestions for the names that were not found.
    public init(records: DatasetRecords) {
        self.init(records) { $0.checkEntities(records.entities) }
    }

    /// Checks the documents and the relations of `records`, and the entities of `records` and
    /// of `plainEntities` (after those of `records`), as ``init(records:)`` checks the records
    /// of `plainEntities`: with the same diagnostics and the same network.
    ///
    /// - Complexity: O(*n* log *n* + *m*) for *n* entities and *m* relations.
    package init(records: DatasetRecords, plainEntities: PlainEntityTable) {
        self.init(records) { builder in
            if records.entities.isEmpty {
                builder.checkEntities(plainEntities)
            } else {
                builder.checkEntities(records.entities + plainEntities.records)
            }
        }
    }

    /// Checks the documents of `records`, its entities with `checkEntities`, then its
    /// relations.
    private init(_ records: DatasetRecords, checkEntities: (inout NetworkBuilder) -> Void) {
        diagnostics = records.diagnostics
        checkDocuments(records.documents)
        checkEntities(&self)
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

    /// The number of `file`, for the ``Location``s of relations read from it.
    ///
    /// The same path always gets the same number.
    ///
    /// - Complexity: O(1) on average.
    public mutating func fileNumber(for file: String) -> FileNumber {
        FileNumber(rawValue: number(of: FileLocation.Origin(file: file)))
    }

    /// Reports the relations stated twice and the cycles of `part_of`, sorts the diagnostics and builds the network when
    /// there are no errors.
    ///
    /// Call it once, when every relation is added.
    ///
    /// - Complexity: O(*n* + *m* + *d* log *d*) for *n* entities, *m* relations and *d*
    ///   diagnostics.
    public mutating func finish() -> DatasetValidation {
        let adjacency = Adjacency(entityCount: entities.count, ends: ends)
        reportFactProblems(adjacency)
        diagnostics.sort()
        let failed = diagnostics.contains { $0.severity == .error }
        let network = failed
            ? nil
            : Network(
                sortedEntities: entities, relations: relations.finished(),
                ends: ends, documents: documents, adjacency: adjacency,
                locations: RecordLocations(files: files, relations: locations, entities: entityLocations),
                entityIDs: entityIDs)
        return DatasetValidation(network: network, diagnostics: diagnostics)
    }

    /// Reports the relations stated twice, the cycles of `part_of` and the problems of time,
    /// in that order. For many relations the cycles are looked for on a second thread
    /// meanwhile, each by a copy of the builder (which shares its arrays), and the copies'
    /// new diagnostics are then taken in that order.
    private mutating func reportFactProblems(_ adjacency: Adjacency) {
        let base = diagnostics.count
        let builder = self
        let (cycles, statedAndTime) = ConcurrentJobs.results(
            of: { () -> ArraySlice<Diagnostic> in
                var copy = builder
                copy.reportPartOfCycles(adjacency)
                return copy.diagnostics[base...]
            },
            { () -> (stated: ArraySlice<Diagnostic>, time: ArraySlice<Diagnostic>) in
                var copy = builder
                copy.reportRelationsStatedTwice(adjacency)
                let stated = copy.diagnostics.count
                copy.reportTimeProblems()
                return (copy.diagnostics[base..<stated], copy.diagnostics[stated...])
            },
            together: ends.count >= ConcurrentJobs.itemsWorthTwoThreads)
        diagnostics += statedAndTime.stated
        diagnostics += cycles
        diagnostics += statedAndTime.time
    }

    mutating func error(_ location: FileLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }

    mutating func warning(_ location: FileLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location, message, hint: hint))
    }

    // MARK: Locations

    /// The number of `origin` (a file, or a sheet of a workbook) in `files`, added when new.
    mutating func number(of origin: FileLocation.Origin) -> Int32 {
        if let last = files.last, last == origin { return Int32(files.count - 1) }
        if let number = fileNumbers[origin] { return number }
        let number = Int32(files.count)
        files.append(origin)
        fileNumbers[origin] = number
        return number
    }

    /// `location` with its file as a number.
    mutating func packed(_ location: FileLocation?) -> Location {
        guard let location else { return .unknown }
        return Location(file: number(of: location.origin), line: location.line, column: location.column)
    }

    /// `packed` with its file as a path again.
    func location(_ packed: Location) -> FileLocation? {
        guard packed.file >= 0 else { return nil }
        return FileLocation(files[Int(packed.file)], line: Int(packed.line), column: Int(packed.column))
    }
}
