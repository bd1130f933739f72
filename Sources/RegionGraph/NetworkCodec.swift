import Dispatch
import Synchronization

/// A binary form of a checked dataset (``DatasetValidation``): the network as it is kept in
/// memory — entities, documents, the packed relations and their texts, where every fact was
/// recorded — and every diagnostic. Decoding gives a validation whose network answers every
/// query as the encoded one does, with the same diagnostics, without parsing or checking the
/// data again.
///
/// The bytes are for a cache of the same program, not for exchange: the layout may change
/// from one version to the next (``formatVersion``). Decoding treats them as untrusted: every
/// count, length, position, text number and date is checked, so damaged bytes are
/// ``Damaged``, never a crash. Each entity's relations are rebuilt from the relations' ends, so they
/// always agree with them; ids are found by binary search over the entities, which must be
/// sorted.
///
/// ```swift
/// let bytes = NetworkCodec.encode(validation)
/// let again = try NetworkCodec.decode(bytes)   // the same network and diagnostics
/// ```
public enum NetworkCodec {
    /// Bytes that are not an encoding of a validation.
    public struct Damaged: Error, Equatable, Sendable {
        public init() {}
    }

    /// Changes whenever the layout of the bytes changes.
    public static let formatVersion = 4

    private static let magic: [UInt8] = Array("RGNET".utf8)

    /// The bytes of `validation`.
    ///
    /// - Complexity: O(*n* + *m* + *d*) for *n* entities, *m* relations and *d* diagnostics.
    public static func encode(_ validation: DatasetValidation) -> [UInt8] {
        var writer = ByteWriter()
        write(validation, with: &writer)
        return writer.bytes
    }

    /// The bytes of ``encode(_:)``, handed to `emit` in order, about 64 KB at a time, so that
    /// they can be written to a file without all being held in memory.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// NetworkCodec.encode(validation) { bytes += $0 }   // bytes == NetworkCodec.encode(validation)
    /// ```
    ///
    /// - Complexity: as ``encode(_:)``; memory O(*n*) for the entities' section only.
    public static func encode(_ validation: DatasetValidation, into emit: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var writer = ByteWriter(emitting: emit)
            write(validation, with: &writer)
            writer.flush()
        }
    }

    private static func write(_ validation: DatasetValidation, with writer: inout ByteWriter) {
        for byte in magic { writer.byte(byte) }
        writer.count(formatVersion)
        writer.count(validation.diagnostics.count)
        for diagnostic in validation.diagnostics {
            writer.diagnostic(diagnostic)
            writer.flushIfFull()
        }
        writer.flag(validation.network != nil)
        if let network = validation.network { writer.network(network) }
    }

    /// The validation `bytes` encode.
    ///
    /// - Throws: ``Damaged`` when `bytes` are not exactly what ``encode(_:)`` writes.
    /// - Complexity: O(*b* + *n* log *n*) for *b* bytes and *n* entities.
    public static func decode(_ bytes: [UInt8]) throws(Damaged) -> DatasetValidation {
        try decode(bytes[...])
    }

    /// The validation `bytes` encode: ``decode(_:)-([UInt8])`` of a part of a larger buffer.
    public static func decode(_ bytes: ArraySlice<UInt8>) throws(Damaged) -> DatasetValidation {
        try bytes.withUnsafeBufferPointer { buffer throws(Damaged) in try decode(buffer) }
    }

    /// The validation `bytes` encode, read in place (from a mapped file, say): nothing of
    /// `bytes` is kept.
    ///
    /// A large network's entities are decoded on a second thread while its relations are
    /// decoded on this one.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Damaged) -> DatasetValidation {
        try decode(bytes, alongside: {})
    }

    /// ``decode(_:)-(UnsafeBufferPointer<UInt8>)``, with `alongside` run once, at the same time
    /// as the decoding when there is a large network to decode (after it otherwise), such as
    /// checking the checksum of the bytes being decoded: decoding checks every value, so
    /// bytes that fail a check made alongside are decoded harmlessly and can be thrown away.
    package static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, alongside: () -> Void
    ) throws(Damaged) -> DatasetValidation {
        var reader = ByteReader(bytes)
        for byte in magic {
            guard try reader.byte() == byte else { throw Damaged() }
        }
        guard try reader.count() == formatVersion else { throw Damaged() }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try reader.count(ofItemsOf: 4)) { diagnostics.append(try reader.diagnostic()) }
        let network: Network?
        if try reader.flag() {
            network = try reader.network(alongside: alongside)
        } else {
            alongside()
            network = nil
        }
        guard reader.isAtEnd else { throw Damaged() }
        return DatasetValidation(network: network, diagnostics: diagnostics)
    }
}

