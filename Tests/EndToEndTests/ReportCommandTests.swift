import Foundation
import Testing

/// `regiongraph report` as a user runs it: a folder or one file, replaced as a whole, the same
/// bytes every run, another folder's files never touched.
@Suite struct ReportCommandTests {
    /// Every file of a folder (hidden ones included), by relative path.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    static let quick = ["--graphs", "Graphs", "--entity-diagrams", "3"]

    @Test func aFolderReportIsReplacedWholeAndTheSameEachRun() throws {
        let folder = try CommandRunner.temporaryFolder("report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rapport")
        let first = try CommandRunner.run(["report", "--output", output.path, "--language", "nb"] + Self.quick)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("skrev \(output.path)"))
        let written = try Self.contents(of: output)
        #expect(written["index.html"].map { String(decoding: $0, as: UTF8.self).contains("<html lang=\"nb\">") } == true)
        #expect(written["entity-roros.html"] != nil && written[".regiongraph-report"] != nil)
        // Again into the same folder, from another process: the same bytes, nothing left beside it.
        let second = try CommandRunner.run(["report", "--output", output.path, "--language", "nb"] + Self.quick)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Self.contents(of: output) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport"])
    }

    @Test func aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws {
        let folder = try CommandRunner.temporaryFolder("report-refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try CommandRunner.run(["report", "--output", folder.path] + Self.quick)
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds other files"))
        #expect(try Self.contents(of: folder) == ["notes.txt": Data("mine".utf8)])
        let parent = folder.deletingLastPathComponent()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            .filter { $0.hasPrefix(".\(folder.lastPathComponent).") }
        #expect(leftovers.isEmpty)
    }

    @Test func oneFileWithTheSelectionNamed() throws {
        let folder = try CommandRunner.temporaryFolder("report-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rapport.html")
        let result = try CommandRunner.run(
            ["report", "--output", file.path, "--at", "2021", "--kinds", "municipality,regional_council"] + Self.quick)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<code>--at 2021</code> <code>--kinds municipality,regional_council</code>"))
        #expect(text.contains("id=\"entity-roros\""))
        #expect(!text.contains("id=\"entity-green-flyway\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.html"])
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try CommandRunner.run(["report", "--output", "-"]).status == 64)
        #expect(try CommandRunner.run(["report", "--output", "x", "--entity-diagrams", "-1"]).status == 64)
        #expect(try CommandRunner.run(["report", "--output", "x", "--kinds", "kommunex"]).status == 64)
    }
}
