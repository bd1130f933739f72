import Synchronization

/// The jobs of decoding a network (``ByteReader/network(alongside:)``), run at the same time
/// on two threads when there are many entities: the entities from their section; the
/// relations; each entity's outgoing and each one's incoming relations, read straight from
/// the relations' rows; the locations from their section; and a job done alongside, such as
/// checking the checksum of the bytes. The longest come first, and each thread takes the
/// next job when it is free, so the two finish at about the same time.
///
/// It holds the bytes being decoded, which stay valid while the jobs run
/// (``ConcurrentJobs/run(_:together:_:)`` returns when all are done), and each job writes only
/// its own result.
struct NetworkDecoding: @unchecked Sendable {
    /// What the jobs decoded; a job that failed leaves its result a failure (or `nil`).
    struct Results {
        var entities: Result<([Entity], [EntityID]), NetworkCodec.Damaged> = .failure(NetworkCodec.Damaged())
        var relations: Result<(ends: [RelationEnds], store: RelationStore, end: Int), NetworkCodec.Damaged> =
            .failure(NetworkCodec.Damaged())
        var outgoing: AdjacencyLists?
        var incoming: AdjacencyLists?
        var locations: Result<RecordLocations, NetworkCodec.Damaged> = .failure(NetworkCodec.Damaged())
    }

    /// The jobs, longest first.
    private enum Job: Int, CaseIterable {
        case entities, relations, outgoing, incoming, locations, alongside
    }

    let entityCount: Int
    let entitySection: UnsafeBufferPointer<UInt8>
    let locationSection: UnsafeBufferPointer<UInt8>
    /// Where the relations begin; they run to the end of the network.
    let relations: (bytes: UnsafeBufferPointer<UInt8>, offset: Int)
    let alongside: () -> Void

    /// Fewer entities than this are decoded on the calling thread alone: handing jobs to
    /// another would cost more than it saves.
    static let entitiesWorthTwoThreads = 2_000

    /// Runs every job, and gives what they decoded.
    func results() -> Results {
        let results = Mutex(Results())
        ConcurrentJobs.run(Job.allCases.count, together: entityCount >= Self.entitiesWorthTwoThreads) { job in
            run(Job(rawValue: job)!, into: results)
        }
        return results.withLock { $0 }
    }

    private func run(_ job: Job, into results: borrowing Mutex<Results>) {
        switch job {
        case .entities:
            let decoded = Result { () throws(NetworkCodec.Damaged) in try decodeEntities() }
            results.withLock { $0.entities = decoded }
        case .relations:
            var reader = ByteReader(relations.bytes, from: relations.offset)
            let decoded = Result { () throws(NetworkCodec.Damaged) in
                let (ends, store) = try reader.relations(entityCount: entityCount)
                return (ends: ends, store: store, end: reader.position.offset)
            }
            results.withLock { $0.relations = decoded }
        case .outgoing, .incoming:
            var reader = ByteReader(relations.bytes, from: relations.offset)
            guard let rows = try? reader.relationRows() else { return }
            // A row's ends are its first two words; the relations job checks them.
            let at = job == .outgoing ? 0 : 4
            guard let lists = AdjacencyLists(entityCount: entityCount, relationCount: rows.count / CodecLayout.relationRowSize, end: {
                Int32(bitPattern: UInt32(littleEndian: rows.loadUnaligned(
                    fromByteOffset: $0 * CodecLayout.relationRowSize + at, as: UInt32.self)))
            }) else { return }
            results.withLock { job == .outgoing ? ($0.outgoing = lists) : ($0.incoming = lists) }
        case .locations:
            var reader = ByteReader(locationSection)
            let decoded = Result { () throws(NetworkCodec.Damaged) in
                let locations = try reader.locations()
                guard reader.isAtEnd else { throw NetworkCodec.Damaged() }
                return locations
            }
            results.withLock { $0.locations = decoded }
        case .alongside:
            alongside()
        }
    }

    /// The `entityCount` entities of the entity section, which holds nothing else, and their
    /// ids.
    private func decodeEntities() throws(NetworkCodec.Damaged) -> ([Entity], [EntityID]) {
        var reader = ByteReader(entitySection)
        var ids: [EntityID] = []
        ids.reserveCapacity(entityCount)
        var previousID = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var failed = false
        // Each entity is made where it is kept, and its id taken from there.
        let entities = [Entity](unsafeUninitializedCapacity: entityCount) { entities, count in
            do {
                for index in 0..<entityCount {
                    (entities.baseAddress! + index).initialize(to: try reader.entity(after: &previousID))
                    count = index + 1
                    ids.append(entities[index].id)
                }
            } catch {
                failed = true
            }
        }
        guard !failed, reader.isAtEnd else { throw NetworkCodec.Damaged() }
        return (entities, ids)
    }
}
