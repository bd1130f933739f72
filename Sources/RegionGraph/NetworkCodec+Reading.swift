import Dispatch
import Synchronization

/// How ``NetworkCodec`` reads a validation back, checking every value.
extension ByteReader {
    mutating func diagnostic() throws(NetworkCodec.Damaged) -> Diagnostic {
        let severity = try one(of: CodecLayout.severities)
        let location = try location()
        return Diagnostic(severity, at: location, try text(), hint: try optionalText())
    }

    mutating func location() throws(NetworkCodec.Damaged) -> FileLocation? {
        guard try flag() else { return nil }
        let file = try text()
        var location = FileLocation(file: file, line: 0, column: 0)
        location.sheet = try optionalText()
        location.line = try count()
        location.column = try count()
        return location
    }

    mutating func validity() throws(NetworkCodec.Damaged) -> Validity {
        Validity(start: try date(), end: try date())
    }

    mutating func citations() throws(NetworkCodec.Damaged) -> [Citation] {
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
    mutating func network(alongside: () -> Void) throws(NetworkCodec.Damaged) -> Network {
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
    mutating func relationsAndLocations(entityCount: Int) throws(NetworkCodec.Damaged) -> NetworkDecoding.Rest {
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
    mutating func entity(after previousID: inout String?) throws(NetworkCodec.Damaged) -> Entity {
        let idText = try text()
        if let previousID, utf8Order(previousID.utf8.span, idText.utf8.span) > 0 { throw NetworkCodec.Damaged() }
        previousID = idText
        let id = EntityID(idText)
        let kind = try one(of: CodecLayout.kinds)
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
        let rows = try region(count: relationCount, ofSize: CodecLayout.relationRowSize)
        var store = RelationStore()
        var extrasFlagged = 0
        var valid = true
        let types = CodecLayout.relationTypes
        // Each row's values are checked as they are copied; one bad row spoils the lot.
        let ends = [RelationEnds](unsafeUninitializedCapacity: relationCount) { ends, endCount in
            store.packed = [PackedRelation](unsafeUninitializedCapacity: relationCount) { packed, packedCount in
                for index in 0..<relationCount {
                    let row = index * CodecLayout.relationRowSize
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
struct NetworkDecoding: @unchecked Sendable {
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
