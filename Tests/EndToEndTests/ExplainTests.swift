import Foundation
import Testing

/// `regiongraph explain A B` and `--explain` on the queries: every fact down to the line of
/// its source and the place in the data where it is recorded.
@Suite struct ExplainTests {
    static let seeds = CommandRunner.packageFolder.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Line `number` (1-based) of a text file.
    func line(_ number: Int, of path: String) throws -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : CommandRunner.packageFolder.appendingPathComponent(path)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try #require(number >= 1 && number <= lines.count, "\(path) has no line \(number)")
        return String(lines[number - 1])
    }

    /// Checks one fact of a JSON explanation: its data location points at the record of that
    /// relation, and each quote is on the seed line given.
    func checkFact(_ fact: [String: Any]) throws {
        let recorded = try #require(fact["recorded_at"] as? [String: Any])
        let file = try #require(recorded["file"] as? String)
        let line = try #require(recorded["line"] as? Int)
        #expect(file.hasPrefix("Data/") && file.hasSuffix(".yaml"))
        let record = try self.line(line, of: file)
        let from = try #require(fact["from"] as? String)
        #expect(record.contains("from: \(from)"), "\(file):\(line) is '\(record)'")
        let sources = try #require(fact["sources"] as? [[String: Any]])
        #expect(!sources.isEmpty)
        for source in sources {
            let quote = try #require(source["quote"] as? String)
            let seed = try #require(source["file"] as? String)
            let start = try #require(source["line"] as? Int, "no line for \"\(quote)\"")
            let firstWord = try #require(quote.split(separator: " ").first)
            #expect(try self.line(start, of: Self.seeds.appendingPathComponent(seed).path).contains(firstWord))
        }
    }

    @Test func explainListsTheDirectFactsWithDocumentQuoteSeedLineAndDataPlace() throws {
        let output = try CommandRunner.run(["explain", "Røros", "Verdensarvrådet", "--documents", Self.seeds.path])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        #expect(text.contains("Facts connecting Røros kommune and Verdensarvrådet (1 direct relation)"))
        #expect(text.contains("1. Røros kommune er representert i Verdensarvrådet (ordfører)"))
        #expect(text.contains("source: Samfunnsutvikling (Røros kommune, 2022-12-20), 003_6260fd3d0a91b036.txt line "))
        #expect(text.contains("\"Ordførerne i Røros, Holtålen, Os, Tolga og Engerdal kommuner\""))
        let place = try #require(text.split(separator: "\n").first { $0.contains("recorded at: ") })
        #expect(place.contains("recorded at: Data/roros.yaml:"))

        let json = try CommandRunner.run(
            ["explain", "Røros", "Verdensarvrådet", "--format", "json", "--documents", Self.seeds.path])
        let answer = try #require(try CommandRunner.json(json.stdout) as? [String: Any])
        #expect(answer["connection"] as? String == "direct")
        let facts = try #require(answer["explanation"] as? [[String: Any]])
        #expect(facts.count == 1)
        for fact in facts { try checkFact(fact) }
    }

    @Test func explainRorosHoltalenGivesTheChainWhenNothingIsDirect() throws {
        let output = try CommandRunner.run(
            ["explain", "Røros", "Holtålen", "--format", "json", "--documents", Self.seeds.path])
        #expect(output.status == 0, "\(output.stderr)")
        let answer = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        #expect(answer["connection"] as? String == "chain")
        let facts = try #require(answer["explanation"] as? [[String: Any]])
        let path = try CommandRunner.run(["path", "Røros", "Holtålen", "--format", "json"])
        let steps = try #require(try CommandRunner.json(path.stdout) as? [[String: Any]])
        #expect(facts.count == steps.count && facts.count >= 2)
        #expect(facts.map { $0["relation"] as? String } == steps.map { $0["relation"] as? String })
        for fact in facts { try checkFact(fact) }
        let sentences = facts.compactMap { $0["fact"] as? String }
        #expect(sentences.first?.hasPrefix("Røros kommune ") == true)
        #expect(sentences.last?.contains("Holtålen kommune") == true)
    }

    @Test func theDocumentsFolderDefaultsToTheSharedSeeds() throws {
        try #require(FileManager.default.fileExists(atPath: Self.seeds.path), "the seeds are at ../shared/seeds")
        let output = try CommandRunner.run(["explain", "Røros", "Verdensarvrådet", "--format", "markdown"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("**Explanation (1 fact)**"))
        #expect(output.stdout.contains("003\\_6260fd3d0a91b036.txt line "))
    }

    @Test func queriesCarryTheExplanationOfEveryFactInTheirAnswer() throws {
        let output = try CommandRunner.run(
            ["members", "Verdensarvrådet", "--explain", "--format", "json", "--documents", Self.seeds.path])
        #expect(output.status == 0, "\(output.stderr)")
        let answer = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        let rows = try #require(answer["answer"] as? [[String: Any]])
        let facts = try #require(answer["explanation"] as? [[String: Any]])
        #expect(!rows.isEmpty && facts.count == rows.count)
        #expect(facts.map { $0["from"] as? String } == rows.map { $0["id"] as? String })
        for fact in facts { try checkFact(fact) }

        for arguments in [
            ["memberships", "Røros"], ["participants", "Green Flyway"], ["shared", "Røros", "Holtålen"],
            ["path", "Holtålen", "Sametinget"],
        ] {
            let text = try CommandRunner.run(arguments + ["--explain"])
            #expect(text.status == 0, "\(arguments): \(text.stderr)")
            #expect(text.stdout.contains("\nExplanation ("), "\(arguments)")
            #expect(text.stdout.contains("   recorded at: Data/"), "\(arguments)")
            let plain = try CommandRunner.run(arguments)
            #expect(!plain.stdout.contains("Explanation ("), "\(arguments)")
        }
        let show = try CommandRunner.run(["show", "Røros", "--explain", "--format", "json"])
        let shown = try #require(try CommandRunner.json(show.stdout) as? [String: Any])
        let explanation = try #require(shown["explanation"] as? [[String: Any]])
        #expect(explanation.first?["fact"] as? String == "Røros kommune er registrert som kommune")
        let relations = try #require(shown["relations"] as? [Any])
        #expect(explanation.count == relations.count + 1)
    }

    @Test func explainFailsLikeTheOtherQueries() throws {
        let unknown = try CommandRunner.run(["explain", "Røros", "Atlantis"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Atlantis"))
        let drawn = try CommandRunner.run(["members", "Verdensarvrådet", "--explain", "--format", "csv"])
        #expect(drawn.status == 64)

        let folder = try CommandRunner.temporaryFolder("explain")
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            documents:
              - id: doc
                title: Vedtekter
            entities:
              - id: a
                kind: municipality
                name: A kommune
                source: doc
                quote: "A"
              - id: b
                kind: municipality
                name: B kommune
                source: doc
                quote: "B"

            """.write(to: folder.appendingPathComponent("data.yaml"), atomically: true, encoding: .utf8)
        let apart = try CommandRunner.run(["explain", "A kommune", "B kommune", "--data", folder.path])
        #expect(apart.status == 3, "\(apart.stderr)")
        #expect(apart.stderr.contains("no chain of relations connects A kommune and B kommune"))
    }
}
