import Foundation
@testable import RegionGraphIO
import RegionGraphTestSupport
import Testing

/// Several files of a folder replaced as a whole, through a journal.
@Suite struct FolderUpdateTests {
    static func contents(of folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    static func oldFolder() throws -> URL {
        let folder = URL(fileURLWithPath: try ExportFixture.temporaryFolder())
        for (name, text) in [("a.csv", "old a"), ("b.csv", "old b"), ("gone.csv", "old gone")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return folder
    }

    static func update(of folder: URL) throws -> FolderUpdate {
        var update = FolderUpdate(folder: folder.path)
        try update.write(Array("new a".utf8), to: "a.csv")
        try update.write(Array("new b".utf8), to: "b.csv")
        try update.write(Array("new c".utf8), to: "c.csv")
        update.remove("gone.csv")
        return update
    }

    static let newContents = ["a.csv": "new a", "b.csv": "new b", "c.csv": "new c"]

    @Test func aCommitReplacesEveryFileAndLeavesNothingElse() throws {
        let folder = try Self.oldFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let update = try Self.update(of: folder)
        // Staged files change nothing visible.
        #expect(try Self.contents(of: folder).filter { !$0.key.hasPrefix(".") }.count == 3)
        try update.commit()
        #expect(try Self.contents(of: folder) == Self.newContents)
        #expect(!FolderUpdate.isInterrupted(folder.path))
    }

    @Test func aDiscardedUpdateLeavesTheFolderAsItWas() throws {
        let folder = try Self.oldFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.contents(of: folder)
        try Self.update(of: folder).discard()
        #expect(try Self.contents(of: folder) == before)
    }

    @Test(arguments: 0...3)
    func anInterruptedCommitIsFinishedFromItsJournal(after steps: Int) throws {
        let folder = try Self.oldFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.update(of: folder).commit(stoppingAfter: steps)
        // Between the two versions the journal says so …
        #expect(FolderUpdate.isInterrupted(folder.path))
        // … and the loader refuses the folder.
        let diagnostics = DatasetLoader.interruptedUpdateErrors(in: folder.path)
        #expect(diagnostics.map(\.message) == ["an export into '\(folder.path)' was interrupted: its files are part old, part new"])
        #expect(try FolderUpdate.recover(folder.path))
        #expect(try Self.contents(of: folder) == Self.newContents)
        #expect(!FolderUpdate.isInterrupted(folder.path))
        #expect(DatasetLoader.interruptedUpdateErrors(in: folder.path).isEmpty)
    }

    @Test func temporaryFilesOfFinishedProcessesAreLeftoversAndOursAreNot() throws {
        let folder = URL(fileURLWithPath: try ExportFixture.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        let uuid = UUID().uuidString
        // Process 2147483646 does not exist; this process does.
        let dead = ".x.svg.2147483646.\(uuid).tmp"
        let ours = ".x.svg.\(ProcessInfo.processInfo.processIdentifier).\(uuid).tmp"
        for name in [dead, ours, ".not-ours.tmp", "x.svg"] {
            try "t".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        #expect(AtomicFile.leftovers(in: folder.path) == [folder.appendingPathComponent(dead).path])
        #expect(try !FolderUpdate.recover(folder.path))
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == [ours, ".not-ours.tmp", "x.svg"])
    }
}