// MARK: Writing

extension ByteWriter {
    fileprivate mutating func diagnostic(_ diagnostic: Diagnostic) {
        byte(UInt8(severities.firstIndex(of: diagnostic.severity)!))
        location(diagnostic.location)
        text(diagnostic.message)
        text(diagnostic.hint)
    }

    fileprivate mutating func location(_ location: FileLocation?) {
        flag(location != nil)
        guard let location else { return }
        text(location.file)
        text(location.sheet)
        count(location.line)
        count(location.column)
    }

    fileprivate mutating func validity(_ validity: Validity) {
        date(validity.start)
        date(validity.end)
    }

    fileprivate mutating func citations(_ citations: [Citation]) {
        count(citations.count)
        for citation in citations {
            text(citation.document?.rawValue)
            text(citation.reference)
            text(citation.quote)
        }
    }

    fileprivate mutating func network(_ network: Network) {
        count(network.documents.count)
        for document in network.documents {
            flushIfFull()
            text(document.id.rawValue)
            text(document.title)
            text(document.publisher)
            date(document.date)
            text(document.note)
            text(document.file)
            text(document.url)
        }
        // Room for all that follows, about: growing megabytes by doubling copies them.
        let locations = network.recordLocations
        reserve(64 * network.entities.count + (relationRowSize + 4) * network.ends.count
            + 12 * (locations.relations.count + locations.entities.count) + 2 * network.store.texts.bytes.count)
        // The entities as a section of known length, so that they can be decoded while the
        // relations are.
        count(network.entities.count)
        var section = ByteWriter()
        section.reserve(64 * network.entities.count)
        for entity in network.entities { section.entity(entity) }
        blob(section.bytes)
        relations(network.ends, network.store)
        count(locations.files.count)
        for origin in locations.files {
            text(origin.file)
            text(origin.sheet)
        }
        packedLocations(locations.relations)
        packedLocations(locations.entities)
    }

    private mutating func entity(_ entity: Entity) {
        text(entity.id.rawValue)
        byte(UInt8(kinds.firstIndex(of: entity.kind)!))
        text(entity.name)
        text(entity.shortName)
        count(entity.aliases.count)
        for alias in entity.aliases { text(alias) }
        text(entity.country)
        text(entity.description)
        let attributes = entity.attributes.sorted { utf8Precedes($0.key, $1.key) }
        count(attributes.count)
        for (key, value) in attributes {
            text(key)
            text(value)
        }
        validity(entity.validity)
        citations(entity.citations)
    }

    /// Each relation as a row of ``relationRowSize`` bytes: its ends, type, packed fields and
    /// flags; then the ids, the extras and the texts.
    private mutating func relations(_ ends: [RelationEnds], _ store: RelationStore) {
        let types = relationTypes
        count(ends.count)
        rows(count: ends.count, size: relationRowSize) { numbers, rows in
            for index in numbers {
                let (end, row) = (ends[index], store.packed[index])
                let at = (index - numbers.lowerBound) * relationRowSize
                func word(_ value: UInt32, _ offset: Int) {
                    rows.storeBytes(of: value.littleEndian, toByteOffset: at + offset, as: UInt32.self)
                }
                word(UInt32(bitPattern: end.from), 0)
                word(UInt32(bitPattern: end.to), 4)
                rows[at + 8] = UInt8(types.firstIndex(of: end.type)!)
                word(row.role, 9)
                word(row.start, 13)
                word(row.end, 17)
                word(row.source, 21)
                word(row.quote, 25)
                rows[at + 29] = row.flags
            }
        }
        count(store.ids.count)
        for id in store.ids {
            count(id)
            flushIfFull()
        }
        let extras = store.extras.sorted { $0.key < $1.key }
        count(extras.count)
        for (position, extra) in extras {
            flushIfFull()
            count(position)
            text(extra.note)
            date(extra.asOf)
            flag(extra.citations != nil)
            if let citations = extra.citations { self.citations(citations) }
        }
        blob(store.texts.bytes)
        words(store.texts.ends)
        flushIfFull()
    }

