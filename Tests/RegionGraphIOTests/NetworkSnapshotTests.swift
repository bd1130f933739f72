import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// The snapshots of checked networks: a load through one gives what a fresh parse gives, a
/// damaged one is refused, and a changed data file is never hidden by one.
@Suite struct NetworkSnapshotTests {
    static let dataFolder = RecordsCacheTests.dataFolder

    func temporaryCache() -> RecordsCache {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-snapshot-\(UUID().uuidString)").path
        return RecordsCache(directory: directory, identity: "test build 1")
    }

    /// A spreadsheet folder with what few relations have — a note, a date stated for, several
    /// sources, an inference, a quote, no source — and entities with every field.
    func spreadsheetFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-snapshot-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try #"""
            id,title,publisher,date
            doc-1,Samfunnsutvikling,Røros kommune,2022-12-20

            """#.write(toFile: folder + "/documents.csv", atomically: true, encoding: .utf8)
        try #"""
            id,kind,name,short,aliases,description,start,end,population,source,quote
            roros,municipality,Røros kommune,Røros,Rossen tjïelte; Røros bergstad,Bergstaden,1838,,5500,doc-1,Røros kommune
            holtalen,municipality,Holtålen kommune,Holtålen,,,,,2000,,
            ipr,regional_council,Interkommunalt politisk råd,IPR,,,2017,2030,,doc-1,Interkommunalt politisk råd
            green-flyway,project,Green Flyway,,,"Flyway, ""grønn""",,,,,

            """#.write(toFile: folder + "/entities.csv", atomically: true, encoding: .utf8)
        try #"""
            from,to,type,role,start,end,source,quote,as_of,note,certainty,source_2,quote_2
            roros,ipr,member_of,medlemskommune,2017,,doc-1,et interkommunalt samarbeid,,,,,
            holtalen,ipr,member_of,medlemskommune,2017-01,2020-12-31,kst-2,,2019-05,,,,
            roros,green-flyway,owns,prosjekteier,,,doc-1,"eier ""alt""",,a note,,brreg 1420,a second quote
            holtalen,green-flyway,participates_in,,,,kst-3,,,read from a list,inferred,,
            roros,holtalen,partner_of,,,,,,,,,,
            roros,ipr,member_of,medlemskommune,2017,,kst-4,,,,,,

