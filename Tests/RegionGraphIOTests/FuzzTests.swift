import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// The fuzz harness (FuzzHarness.swift) as tests: a quick seeded run, and the kept corpus of
/// interesting inputs replayed as regression tests. `scripts/fuzz` runs the long campaign
/// (10,000 inputs or more) through the first test, with RG_FUZZ_COUNT, RG_FUZZ_SEED and
/// RG_FUZZ_CORPUS_OUT (a folder for the inputs worth keeping).
@Suite struct FuzzTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    /// FNV-1a, for corpus file names.
    static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(value, radix: 16)
    }

    @Test func mutatedInputsNeverCrashAndEveryErrorIsLocated() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["RG_FUZZ_COUNT"].flatMap(Int.init) ?? 60
        let seed = environment["RG_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
        let output = environment["RG_FUZZ_CORPUS_OUT"]
        let limit = environment["RG_FUZZ_CORPUS_MAX_BYTES"].flatMap(Int.init) ?? 32_768
        if let output { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
        let summary = try Fuzz.campaign(count: count, seed: seed) { name, bytes, why in
            guard let output, bytes.count <= limit || why.hasPrefix("misplaced") else { return false }
            let file = "\(output)/\(Self.hash(bytes))--\(name)"
            FileManager.default.createFile(atPath: file, contents: Data(bytes))
            print("fuzz: kept \(file): \(why)")
            return true
        }
        print(summary)
        if let report = environment["RG_FUZZ_REPORT"] {
            let kinds = summary.kinds.sorted { $0.key < $1.key }.map { "  \($0.value)\t\($0.key)" }.joined(separator: "\n")
            try (summary.description + "\nfuzz: diagnostic kinds (inputs giving each):\n" + kinds + "\n")
                .write(toFile: report, atomically: true, encoding: .utf8)
        }
        #expect(summary.inputs == count)
        #expect(summary.rejected > 0, "the mutations should break something")
        for (file, diagnostic) in summary.misplaced.prefix(10) {
            Issue.record("\(file): an error without a valid FILE:LINE:COLUMN: \(diagnostic)")
        }
    }

    static func corpusFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.contains("--") }.sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.corpusFiles().count >= 10)
    }

    @Test(arguments: corpusFiles())
    func corpusInputReplays(file: String) throws {
        let name = String(file[file.range(of: "--")!.upperBound...])
        let bytes = Array(try Data(contentsOf: Self.corpus.appendingPathComponent(file)))
        let dataset = try #require(Self.datasets.first { $0.seeds.contains { $0.name == name } }, "\(name) is no seed file")
        var g = Fuzz.Generator(seed: 1)
        let outcome = Fuzz.run(bytes, replacing: name, in: dataset, generator: &g, throughLoader: true)
        #expect(outcome.misplaced.isEmpty, "\(outcome.misplaced)")
        #expect(outcome.seconds < 10)
    }

    static let datasets: [Fuzz.Dataset] = (try? Fuzz.datasets()) ?? []
}

extension FuzzTests {
    /// A small dataset, written as a user would: a source, two entities and a relation.
    static let smallDataset = """
        documents:
          - id: samfunn
            title: Samfunnsutvikling
            publisher: Røros kommune
            date: 2022-12-20
        entities:
          - id: roros
            kind: municipality
            name: Røros kommune
            aliases: [Rossen tjïelte]
            sources: [{doc: samfunn, quote: Røros kommune}]
          - id: verdensarvradet
            kind: board
            name: Verdensarvrådet
            sources: [{doc: samfunn, quote: Verdensarvrådet}]
        relations:
          - from: roros
            to: verdensarvradet
            type: represented_in
            role: ordfører
            start: 2019
            sources: [{doc: samfunn, quote: ordfører}]
        """

    /// What a load gives, as text: the network (as JSON) or its diagnostics.
    static func answer(_ validation: DatasetValidation) -> String {
        let diagnostics = validation.diagnostics.map(\.description).joined(separator: "\n")
        return (validation.network.map { JSONExporter.text(of: $0) } ?? "no network") + "\n" + diagnostics
    }

    /// Every byte of a records-cache entry changed in turn, two ways (its lowest bit, and all
    /// its bits): each load gives exactly the answer of a fresh parse, never a silent change.
    /// `RG_FUZZ_CACHE_FLIPS` sets how many flips per byte (1 to 8 bit patterns; default 2).
    @Test func everyByteOfACacheEntryChangedGivesTheAnswerOfAFreshParse() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.smallDataset.write(toFile: folder + "/data.yaml", atomically: true, encoding: .utf8)
        let fresh = Self.answer(try DatasetLoader.load(from: folder, progress: nil, cache: nil))
        #expect(fresh.contains("\"roros\""))
        let cache = RecordsCache(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent("regiongraph-fuzz-cache-\(UUID().uuidString)").path,
            identity: "fuzz")
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        #expect(Self.answer(try DatasetLoader.load(from: folder, progress: nil, cache: cache)) == fresh)
        let entry = cache.entryPath(for: folder)
        let stored = Array(try Data(contentsOf: URL(fileURLWithPath: entry)))
        // The stored entry is used as it is.
        #expect(cache.records(folder: folder, paths: [folder + "/data.yaml"], contents: [Array(Self.smallDataset.utf8)]) != nil)
        let patterns: [UInt8] = [0x01, 0xFF, 0x80, 0x02, 0x10, 0x40, 0x04, 0x20]
        let flips = min(8, max(1, ProcessInfo.processInfo.environment["RG_FUZZ_CACHE_FLIPS"].flatMap(Int.init) ?? 2))
        var inputs = 0
        var changed: [String] = []
        for index in stored.indices {
            for pattern in patterns.prefix(flips) {
                var damaged = stored
                damaged[index] ^= pattern
                try Data(damaged).write(to: URL(fileURLWithPath: entry))
                let answer = Self.answer(try DatasetLoader.load(from: folder, progress: nil, cache: cache))
                if answer != fresh { changed.append("byte \(index) ^ \(pattern)") }
                inputs += 1
            }
        }
        #expect(changed.isEmpty, "\(changed.count) silent changes, first: \(changed.prefix(5))")
        print("fuzz: cache entry of \(stored.count) bytes, \(inputs) damaged loads, \(changed.count) changed answers")
    }
}
