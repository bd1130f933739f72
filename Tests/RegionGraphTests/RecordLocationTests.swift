import Testing
@testable import RegionGraph

@Suite struct RecordLocationTests {
    static func at(_ line: Int, _ column: Int = 3, file: String = "Data/a.yaml") -> FileLocation {
        FileLocation(file: file, line: line, column: column)
    }

    /// Three entities and two relations, recorded in two files; one entity and one relation
    /// without a place.
    static var records: DatasetRecords {
        var records = DatasetRecords()
        var document = DocumentRecord(location: at(1, file: "Data/sources.yaml"))
        document.id = Located("doc", at: nil)
        document.title = Located("Samfunnsutvikling", at: nil)
        records.documents = [document]
        for (id, kind, location) in [
            ("roros", "municipality", at(10)), ("ipr", "regional_council", at(20, file: "Data/b.yaml")),
            ("holtalen", "municipality", nil),
        ] {
            var entity = EntityRecord(location: location)
            entity.id = Located(id, at: location)
            entity.kind = Located(kind, at: location)
            entity.name = Located(id.uppercased(), at: location)
            entity.citations = [CitationRecord(location: nil, document: Located("doc", at: nil), quote: Located("q", at: nil))]
            records.entities.append(entity)
        }
        for (from, location) in [("roros", at(30, 5, file: "Data/b.yaml")), ("holtalen", nil)] {
            var relation = RelationRecord(location: location)
            relation.from = Located(from, at: location)
            relation.type = Located("member_of", at: location)
            relation.to = Located("ipr", at: location)
            relation.citations = [CitationRecord(location: nil, document: Located("doc", at: nil), quote: Located("q", at: nil))]
            records.relations.append(relation)
        }
        return records
    }

    @Test func aBuiltNetworkKnowsWhereEachFactIsRecorded() throws {
        let network = try Network.validating(Self.records).get()
        #expect(network.location(of: RelationID(rawValue: 0)) == Self.at(30, 5, file: "Data/b.yaml"))
        #expect(network.location(of: RelationID(rawValue: 1)) == nil)
        #expect(network.location(of: RelationID(rawValue: 2)) == nil)
        #expect(network.location(of: RelationID(rawValue: -1)) == nil)
        #expect(network.location(of: EntityID("roros")) == Self.at(10))
        #expect(network.location(of: EntityID("ipr")) == Self.at(20, file: "Data/b.yaml"))
        #expect(network.location(of: EntityID("holtalen")) == nil)
        #expect(network.location(of: EntityID("nowhere")) == nil)
        #expect(network.location(of: EntityID("roros"))?.description == "Data/a.yaml:10:3")
    }

    @Test func aSnapshotKeepsTheLocations() throws {
        let network = try Network.validating(Self.records).get()
        let snapshot = network.snapshot(at: try #require(PartialDate(year: 2020)))
        for relation in snapshot.relations {
            #expect(snapshot.location(of: relation.id) == network.location(of: relation.id))
        }
        for entity in snapshot.entities {
            #expect(snapshot.location(of: entity.id) == network.location(of: entity.id))
        }
        #expect(snapshot.location(of: RelationID(rawValue: 0)) != nil)
    }

    @Test func aNetworkBuiltFromValuesKnowsNoLocations() {
        let network = Fixture.network
        #expect(network.relations.allSatisfy { network.location(of: $0.id) == nil })
        #expect(network.entities.allSatisfy { network.location(of: $0.id) == nil })
    }

    @Test func relationsAddedPlainKeepTheirLocation() throws {
        var builder = NetworkBuilder(records: Self.records)
        let file = builder.fileNumber(for: "net/relations.csv")
        let holtalen = try #require(builder.position(of: "holtalen"))
        let ipr = try #require(builder.position(of: "ipr"))
        let relation = NetworkBuilder.PlainRelation(from: holtalen, type: .participatesIn, to: ipr, source: "doc")
        let kept = builder.addIfPlain(relation, at: NetworkBuilder.Location(file: file, line: 7, column: 1))
        #expect(kept)
        let network = try builder.finish().get()
        #expect(network.location(of: RelationID(rawValue: 2))?.description == "net/relations.csv:7:1")
        #expect(network.location(of: RelationID(rawValue: 0))?.description == "Data/b.yaml:30:5")
    }

    /// A snapshot's locations section, as the writer lays it out: the files, then a row of 12
    /// bytes (file, line, column) for each relation and each entity.
    static func locationSection(files: Int, rows: [(file: Int32, line: Int32, column: Int32)]) -> [UInt8] {
        var writer = ByteWriter()
        writer.count(files)
        for number in 0..<files {
            writer.text("Data/\(number).yaml")
            writer.text(nil as String?)
        }
        for part in [rows.dropLast(), rows.suffix(1)] {
            writer.count(part.count)
            for row in part {
                writer.word(UInt32(bitPattern: row.file))
                writer.word(UInt32(bitPattern: row.line))
                writer.word(UInt32(bitPattern: row.column))
            }
        }
        return writer.bytes
    }

    @Test func aSnapshotsLocationsAreReadBackAndAFileNumberOutOfRangeIsRefused() throws {
        let rows: [(file: Int32, line: Int32, column: Int32)] = [(0, 7, 1), (-1, 0, 0), (1, 41, 5), (1, Int32.max, 2)]
        let bytes = Self.locationSection(files: 2, rows: rows)
        let locations = try bytes.withUnsafeBufferPointer { buffer in
            var reader = ByteReader(buffer)
            return try reader.locations()
        }
        #expect(locations.relation(0)?.description == "Data/0.yaml:7:1")
        #expect(locations.relation(1) == nil)
        #expect(locations.relation(2)?.description == "Data/1.yaml:41:5")
        #expect(locations.entity(0)?.description == "Data/1.yaml:\(Int32.max):2")
        for file: Int32 in [2, -2, Int32.max, Int32.min] {
            let damaged = Self.locationSection(files: 2, rows: rows.dropLast() + [(file, 3, 1)])
            #expect(throws: NetworkCodec.Damaged.self) {
                try damaged.withUnsafeBufferPointer { buffer in
                    var reader = ByteReader(buffer)
                    _ = try reader.locations()
                }
            }
        }
    }
}
