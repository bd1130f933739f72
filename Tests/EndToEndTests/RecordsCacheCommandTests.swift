import Foundation
import Testing

/// The records cache as a user meets it: answers are the same with and without it, and an edit
/// to the data is never hidden by it.
@Suite struct RecordsCacheCommandTests {
    /// A copy of the shipped Data/ and an empty cache folder of its own.
    func sandbox() throws -> (data: URL, cache: URL) {
        let root = try CommandRunner.temporaryFolder("cache-e2e")
        let data = root.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: CommandRunner.packageFolder.appendingPathComponent("Data"), to: data)
        return (data, root.appendingPathComponent("cache"))
    }

    func entries(in cache: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasSuffix(".records") }
    }

    @Test func aCachedAnswerIsTheParsedAnswer() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let queries = [
            ["participants", "green-flyway", "--sources"],
            ["shared", "Røros", "Holtålen", "--format", "json"],
            ["show", "Rossen tjïelte"],
            ["validate"],
        ]
        for query in queries {
            let arguments = query + ["--data", data.path]
            let parsed = try CommandRunner.run(arguments, environment: ["REGIONGRAPH_CACHE": "off"])
            let first = try CommandRunner.run(arguments, environment: ["REGIONGRAPH_CACHE": cache.path])
            let cached = try CommandRunner.run(arguments, environment: ["REGIONGRAPH_CACHE": cache.path])
            #expect(parsed.status == 0, "\(query): \(parsed.stderr)")
            #expect(first.stdout == parsed.stdout && first.stderr == parsed.stderr, "\(query)")
            #expect(cached.stdout == parsed.stdout && cached.stderr == parsed.stderr, "\(query)")
        }
        #expect(entries(in: cache).count == 1)
    }

    @Test func anEditOfTheSameSizeAndTimeIsSeen() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let environment = ["REGIONGRAPH_CACHE": cache.path]
        let before = try CommandRunner.run(["participants", "green-flyway", "--data", data.path], environment: environment)
        #expect(before.stdout.contains("prosjekteier"))
        // Same length, same modification time: only the bytes differ.
        let file = data.appendingPathComponent("roros.yaml")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("role: prosjekteier"))
        try text.replacingOccurrences(of: "role: prosjekteier", with: "role: prosjekteigr")
            .write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: file.path)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int == attributes[.size] as? Int)
        let after = try CommandRunner.run(["participants", "green-flyway", "--data", data.path], environment: environment)
        #expect(after.stdout.contains("prosjekteigr"))
        #expect(!after.stdout.contains("prosjekteier"))
    }

    @Test func invalidDataGivesTheSameErrorsFromTheCache() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let environment = ["REGIONGRAPH_CACHE": cache.path]
        let file = data.appendingPathComponent("shared.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "\n  - id: nowhere\n    kidn: forum\n")
            .write(to: file, atomically: false, encoding: .utf8)
        let parsed = try CommandRunner.run(["validate", "--data", data.path], environment: ["REGIONGRAPH_CACHE": "off"])
        #expect(parsed.status == 1)
        #expect(parsed.stderr.contains("unknown key 'kidn'"), "\(parsed.stderr)")
        for _ in 0..<2 {
            let run = try CommandRunner.run(["validate", "--data", data.path], environment: environment)
            #expect(run.status == parsed.status && run.stdout == parsed.stdout && run.stderr == parsed.stderr)
        }
    }

    @Test func aDamagedOrUnwritableCacheOnlyMeansParsingAgain() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let environment = ["REGIONGRAPH_CACHE": cache.path]
        let expected = try CommandRunner.run(["members", "Destinasjon Røros", "--data", data.path], environment: environment)
        #expect(expected.status == 0)
        let entry = cache.appendingPathComponent(try #require(entries(in: cache).first))
        var bytes = Array(try Data(contentsOf: entry))
        for index in stride(from: bytes.count / 2, to: bytes.count, by: 97) { bytes[index] ^= 0x5A }
        try Data(bytes).write(to: entry)
        let damaged = try CommandRunner.run(["members", "Destinasjon Røros", "--data", data.path], environment: environment)
        #expect(damaged.stdout == expected.stdout && damaged.status == 0)
        try Data(bytes.prefix(100)).write(to: entry)
        let truncated = try CommandRunner.run(["members", "Destinasjon Røros", "--data", data.path], environment: environment)
        #expect(truncated.stdout == expected.stdout && truncated.status == 0)
        // A cache folder that cannot be created: a file stands where it should be.
        let blocked = cache.appendingPathComponent("blocked")
        try Data("x".utf8).write(to: blocked)
        let unwritable = try CommandRunner.run(
            ["members", "Destinasjon Røros", "--data", data.path],
            environment: ["REGIONGRAPH_CACHE": blocked.appendingPathComponent("cache").path])
        #expect(unwritable.stdout == expected.stdout && unwritable.stderr.isEmpty && unwritable.status == 0)
    }

    /// A snapshot of the checked network that was damaged — a changed byte, or cut short — is
    /// refused: the answer and the messages are those of a parse, and a good snapshot is
    /// written again.
    @Test func aDamagedSnapshotOnlyMeansParsingAgain() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let environment = ["REGIONGRAPH_CACHE": cache.path]
        let arguments = ["shared", "Røros", "Holtålen", "--sources", "--data", data.path]
        let parsed = try CommandRunner.run(arguments, environment: ["REGIONGRAPH_CACHE": "off"])
        #expect(parsed.status == 0)
        _ = try CommandRunner.run(arguments, environment: environment)
        let name = try #require(
            ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).first { $0.hasSuffix(".network") })
        let snapshot = cache.appendingPathComponent(name)
        let good = Array(try Data(contentsOf: snapshot))
        var flipped = good
        flipped[good.count / 3] ^= 0x20
        for damaged in [flipped, Array(good.prefix(good.count / 2)), []] {
            try Data(damaged).write(to: snapshot)
            let run = try CommandRunner.run(arguments, environment: environment)
            #expect(run.status == 0 && run.stdout == parsed.stdout && run.stderr == parsed.stderr)
            #expect(Array(try Data(contentsOf: snapshot)) == good)
        }
    }

    @Test func offMeansNoCache() throws {
        let (data, cache) = try sandbox()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try CommandRunner.run(["members", "Fosenregionen", "--data", data.path], environment: ["REGIONGRAPH_CACHE": "off"])
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }
}
