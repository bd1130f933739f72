import Foundation
import RegionGraph
import Synchronization
import Testing
@testable import RegionGraphIO

/// A snapshot of a network large enough to be decoded on two threads (its entities on one,
/// its relations on the other, the checksum alongside) gives what a fresh parse gives, and
/// damaged bytes are refused or harmless on that path too.
@Suite struct NetworkSnapshotThreadsTests {
    /// A spreadsheet folder of 2,500 entities (more than are decoded on one thread) and 6,000
    /// relations, with names that are not ASCII and relations with roles and notes.
    static func largeFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-threads-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var entities = "id,kind,name,short\n"
        for index in 0..<2_500 {
            let id = index * 7919 % 2_500   // every number once, not in order
            let kind = id % 10 == 0 ? "regional_council" : "municipality"
            entities += "e\(id),\(kind),Tjïelte nr. \(index) på Røros,T\(index)\n"
        }
        var relations = "from,to,type,role,start,end,source,note\n"
        for index in 0..<6_000 {
            let from = (index * 31 + 1) % 2_500
            let council = (index % 250) * 10
            guard from % 10 != 0 else { continue }
            relations += "e\(from),e\(council),member_of,rolle \(index % 3),\(1990 + index % 30),,kilde-\(index % 50),"
                + (index % 17 == 0 ? "notat \(index)" : "") + "\n"
        }
        try entities.write(toFile: folder + "/entities.csv", atomically: true, encoding: .utf8)
        try relations.write(toFile: folder + "/relations.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aLargeNetworkDecodesToWhatWasEncoded() throws {
        let folder = try Self.largeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fresh = try DatasetLoader.load(from: folder)
        let network = try #require(fresh.network)
        #expect(network.entities.count == 2_500)
        #expect(network.relationCount > 5_000)
        let bytes = NetworkCodec.encode(fresh)
        let again = try NetworkCodec.decode(bytes)
        try NetworkSnapshotTests().expectSame(again, fresh)
        #expect(NetworkCodec.encode(again) == bytes)
        // Encoded into a file a buffer at a time, the bytes are the same.
        var streamed: [UInt8] = []
        var largest = 0
        var pieces = 0
        NetworkCodec.encode(fresh) { piece in
            streamed += piece
            pieces += 1
            largest = max(largest, piece.count)
        }
        #expect(streamed == bytes)
        #expect(pieces > 3)
        #expect(largest < bytes.count / 2)
        // The job done alongside runs once, whether the network is large or small.
        for validation in [fresh, try DatasetLoader.load(from: NetworkSnapshotTests.dataFolder)] {
            let runs = Mutex(0)
            let encoded = NetworkCodec.encode(validation)
            _ = try encoded.withUnsafeBufferPointer { buffer in
                try NetworkCodec.decode(buffer) { runs.withLock { $0 += 1 } }
            }
            #expect(runs.withLock { $0 } == 1)
        }
    }

    @Test func aLargeSnapshotThroughTheCacheGivesTheFreshParse() throws {
        let folder = try Self.largeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = NetworkSnapshotTests().temporaryCache()
        let fresh = try DatasetLoader.load(from: folder)
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let stored = Array(try Data(contentsOf: URL(fileURLWithPath: cache.snapshotPath(for: folder))))
        let key = try #require(NetworkSnapshotTests.key(of: stored))
        try NetworkSnapshotTests().expectSame(try #require(cache.snapshot(folder: folder, key: key)), fresh)
        try NetworkSnapshotTests().expectSame(try DatasetLoader.load(from: folder, progress: nil, cache: cache), fresh)
    }

    /// A changed letter of an entity's name decodes to a network like any other: only the
    /// checksum, checked while the bytes are decoded, tells that the snapshot is damaged.
    @Test func aChangeOnlyTheChecksumSeesIsRefused() throws {
        let folder = try Self.largeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = NetworkSnapshotTests().temporaryCache()
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let path = cache.snapshotPath(for: folder)
        let stored = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let key = try #require(NetworkSnapshotTests.key(of: stored))
        let name = Array("Tjïelte nr. 1234 på Røros".utf8)
        let at = try #require(stored.indices.first { stored[$0...].starts(with: name) })
        var changed = stored
        changed[at + 13] = UInt8(ascii: "9")   // "nr. 9234" ("ï" is two bytes)
        let payload = Array(changed[(8 + key.count)..<(changed.count - 8)])
        #expect(try NetworkCodec.decode(payload).network?.entities.contains { $0.name == "Tjïelte nr. 9234 på Røros" } == true)
        try Data(changed).write(to: URL(fileURLWithPath: path))
        #expect(cache.snapshot(folder: folder, key: key) == nil)
        try Data(stored).write(to: URL(fileURLWithPath: path))
        #expect(cache.snapshot(folder: folder, key: key) != nil)
    }

    /// Cut short or changed anywhere — in the entities' section, the relations, the locations
    /// — the bytes of a large network are an error or some validation, never a crash.
    @Test func damagedBytesOfALargeNetworkNeverCrashTheDecoder() throws {
        let folder = try Self.largeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = NetworkCodec.encode(try DatasetLoader.load(from: folder))
        var seed: UInt64 = 0x2026_1130_0002
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<150 {
            #expect(throws: NetworkCodec.Damaged.self) { try NetworkCodec.decode(Array(bytes.prefix(next() % bytes.count))) }
        }
        for round in 0..<600 {
            var changed = bytes
            changed[next() % bytes.count] ^= [0x01, 0x80, 0xFF][round % 3]
            if let network = (try? NetworkCodec.decode(changed))?.network {
                for relation in network.relations.prefix(500) { _ = network.location(of: relation.id) }
                for entity in network.entities.prefix(500) { _ = network.relations(from: entity.id) }
            }
        }
    }
}