    /// Each location as a row of 12 bytes: file, line, column.
    private mutating func packedLocations(_ locations: [NetworkBuilder.Location]) {
        count(locations.count)
        rows(count: locations.count, size: 12) { numbers, rows in
            for index in numbers {
                let (location, at) = (locations[index], 12 * (index - numbers.lowerBound))
                rows.storeBytes(of: UInt32(bitPattern: location.file).littleEndian, toByteOffset: at, as: UInt32.self)
                rows.storeBytes(of: UInt32(bitPattern: location.line).littleEndian, toByteOffset: at + 4, as: UInt32.self)
                rows.storeBytes(of: UInt32(bitPattern: location.column).littleEndian, toByteOffset: at + 8, as: UInt32.self)
            }
        }
    }
}

// MARK: Reading

extension ByteReader {
    fileprivate mutating func diagnostic() throws(NetworkCodec.Damaged) -> Diagnostic {
        let severity = try one(of: severities)
        let location = try location()
        return Diagnostic(severity, at: location, try text(), hint: try optionalText())
    }

    fileprivate mutating func location() throws(NetworkCodec.Damaged) -> FileLocation? {
        guard try flag() else { return nil }
        let file = try text()
        var location = FileLocation(file: file, line: 0, column: 0)
        location.sheet = try optionalText()
        location.line = try count()
        location.column = try count()
        return location
    }

    fileprivate mutating func validity() throws(NetworkCodec.Damaged) -> Validity {
        Validity(start: try date(), end: try date())
    }

    fileprivate mutating func citations() throws(NetworkCodec.Damaged) -> [Citation] {
        var citations: [Citation] = []
        for _ in 0..<(try count(ofItemsOf: 3)) {
            citations.append(Citation(
                document: try optionalText().map(DocumentID.init(rawValue:)), reference: try optionalText(),
                quote: try optionalText()))
        }
        return citations
    }

    /// The network, its entities decoded on a second thread when there are many, while the
    /// relations and locations are decoded on this one, and `alongside` run by whichever is
    /// done first: about as much work on each.
    fileprivate mutating func network(alongside: () -> Void) throws(NetworkCodec.Damaged) -> Network {
        var documents: [SourceDocument] = []
        for _ in 0..<(try count(ofItemsOf: 9)) {
            documents.append(SourceDocument(
                id: DocumentID(try text()), title: try text(), publisher: try optionalText(), date: try date(),
                note: try optionalText(), file: try optionalText(), url: try optionalText()))
        }
        let entityCount = try count()
        let section = try region(count: try count(), ofSize: 1).assumingMemoryBound(to: UInt8.self)
        guard entityCount <= section.count / 16 else { throw NetworkCodec.Damaged() }
        let entities = Mutex<Result<[Entity], NetworkCodec.Damaged>>(.failure(NetworkCodec.Damaged()))
        let rest = Mutex<Result<NetworkDecoding.Rest, NetworkCodec.Damaged>>(.failure(NetworkCodec.Damaged()))
        let restPosition = position
        let together = entityCount >= Self.entitiesWorthASecondThread
        withoutActuallyEscaping(alongside) { alongside in
            let work = NetworkDecoding(entityCount: entityCount, section: section, rest: restPosition, alongside: alongside)
            if together {
                DispatchQueue.concurrentPerform(iterations: 3) { job in work.run(job, entities: entities, rest: rest) }
            } else {
                for job in 0..<3 { work.run(job, entities: entities, rest: rest) }
            }
        }
        let decoded = try rest.withLock { $0 }.get()
        move(to: decoded.end)
        return Network(
            sortedEntities: try entities.withLock { $0 }.get(), relations: decoded.store, ends: decoded.ends,
            documents: documents, adjacency: decoded.adjacency, locations: decoded.locations)
    }

