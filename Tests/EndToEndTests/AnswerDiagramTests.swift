import Foundation
import Testing

/// Every question a user asks can be answered as a drawing: `--format svg|png|pdf|dot` or an
/// `--output` file with one of those extensions draws the query's result as a small diagram,
/// with a Norwegian title, the legend and the sources.
@Suite struct AnswerDiagramTests {
    @Test func sharedAffiliationsAreDrawnWithTheirQuestionAsTitle() throws {
        let result = try CommandRunner.run(["shared", "Røros", "Holtålen", "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains(">Felles for Røros og Holtålen</text>"))
        for node in ["roros", "holtalen", "verdensarvradet", "ipr&#45;trondelag&#45;sor", "destinasjon&#45;roros"] {
            #expect(result.stdout.contains("<title>\(node)</title>"), "\(node)")
        }
        #expect(result.stdout.contains("Samfunnsutvikling (Røros kommune, 2022&#45;12&#45;20)"))
    }

    @Test func aPathIsDrawnStepByStep() throws {
        let result = try CommandRunner.run(["path", "Holtålen", "Sametinget", "--format", "dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Fra Holtålen til Sametinget"))
        let text = try CommandRunner.run(["path", "Holtålen", "Sametinget", "--format", "json"])
        let steps = try #require(try CommandRunner.json(text.stdout) as? [[String: Any]])
        // One edge per step of the path, no more (a labelled edge runs through its label).
        let halves = result.stdout.components(separatedBy: " -> \" label ").count - 1
        #expect(result.stdout.components(separatedBy: " -> ").count - 1 - halves == steps.count)
    }

    @Test func theFormatFollowsTheOutputFile() throws {
        let folder = try CommandRunner.temporaryFolder("answers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("fjellregionen.png")
        let drawn = try CommandRunner.run(["members", "Regionrådet for Fjellregionen", "--output", png.path])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(try Data(contentsOf: png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let markdown = folder.appendingPathComponent("green-flyway.md")
        let written = try CommandRunner.run(["participants", "Green Flyway", "--output", markdown.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("| Røros kommune |"))
        let unknown = try CommandRunner.run(["members", "Fjellregionen", "--output", folder.appendingPathComponent("x.docx").path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("cannot tell the format from"))
    }

    @Test func anEntityWithNoRelationsOfTheKindAskedForIsOneNode() throws {
        let result = try CommandRunner.run(["members", "Tynset", "--format", "dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Medlemmer i Tynset"))
        #expect(result.stdout.contains("\"tynset\" ["))
        #expect(!result.stdout.contains(" -> "))
    }

    @Test func answersWithoutADrawingSaySo() throws {
        let result = try CommandRunner.run(["search", "kommune", "--format", "svg"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("this answer cannot be drawn"))
    }
}
