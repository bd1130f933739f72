import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

@Suite struct RecordsCacheTests {
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    /// The shipped data files, parsed one by one, plus a file full of problems.
    func parts() throws -> (paths: [String], contents: [[UInt8]], parts: [DatasetRecords]) {
        var paths = try DatasetLoader.dataFiles(in: Self.dataFolder)
        var contents = try paths.map { try DatasetLoader.contents(of: $0) }
        paths.append("Data/broken.yaml")
        contents.append(Array("""
            entities:
              - id: "tab\\there & <b>"
                naem: Ødegården ⁦שלום⁩ 👩🏽‍🌾
                attributes: {b: 2, a: 1}
              - [not, a, mapping]
            relations:
              - {from: a, to: b, type: member_of, as_of: "2021-05", quote: "\\u0000"}
              - {from: a, to: c, type: part_of, certainty: inferred, note: read so}
            """.utf8))
        let parts = zip(contents, paths).map { bytes, path in
            YAMLDatasetReader.read(String(decoding: bytes, as: UTF8.self), file: path)
        }
        return (paths, contents, parts)
    }

    func expectSame(_ a: [DatasetRecords], _ b: [DatasetRecords]) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x.documents == y.documents)
            #expect(x.entities == y.entities)
            #expect(x.relations == y.relations)
            #expect(x.diagnostics == y.diagnostics)
        }
    }

    @Test func recordsSurviveEncodingExactly() throws {
        let (_, _, parts) = try parts()
        #expect(parts.last?.diagnostics.count ?? 0 >= 2)
        #expect(parts.reduce(0) { $0 + $1.entities.count } > 200)
        expectSame(try RecordsCodec.decode(RecordsCodec.encode(parts)), parts)
        #expect(RecordsCodec.encode(parts) == RecordsCodec.encode(parts))
    }

    @Test func damagedBytesAreAnErrorNotACrash() throws {
        let (_, _, parts) = try parts()
        let bytes = RecordsCodec.encode(Array(parts.suffix(2)))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(throws: RecordsCodec.Damaged.self) { try RecordsCodec.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: RecordsCodec.Damaged.self) { try RecordsCodec.decode(bytes + [0]) }
        var seed: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<2_000 {
            var flipped = bytes
            for _ in 0...(Int(seed % 3)) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                flipped[Int((seed >> 33) % UInt64(flipped.count))] ^= UInt8(truncatingIfNeeded: seed >> 17) | 1
            }
            _ = try? RecordsCodec.decode(flipped)
        }
    }

    func temporaryCache() -> RecordsCache {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-cache-\(UUID().uuidString)").path
        return RecordsCache(directory: directory, identity: "test build 1")
    }

    @Test func anEntryIsUsedOnlyForTheSameBytesAndTheSameProgram() throws {
        let (paths, contents, parts) = try parts()
        let cache = temporaryCache()
        #expect(cache.records(folder: Self.dataFolder, paths: paths, contents: contents) == nil)
        cache.store(parts, folder: Self.dataFolder, paths: paths, contents: contents)
        expectSame(try #require(cache.records(folder: Self.dataFolder, paths: paths, contents: contents)), parts)

        var edited = contents
        edited[1][edited[1].count / 2] ^= 1
        #expect(cache.records(folder: Self.dataFolder, paths: paths, contents: edited) == nil)
        #expect(cache.records(folder: Self.dataFolder, paths: paths.reversed(), contents: contents.reversed()) == nil)
        #expect(cache.records(folder: Self.dataFolder, paths: Array(paths.dropLast()), contents: Array(contents.dropLast())) == nil)
        var rebuilt = cache
        rebuilt.identity = "test build 2"
        #expect(rebuilt.records(folder: Self.dataFolder, paths: paths, contents: contents) == nil)
        #expect(cache.records(folder: "/tmp", paths: paths, contents: contents) == nil)
    }

    /// An entry whose bytes changed after it was written — any byte, the length kept, as a
    /// damaged block or an edit in place would change it — is never used: its checksum fails.
    @Test func anEntryChangedInPlaceIsNeverUsed() throws {
        let (paths, contents, parts) = try parts()
        let cache = temporaryCache()
        cache.store(parts, folder: Self.dataFolder, paths: paths, contents: contents)
        let file = cache.entryPath(for: Self.dataFolder)
        let stored = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        // "medlemskommune" spelt in capitals where it stands in the records: answers would change.
        let word = Array("medlemskommune".utf8)
        let at = try #require(stored.indices.first { stored[$0...].starts(with: word) })
        var edited = stored
        for index in word.indices { edited[at + index] = UInt8(ascii: "A") + (word[index] &- UInt8(ascii: "a")) % 26 }
        try Data(edited).write(to: URL(fileURLWithPath: file))
        #expect(cache.records(folder: Self.dataFolder, paths: paths, contents: contents) == nil)
        var seed: UInt64 = 0x2026_1130
        for _ in 0..<300 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            var flipped = stored
            flipped[Int((seed >> 33) % UInt64(flipped.count))] ^= UInt8(truncatingIfNeeded: seed >> 17) | 1
            try Data(flipped).write(to: URL(fileURLWithPath: file))
            #expect(cache.records(folder: Self.dataFolder, paths: paths, contents: contents) == nil)
        }
        try Data(stored).write(to: URL(fileURLWithPath: file))
        expectSame(try #require(cache.records(folder: Self.dataFolder, paths: paths, contents: contents)), parts)
    }

    @Test func aFolderLargerThanTheLimitIsNotStored() throws {
        let cache = temporaryCache()
        let big = [[UInt8](repeating: 0x20, count: RecordsCache.largestInput + 1)]
        cache.store([DatasetRecords()], folder: "/tmp/big", paths: ["/tmp/big/a.yaml"], contents: big)
        #expect(!FileManager.default.fileExists(atPath: cache.entryPath(for: "/tmp/big")))
    }

    @Test func theHashSeesEveryByte() {
        let text = Array("Rossen tjïelte / Røros kommune: prosjekteier".utf8)
        var seen = Set([RecordsCache.hash(text)])
        for index in text.indices {
            var changed = text
            changed[index] ^= 0x01
            seen.insert(RecordsCache.hash(changed))
        }
        seen.insert(RecordsCache.hash(text + [0]))
        seen.insert(RecordsCache.hash(Array(text.dropLast())))
        #expect(seen.count == text.count + 3)
        #expect(RecordsCache.hash(text) == RecordsCache.hash(text))
    }

    @Test func theStandardCacheFollowsTheEnvironment() throws {
        #expect(RecordsCache.standard(environment: ["REGIONGRAPH_CACHE": "off", "HOME": "/root"]) == nil)
        #expect(RecordsCache.standard(environment: ["REGIONGRAPH_CACHE": "/srv/c"])?.directory == "/srv/c")
        #expect(RecordsCache.standard(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.directory == "/x/regiongraph")
        #expect(RecordsCache.standard(environment: ["HOME": "/h"])?.directory == "/h/.cache/regiongraph")
        #expect(RecordsCache.standard(environment: [:]) == nil)
    }

    @Test func aLoadThroughTheCacheGivesTheLoadWithout() throws {
        let cache = temporaryCache()
        let plain = try DatasetLoader.load(from: Self.dataFolder)
        let first = try DatasetLoader.load(from: Self.dataFolder, progress: nil, cache: cache)
        let second = try DatasetLoader.load(from: Self.dataFolder, progress: nil, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.entryPath(for: Self.dataFolder)))
        for validation in [first, second] {
            #expect(validation.diagnostics == plain.diagnostics)
            let network = try #require(validation.network)
            let expected = try #require(plain.network)
            #expect(network.entities == expected.entities)
            #expect(network.relations == expected.relations)
        }
    }

    @Test func aNetworkLoadedThroughTheCacheKnowsWhereEveryFactIsRecorded() throws {
        let cache = temporaryCache()
        let plain = try #require(try DatasetLoader.load(from: Self.dataFolder).network)
        _ = try DatasetLoader.load(from: Self.dataFolder, progress: nil, cache: cache)
        let cached = try #require(try DatasetLoader.load(from: Self.dataFolder, progress: nil, cache: cache).network)
        #expect(!plain.relations.isEmpty)
        for relation in plain.relations {
            let location = try #require(plain.location(of: relation.id), "relation \(relation.id)")
            #expect(location.file.hasPrefix(Self.dataFolder + "/"))
            #expect(location.line > 0 && location.column > 0)
            #expect(cached.location(of: relation.id) == location)
        }
        for entity in plain.entities {
            let location = try #require(plain.location(of: entity.id), "entity \(entity.id)")
            #expect(cached.location(of: entity.id) == location)
        }
    }

    @Test func aSpreadsheetDatasetKnowsTheRowOfEveryFact() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-locations-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "id,kind,name\nroros,municipality,Røros kommune\nipr,regional_council,IPR\nrad,forum,Rådet\n"
            .write(toFile: folder + "/entities.csv", atomically: true, encoding: .utf8)
        try "from,to,type,role,start,end,source\nroros,ipr,member_of,,,,brreg\nroros,rad,participates_in,,,,brreg\n"
            .write(toFile: folder + "/relations.csv", atomically: true, encoding: .utf8)
        let network = try DatasetLoader.load(from: folder).get()
        #expect(network.relations.map { network.location(of: $0.id)?.description } == [
            folder + "/relations.csv:2:1", folder + "/relations.csv:3:1",
        ])
        #expect(network.location(of: EntityID("ipr"))?.description == folder + "/entities.csv:3:1")
    }
}
