import Foundation
import Testing

/// Commands that write files say what they wrote; a file name that contradicts `--format` is
/// refused; a bad date says what a date looks like.
@Suite struct SayWhatHappenedTests {
    @Test func renderAndExportSayWhatTheyWrote() throws {
        let folder = try CommandRunner.temporaryFolder("said")
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("gf.svg").path
        let render = try CommandRunner.run(["render", "green-flyway", "--output", svg])
        #expect(render.status == 0)
        #expect(render.stderr.hasPrefix("regiongraph: wrote \(svg) (SVG, "))
        #expect(render.stderr.hasSuffix(" KB)\n"))
        let graphml = folder.appendingPathComponent("n.graphml").path
        let export = try CommandRunner.run(["export", "--format", "graphml", "--output", graphml])
        #expect(export.status == 0)
        #expect(export.stderr.hasPrefix("regiongraph: wrote \(graphml) (graphml, "))
        let csv = folder.appendingPathComponent("regneark").path
        let sheet = try CommandRunner.run(["export", "--format", "csv", "--output", csv])
        #expect(sheet.stderr.hasPrefix("regiongraph: wrote \(csv)/documents.csv, entities.csv, relations.csv (csv, "))
        // Standard output stays the drawing alone.
        let piped = try CommandRunner.run(["render", "green-flyway", "--format", "dot", "--output", "-"])
        #expect(piped.stderr.isEmpty)
    }

    @Test func aFileNameThatContradictsTheFormatIsRefusedAndNoExtensionMeansSVG() throws {
        let folder = try CommandRunner.temporaryFolder("contradiction")
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = try CommandRunner.run(["render", "green-flyway", "--format", "png", "--output", folder.appendingPathComponent("x.svg").path])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--format png does not match"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
        let export = try CommandRunner.run(["export", "--format", "graphml", "--output", folder.appendingPathComponent("n.json").path])
        #expect(export.status == 64)
        #expect(export.stderr.contains("--format graphml does not match"))
        // As the help says: without an extension, SVG.
        let bare = folder.appendingPathComponent("gfnoext")
        #expect(try CommandRunner.run(["render", "green-flyway", "--output", bare.path]).status == 0)
        #expect(try String(contentsOf: bare, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test(arguments: [
        ("2020-13", "'2020-13' is no calendar date (months 1–12, days as the month has), for example 2021-05-26"),
        ("igår", "'igår' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, for example 2021, 2021-05 or 2021-05-26"),
    ])
    func aBadDateSaysWhatADateLooksLike(date: String, message: String) throws {
        let output = try CommandRunner.run(["members", "Røros", "--at", date])
        #expect(output.status == 64)
        #expect(output.stderr.contains(message))
    }
}
