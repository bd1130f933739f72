import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Folder outputs replaced as a whole: a run killed at any moment leaves the old files, the new
/// ones, or a journal that the loader refuses and the next run finishes; never a mix that
/// passes for a whole export, never stray files after the next run.
@Suite(.serialized) struct InterruptedOutputTests {
    /// The visible files of a folder (not the hidden journal and temporary files), by name.
    static func visibleFiles(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Starts `arguments` and kills the process with SIGKILL after `delay` microseconds.
    static func runKilled(_ arguments: [String], after delay: UInt32) throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageFolder
        process.environment = ProcessInfo.processInfo.environment.merging(["REGIONGRAPH_CACHE": "off"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: ["csv", "neo4j"])
    func aKilledFolderExportLeavesTheOldFilesTheNewOnesOrAJournalTheNextRunFinishes(format: String) throws {
        let folder = try CommandRunner.temporaryFolder("interrupted-\(format)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The old export: of the data with one name changed.
        let oldData = folder.appendingPathComponent("old-data")
        try FileManager.default.copyItem(at: CommandRunner.packageFolder.appendingPathComponent("Data"), to: oldData)
        let names = try FileManager.default.contentsOfDirectory(atPath: oldData.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var changed = false
        for name in names where !changed {
            let file = oldData.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("Røros kommune") {
                try text.replacingOccurrences(of: "Røros kommune", with: "Røros komune").write(to: file, atomically: true, encoding: .utf8)
                changed = true
            }
        }
        try #require(changed)
        let output = folder.appendingPathComponent("export")
        let exportOld = ["export", "--format", format, "--output", output.path, "--data", oldData.path]
        let exportNew = ["export", "--format", format, "--output", output.path]
        #expect(try CommandRunner.run(exportNew).status == 0)
        let new = try Self.visibleFiles(output)
        #expect(try CommandRunner.run(exportOld).status == 0)
        let old = try Self.visibleFiles(output)
        try #require(old != new && old.keys == new.keys)

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        for _ in 0..<25 {
            try Self.runKilled(exportNew, after: UInt32.random(in: 0...160_000, using: &generator))
            let files = try Self.visibleFiles(output)
            let journal = FileManager.default.fileExists(atPath: output.appendingPathComponent(".regiongraph-update").path)
            if journal {
                outcomes["journal", default: 0] += 1
                if format == "csv" {
                    let refused = try CommandRunner.run(["validate", "--data", output.path])
                    #expect(refused.status != 0)
                    #expect(refused.stderr.contains("was interrupted: its files are part old, part new"))
                }
            } else {
                #expect(files == old || files == new, "a killed export left a mix without a journal")
                outcomes[files == old ? "old" : "new", default: 0] += 1
            }
            // The next run finishes or redoes it, and leaves nothing of ours behind.
            #expect(try CommandRunner.run(exportNew).status == 0)
            #expect(try Self.visibleFiles(output) == new)
            let hidden = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
            #expect(hidden.isEmpty, "left behind: \(hidden)")
            #expect(try CommandRunner.run(exportOld).status == 0)
        }
        print("killed \(format) exports: \(outcomes.sorted { $0.key < $1.key })")
    }

    @Test func graphsCheckReportsWhatAnInterruptedRunLeftAndAGraphsRunFinishesIt() throws {
        let folder = try CommandRunner.temporaryFolder("interrupted-graphs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let views = "views:\n  - name: gf\n    title: Green Flyway\n    scope: participants\n    focus: green-flyway\n"
        try views.write(to: folder.appendingPathComponent("views.yaml"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["graphs", "--graphs", folder.path]).status == 0)
        #expect(try CommandRunner.run(["graphs", "--graphs", folder.path, "--check"]).status == 0)
        // What a run killed between staging and renaming leaves: a temporary file of a process
        // that is gone, and a journal naming it.
        let svg = folder.appendingPathComponent("gf.svg")
        let temporary = folder.appendingPathComponent(".gf.svg.2147483646.\(UUID().uuidString).tmp")
        try FileManager.default.copyItem(at: svg, to: temporary)
        try Data("half".utf8).write(to: svg)
        try Data("rename\t\(temporary.path)\t\(svg.path)\n".utf8)
            .write(to: folder.appendingPathComponent(".regiongraph-update"))
        let check = try CommandRunner.run(["graphs", "--graphs", folder.path, "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("out of date: finished \(folder.path)/.regiongraph-update"))
        #expect(check.stderr.contains("out of date: removed \(temporary.path)"))
        let run = try CommandRunner.run(["graphs", "--graphs", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try CommandRunner.run(["graphs", "--graphs", folder.path, "--check"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.isEmpty)
        #expect(try String(contentsOf: svg, encoding: .utf8).hasPrefix("<?xml"))
    }
}
