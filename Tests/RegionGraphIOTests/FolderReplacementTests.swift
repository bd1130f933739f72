import Foundation
@testable import RegionGraphIO
import RegionGraphTestSupport
import Testing

/// A whole folder replaced: the old or the new, never a mix, never someone else's files.
@Suite struct FolderReplacementTests {
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func replacesAnEarlierFolderAndLeavesNothingBeside() throws {
        let parent = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = (parent as NSString).appendingPathComponent("site")
        var first = try FolderReplacement(folder: target, marker: ".mark")
        try first.write(Array("one".utf8), to: "a.html")
        try first.write(Array("gone".utf8), to: "b.html")
        #expect(!FileManager.default.fileExists(atPath: target))   // nothing visible before the commit
        try first.commit()
        #expect(try Self.names(in: target) == [".mark", "a.html", "b.html"])
        var second = try FolderReplacement(folder: target, marker: ".mark")
        try second.write(Array("two".utf8), to: "a.html")
        try second.commit()
        #expect(try Self.names(in: target) == [".mark", "a.html"])
        #expect(try String(contentsOfFile: (target as NSString).appendingPathComponent("a.html"), encoding: .utf8) == "two")
        #expect(try Self.names(in: parent) == ["site"])
    }

    @Test func refusesAFolderOfOtherFilesAndAFile() throws {
        let parent = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = (parent as NSString).appendingPathComponent("mine")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: (target as NSString).appendingPathComponent("notes.txt")))
        #expect(throws: AtomicFile.WriteError.self) { try FolderReplacement(folder: target, marker: ".mark") }
        #expect(try Self.names(in: target) == ["notes.txt"])
        let file = (parent as NSString).appendingPathComponent("file.html")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: AtomicFile.WriteError.self) { try FolderReplacement(folder: file, marker: ".mark") }
    }

    @Test func aDiscardLeavesTheOldFolder() throws {
        let parent = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = (parent as NSString).appendingPathComponent("site")
        var first = try FolderReplacement(folder: target, marker: ".mark")
        try first.write(Array("old".utf8), to: "a.html")
        try first.commit()
        var failed = try FolderReplacement(folder: target, marker: ".mark")
        try failed.write(Array("new".utf8), to: "a.html")
        failed.discard()
        #expect(try String(contentsOfFile: (target as NSString).appendingPathComponent("a.html"), encoding: .utf8) == "old")
        #expect(try Self.names(in: parent) == ["site"])
    }

    @Test func anOldFolderLeftAsideByAnInterruptionIsPutBack() throws {
        let parent = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = (parent as NSString).appendingPathComponent("site")
        // A process that no longer runs moved the old folder aside and stopped.
        let aside = (parent as NSString).appendingPathComponent(".site.2147483000.old")
        try FileManager.default.createDirectory(atPath: aside, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: (aside as NSString).appendingPathComponent("a.html")))
        try FileManager.default.createDirectory(
            atPath: (parent as NSString).appendingPathComponent(".site.2147483000.new"), withIntermediateDirectories: true)
        FolderReplacement.recover(target)
        #expect(try Self.names(in: parent) == ["site"])
        #expect(try Self.names(in: target) == ["a.html"])
    }
}