            """#.write(toFile: folder + "/relations.csv", atomically: true, encoding: .utf8)
        return folder
    }

    /// Every part of two networks, and the answers of the queries, are the same.
    func expectSame(_ a: DatasetValidation, _ b: DatasetValidation, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(a.diagnostics == b.diagnostics, sourceLocation: sourceLocation)
        #expect((a.network == nil) == (b.network == nil), sourceLocation: sourceLocation)
        guard let x = a.network, let y = b.network else { return }
        #expect(x.entities == y.entities, sourceLocation: sourceLocation)
        #expect(x.relations == y.relations, sourceLocation: sourceLocation)
        #expect(x.documents == y.documents, sourceLocation: sourceLocation)
        #expect(x.relations.map { x.location(of: $0.id) } == y.relations.map { y.location(of: $0.id) },
            sourceLocation: sourceLocation)
        #expect(x.entities.map { x.location(of: $0.id) } == y.entities.map { y.location(of: $0.id) },
            sourceLocation: sourceLocation)
        for entity in x.entities {
            #expect(x.relations(from: entity.id) == y.relations(from: entity.id), sourceLocation: sourceLocation)
            #expect(x.relations(to: entity.id) == y.relations(to: entity.id), sourceLocation: sourceLocation)
            #expect(x.members(of: entity.id) == y.members(of: entity.id), sourceLocation: sourceLocation)
            #expect(Self.resolved(entity.name, in: x) == Self.resolved(entity.name, in: y), sourceLocation: sourceLocation)
        }
        if let first = x.entities.first, let last = x.entities.last {
            #expect(x.path(from: first.id, to: last.id) == y.path(from: first.id, to: last.id), sourceLocation: sourceLocation)
        }
    }

    /// The id a name resolves to, or the error it gives.
    static func resolved(_ name: String, in network: Network) -> String {
        do {
            return try network.entity(named: name).id.rawValue
        } catch {
            return error.description
        }
    }

    @Test(arguments: [false, true])
    func aLoadThroughTheSnapshotGivesTheFreshParse(spreadsheet: Bool) throws {
        let folder = spreadsheet ? try spreadsheetFolder() : Self.dataFolder
        defer { if spreadsheet { try? FileManager.default.removeItem(atPath: folder) } }
        let cache = temporaryCache()
        let fresh = try DatasetLoader.load(from: folder)
        let first = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.snapshotPath(for: folder)))
        let second = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        try expectSame(first, fresh)
        try expectSame(second, fresh)
        if spreadsheet {
            // What the folder is made to have, so that the snapshot is shown to keep it.
            let network = try #require(fresh.network)
            #expect(network.relations.contains { $0.note != nil && $0.citations.count == 2 })
            #expect(network.relations.contains { $0.asOf != nil })
            #expect(network.relations.contains { $0.certainty == .inferred })
            #expect(network.relations.contains { $0.citations.isEmpty })
            #expect(fresh.diagnostics.contains { $0.severity == .warning })
            #expect(fresh.diagnostics.contains { $0.severity == .note })
        }
    }

    /// The snapshot, not a parse, answers when its key matches: a snapshot of other data
    /// stored under this folder's key is what the load gives.
    @Test func aSnapshotWithTheRightKeyIsWhatALoadGives() throws {
        let folder = try spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = temporaryCache()
        let real = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let stored = try #require(try Data(contentsOf: URL(fileURLWithPath: cache.snapshotPath(for: folder))))
        let other = try DatasetLoader.load(from: Self.dataFolder)
        let key = try #require(Self.key(of: Array(stored)))
        cache.storeSnapshot(other, folder: folder, key: key)
        let loaded = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        try expectSame(loaded, other)
        #expect(loaded.network?.entities != real.network?.entities)
    }

    /// The key at the start of an entry.
    static func key(of entry: [UInt8]) -> [UInt8]? {
        guard entry.count >= 8 else { return nil }
        var length = 0
        for index in 0..<8 { length |= Int(entry[index]) << (8 * index) }
        guard length <= entry.count - 8 else { return nil }
        return Array(entry[8..<(8 + length)])
    }

    @Test func aDamagedSnapshotIsRefusedAndTheAnswerIsStillRight() throws {
        let folder = try spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = temporaryCache()
        let fresh = try DatasetLoader.load(from: folder)
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let path = cache.snapshotPath(for: folder)
        let stored = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let key = try #require(Self.key(of: stored))
        #expect(cache.snapshot(folder: folder, key: key) != nil)
        var seed: UInt64 = 0x2026_1130
        for round in 0..<200 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            var damaged = stored
            if round % 4 == 3 {
                damaged = Array(damaged.prefix(Int((seed >> 33) % UInt64(stored.count))))
            } else {
                damaged[Int((seed >> 33) % UInt64(stored.count))] ^= UInt8(truncatingIfNeeded: seed >> 17) | 1
            }
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            #expect(cache.snapshot(folder: folder, key: key) == nil, "round \(round)")
        }
        // The last damaged snapshot is refused by the load, which parses and writes it anew.
        try expectSame(try DatasetLoader.load(from: folder, progress: nil, cache: cache), fresh)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == stored)
    }

    /// Bytes that are not an encoding — cut short anywhere, or changed where the checksum
    /// would not see it — are an error or some validation, never a crash.
    @Test func damagedBytesNeverCrashTheDecoder() throws {
        let folder = try spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = NetworkCodec.encode(try DatasetLoader.load(from: folder))
        let again = try NetworkCodec.decode(bytes)
        #expect(NetworkCodec.encode(again) == bytes)
        for length in 0..<bytes.count {
            #expect(throws: NetworkCodec.Damaged.self) { try NetworkCodec.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: NetworkCodec.Damaged.self) { try NetworkCodec.decode(bytes + [0]) }
        for index in bytes.indices {
            for change: UInt8 in [0x01, 0x80, 0xFF] {
                var changed = bytes
                changed[index] ^= change
                if let decoded = try? NetworkCodec.decode(changed), let network = decoded.network {
                    // Whatever it decodes to can be asked anything.
                    for relation in network.relations { _ = network.location(of: relation.id) }
                    for entity in network.entities { _ = network.relations(from: entity.id) + network.relations(to: entity.id) }
                }
            }
        }
    }

    @Test func aChangedDataFileIsNeverHiddenByTheSnapshot() throws {
        let folder = try spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = temporaryCache()
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let file = folder + "/relations.csv"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // The same size: only the bytes differ.
        try text.replacingOccurrences(of: "prosjekteier", with: "prosjekteigr").write(toFile: file, atomically: false, encoding: .utf8)
        let edited = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        try expectSame(edited, try DatasetLoader.load(from: folder))
        #expect(try edited.get().relations.contains { $0.role == "prosjekteigr" })
        // A new file, and a folder problem (a data file's name that is skipped), are seen too.
        try "entities:\n  - id: extra\n    kind: forum\n    name: Extra\n".write(
            toFile: folder + "/extra.yaml", atomically: true, encoding: .utf8)
        let added = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        #expect(added.diagnostics == (try DatasetLoader.load(from: folder)).diagnostics)
        #expect(added.network?.entity("extra") != nil || added.network == nil)
        try FileManager.default.createDirectory(atPath: folder + "/skipped.yaml", withIntermediateDirectories: true)
        let skipped = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        #expect(skipped.diagnostics == (try DatasetLoader.load(from: folder)).diagnostics)
        #expect(skipped.diagnostics.contains { $0.message.contains("'skipped.yaml' is skipped") })
    }

    @Test func theContentHashIsTheSameInAnyPiecesAndSeesEveryByte() {
        var seed: UInt64 = 7
        let bytes = (0..<1000).map { _ -> UInt8 in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
        let whole = ContentHash.of(bytes)
        for cuts in [[1], [31, 32, 33], [7, 100, 999], [500]] {
            var hash = ContentHash()
            var start = 0
            for cut in cuts + [bytes.count] {
                bytes[start..<cut].withUnsafeBytes { hash.add($0) }
                start = cut
            }
            #expect(hash.value == whole, "\(cuts)")
        }
        var seen = Set([whole, ContentHash.of(bytes + [0]), ContentHash.of(Array(bytes.dropLast()))])
        for index in stride(from: 0, to: bytes.count, by: 7) {
            var changed = bytes
            changed[index] ^= 0x10
            seen.insert(ContentHash.of(changed))
        }
        #expect(seen.count == 3 + (bytes.count + 6) / 7)
    }

    @Test func invalidDataGivesTheSameErrorsFromTheSnapshot() throws {
        let folder = try spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "from,to,type,role,start,end,source\nroros,nowhere,member_of,,,,kst-1\n"
            .write(toFile: folder + "/relations.csv", atomically: true, encoding: .utf8)
        let cache = temporaryCache()
        let fresh = try DatasetLoader.load(from: folder)
        #expect(fresh.network == nil && !fresh.errors.isEmpty)
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.snapshotPath(for: folder)))
        try expectSame(try DatasetLoader.load(from: folder, progress: nil, cache: cache), fresh)
    }
}