    /// Fewer entities than this are decoded on the calling thread: handing them to another
    /// would cost more than it saves.
    private static let entitiesWorthASecondThread = 2_000

    /// The relations' ends and fields, each entity's relations, and where every fact was
    /// recorded.
    fileprivate mutating func relationsAndLocations(entityCount: Int) throws(NetworkCodec.Damaged) -> NetworkDecoding.Rest {
        let (ends, store) = try relations(entityCount: entityCount)
        let adjacency = Adjacency(entityCount: entityCount, ends: ends)
        var locations = RecordLocations()
        for _ in 0..<(try count(ofItemsOf: 2)) {
            locations.files.append(FileLocation.Origin(file: try text(), sheet: try optionalText()))
        }
        locations.relations = try packedLocations(fileCount: locations.files.count)
        locations.entities = try packedLocations(fileCount: locations.files.count)
        return NetworkDecoding.Rest(
            ends: ends, store: store, adjacency: adjacency, locations: locations, end: position.offset)
    }

    /// The next entity, whose id must not come before `previousID` (the entities are sorted
    /// by id, as the network's index needs them); `previousID` becomes its id.
    fileprivate mutating func entity(after previousID: inout String?) throws(NetworkCodec.Damaged) -> Entity {
        let idText = try text()
        if let previousID, utf8Order(previousID.utf8.span, idText.utf8.span) > 0 { throw NetworkCodec.Damaged() }
        previousID = idText
        let id = EntityID(idText)
        let kind = try one(of: kinds)
        let name = try text()
        let shortName = try optionalText()
        var aliases: [String] = []
        for _ in 0..<(try count(ofItemsOf: 1)) { aliases.append(try text()) }
        let country = try text()
        let description = try optionalText()
        var attributes: [String: String] = [:]
        for _ in 0..<(try count(ofItemsOf: 2)) {
            let key = try text()
            attributes[key] = try text()
        }
        return Entity(
            id: id, kind: kind, name: name, shortName: shortName, aliases: aliases, country: country,
            description: description, attributes: attributes, validity: try validity(), citations: try citations())
    }

    private mutating func relations(
        entityCount: Int
    ) throws(NetworkCodec.Damaged) -> ([RelationEnds], RelationStore) {
        let relationCount = try count()
        let rows = try region(count: relationCount, ofSize: relationRowSize)
        var store = RelationStore()
        var extrasFlagged = 0
        var valid = true
        let types = relationTypes
        // Each row's values are checked as they are copied; one bad row spoils the lot.
        let ends = [RelationEnds](unsafeUninitializedCapacity: relationCount) { ends, endCount in
            store.packed = [PackedRelation](unsafeUninitializedCapacity: relationCount) { packed, packedCount in
                for index in 0..<relationCount {
                    let row = index * relationRowSize
                    func word(_ at: Int) -> UInt32 {
                        UInt32(littleEndian: rows.loadUnaligned(fromByteOffset: row + at, as: UInt32.self))
                    }
                    let (from, to, type, flags) = (word(0), word(4), Int(rows[row + 8]), rows[row + 29])
                    let relation = PackedRelation(
                        role: word(9), start: word(13), end: word(17), source: word(21), quote: word(25), flags: flags)
                    valid = valid && Int(from) < entityCount && Int(to) < entityCount && type < types.count
                        && flags & ~PackedRelation.all == 0
                        && (relation.start == 0 || PartialDate(packed: relation.start) != nil)
                        && (relation.end == 0 || PartialDate(packed: relation.end) != nil)
                    guard valid else { break }
                    if flags & PackedRelation.hasExtras != 0 { extrasFlagged += 1 }
                    (ends.baseAddress! + index).initialize(
                        to: RelationEnds(from: Int32(from), to: Int32(to), type: types[type]))
                    (packed.baseAddress! + index).initialize(to: relation)
                    endCount = index + 1
                    packedCount = index + 1
                }
            }
        }
        guard valid else { throw NetworkCodec.Damaged() }
        let idCount = try count(ofItemsOf: 1)
        guard idCount == 0 || idCount == relationCount else { throw NetworkCodec.Damaged() }
        store.ids.reserveCapacity(idCount)
        for _ in 0..<idCount { store.ids.append(try count()) }
        let extraCount = try count(ofItemsOf: 7)
        guard extraCount == extrasFlagged else { throw NetworkCodec.Damaged() }
        for _ in 0..<extraCount {
            let position = try count(atMost: relationCount - 1)
            guard store.packed[position].flags & PackedRelation.hasExtras != 0, store.extras[position] == nil
            else { throw NetworkCodec.Damaged() }
            store.extras[position] = RelationExtras(
                note: try optionalText(), asOf: try date(), citations: try flag() ? try citations() : nil)
        }
        guard let texts = TextTable(bytes: try blob(), ends: try words()) else { throw NetworkCodec.Damaged() }
        store.texts = texts
        let textCount = UInt32(truncatingIfNeeded: texts.count)
        for row in store.packed where row.role > textCount || row.source > textCount || row.quote > textCount {
            throw NetworkCodec.Damaged()
        }
        return (ends, store)
    }

