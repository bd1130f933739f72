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

    /// The network, its sections decoded at the same time on two threads when there are many
    /// entities (``NetworkDecoding``), with `alongside` run as one of the jobs.
    mutating func network(alongside: () -> Void) throws(NetworkCodec.Damaged) -> Network {
        var documents: [SourceDocument] = []
        for _ in 0..<(try count(ofItemsOf: 9)) {
            documents.append(SourceDocument(
                id: DocumentID(try text()), title: try text(), publisher: try optionalText(), date: try date(),
                note: try optionalText(), file: try optionalText(), url: try optionalText()))
        }
        let entityCount = try count()
        let entitySection = try region(count: try count(), ofSize: 1).assumingMemoryBound(to: UInt8.self)
        guard entityCount <= entitySection.count / 16 else { throw NetworkCodec.Damaged() }
        let locationSection = try region(count: try count(), ofSize: 1).assumingMemoryBound(to: UInt8.self)
        let decoded = withoutActuallyEscaping(alongside) { alongside in
            NetworkDecoding(
                entityCount: entityCount, entitySection: entitySection, locationSection: locationSection,
                relations: position, alongside: alongside
            ).results()
        }
        let (entities, ids) = try decoded.entities.get()
        let relations = try decoded.relations.get()
        guard let outgoing = decoded.outgoing, let incoming = decoded.incoming else { throw NetworkCodec.Damaged() }
        move(to: relations.end)
        return Network(
            sortedEntities: entities, relations: relations.store, ends: relations.ends, documents: documents,
            adjacency: Adjacency(outgoing: outgoing, incoming: incoming), locations: try decoded.locations.get(),
            entityIDs: ids)
    }

    /// Where every fact was recorded: the files, then a row for each relation and each entity.
    mutating func locations() throws(NetworkCodec.Damaged) -> RecordLocations {
        var locations = RecordLocations()
        for _ in 0..<(try count(ofItemsOf: 2)) {
            locations.files.append(FileLocation.Origin(file: try text(), sheet: try optionalText()))
        }
        locations.relations = try packedLocations(fileCount: locations.files.count)
        locations.entities = try packedLocations(fileCount: locations.files.count)
        return locations
    }

    /// The rows of the relations, as ``relations(entityCount:)`` reads them, to read their
    /// ends from on another thread.
    mutating func relationRows() throws(NetworkCodec.Damaged) -> UnsafeRawBufferPointer {
        try region(count: try count(), ofSize: CodecLayout.relationRowSize)
    }

    /// The next entity, whose id must not come before `previousID` (the entities are sorted
    /// by id, as the network's index needs them); `previousID` becomes its id's bytes.
    mutating func entity(after previousID: inout UnsafeBufferPointer<UInt8>) throws(NetworkCodec.Damaged) -> Entity {
        let idBytes = try textBytes()
        if utf8Order(idBytes.span, previousID.span) < 0 { throw NetworkCodec.Damaged() }
        previousID = idBytes
        let id = EntityID(String(decoding: idBytes, as: UTF8.self))
        let kind = try one(of: CodecLayout.kinds)
        let name = try text()
        let shortName = try optionalText()
        var aliases: [String] = []
        for _ in 0..<(try count(ofItemsOf: 1)) { aliases.append(try text()) }
        // Nearly every entity is in Norway: its country is then the one text, not a new one.
        let countryBytes = try textBytes()
        let isNorway = countryBytes.count == 2 && countryBytes[0] == UInt8(ascii: "N") && countryBytes[1] == UInt8(ascii: "O")
        let country = isNorway ? "NO" : String(decoding: countryBytes, as: UTF8.self)
        let description = try optionalText()
        var attributes: [String: String] = [:]
        for _ in 0..<(try count(ofItemsOf: 2)) {
            let key = try text()
            attributes[key] = try text()
        }
        let validity = try validity()
        let citations = try citations()
        return Entity(
            id: id, kind: kind, name: name, shortName: shortName, aliases: aliases, country: country,
            description: description, attributes: attributes, validity: validity, citations: citations)
    }

    /// The relations' ends and their other fields.
    mutating func relations(
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

    /// Whether a location in memory is a snapshot's row of it on a little-endian processor: its
    /// file, line and column as 32-bit numbers, in that order, and nothing else.
    private static let locationsAreLaidOutAsRows =
        MemoryLayout<NetworkBuilder.Location>.size == 12 && MemoryLayout<NetworkBuilder.Location>.stride == 12
        && MemoryLayout<NetworkBuilder.Location>.offset(of: \.file) == 0
        && MemoryLayout<NetworkBuilder.Location>.offset(of: \.line) == 4
        && MemoryLayout<NetworkBuilder.Location>.offset(of: \.column) == 8

    private mutating func packedLocations(
        fileCount: Int
    ) throws(NetworkCodec.Damaged) -> [NetworkBuilder.Location] {
        let locationCount = try count()
        let rows = try region(count: locationCount, ofSize: 12)
        #if _endian(little)
        if Self.locationsAreLaidOutAsRows {
            // The rows are the locations' own bytes: copied at once, then every file number
            // checked (-1 for none, or one of the files).
            let locations = [NetworkBuilder.Location](unsafeUninitializedCapacity: locationCount) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: rows)
                count = locationCount
            }
            guard !locations.contains(where: { $0.file < -1 || Int($0.file) >= fileCount }) else {
                throw NetworkCodec.Damaged()
            }
            return locations
        }
        #endif
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