    private mutating func packedLocations(
        fileCount: Int
    ) throws(NetworkCodec.Damaged) -> [NetworkBuilder.Location] {
        let locationCount = try count()
        let rows = try region(count: locationCount, ofSize: 12)
        var locations: [NetworkBuilder.Location] = []
        locations.reserveCapacity(locationCount)
        for index in 0..<locationCount {
            func word(_ at: Int) -> Int32 {
                Int32(bitPattern: UInt32(littleEndian: rows.loadUnaligned(fromByteOffset: 12 * index + at, as: UInt32.self)))
            }
            let file = word(0)
            guard file >= -1, Int(file) < fileCount else { throw NetworkCodec.Damaged() }
            locations.append(NetworkBuilder.Location(file: file, line: Int(word(4)), column: Int(word(8))))
        }
        return locations
    }
}

/// The three jobs of decoding a network, for ``ByteReader/network(alongside:)`` to run at the
/// same time: the entities, from their section; the relations, each entity's relations and the
/// locations, from where the reader is; and the job done alongside.
///
/// It holds the bytes being decoded, which stay valid while the jobs run
/// (`DispatchQueue.concurrentPerform` returns when all are done), and each job writes only its
/// own result.
private struct NetworkDecoding: @unchecked Sendable {
    /// What the second job decodes, and the offset after it.
    struct Rest {
        var ends: [RelationEnds]
        var store: RelationStore
        var adjacency: Adjacency
        var locations: RecordLocations
        var end: Int
    }

    let entityCount: Int
    let section: UnsafeBufferPointer<UInt8>
    let rest: (bytes: UnsafeBufferPointer<UInt8>, offset: Int)
    let alongside: () -> Void

    func run(
        _ job: Int, entities: borrowing Mutex<Result<[Entity], NetworkCodec.Damaged>>,
        rest result: borrowing Mutex<Result<Rest, NetworkCodec.Damaged>>
    ) {
        switch job {
        case 0:
            let decoded = Result { () throws(NetworkCodec.Damaged) in try decodeEntities() }
            entities.withLock { $0 = decoded }
        case 1:
            var reader = ByteReader(rest.bytes, from: rest.offset)
            let decoded = Result { () throws(NetworkCodec.Damaged) in
                try reader.relationsAndLocations(entityCount: entityCount)
            }
            result.withLock { $0 = decoded }
        default:
            alongside()
        }
    }

    /// The `entityCount` entities of `section`, which holds nothing else.
    private func decodeEntities() throws(NetworkCodec.Damaged) -> [Entity] {
        var reader = ByteReader(section)
        var entities: [Entity] = []
        entities.reserveCapacity(entityCount)
        var previousID: String?
        for _ in 0..<entityCount { entities.append(try reader.entity(after: &previousID)) }
        guard reader.isAtEnd else { throw NetworkCodec.Damaged() }
        return entities
    }
}

/// The bytes of a relation's row: ends (4 + 4), type (1), role, start, end, source and quote
/// (4 each), flags (1).
private let relationRowSize = 30

/// The severities, kinds and relation types, by the number that stands for each.
private let severities: [Diagnostic.Severity] = [.error, .warning, .note]
private let kinds = EntityKind.allCases
private let relationTypes = RelationType.allCases
