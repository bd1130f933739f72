import Foundation
import Testing

/// `--output` naming something other than a regular file: a symbolic link is written through
/// (the link stays, the file it points to gets the new content) and a FIFO or device is written
/// into as it is, never replaced by a regular file.
@Suite struct OutputTargetTests {
    static func kind(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    @Test func aSymbolicLinkIsWrittenThrough() throws {
        let folder = try CommandRunner.temporaryFolder("targets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("diagrams/real.svg")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: real)
        let link = folder.appendingPathComponent("link.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "diagrams/real.svg")
        let result = try CommandRunner.run(["render", "green-flyway", "--output", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(link) == .typeSymbolicLink)
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.deletingLastPathComponent().path) == ["real.svg"])
    }

    @Test func aFIFOIsWrittenIntoAndStaysAFIFO() throws {
        let folder = try CommandRunner.temporaryFolder("targets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("answers").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = folder.appendingPathComponent("received.txt")
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "exec cat \"$0\" > \"$1\"", fifo, received.path]
        reader.standardOutput = FileHandle.nullDevice
        reader.standardError = FileHandle.nullDevice
        try reader.run()
        let result = try CommandRunner.run(["members", "fjellregionen", "--format", "csv", "--output", fifo])
        // A FIFO replaced by a file would leave the reader waiting for ever.
        var waited = 0
        while reader.isRunning, waited < 100 {
            usleep(100_000)
            waited += 1
        }
        if reader.isRunning { reader.terminate() }
        #expect(waited < 100, "nothing was written into the FIFO")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(fifo) != nil && Self.kind(fifo) != .typeRegular)
        #expect(try String(contentsOf: received, encoding: .utf8).contains("Tynset kommune"))
    }
}

extension OutputTargetTests {
    /// A file that cannot be created is named with the reason in plain words, not an error
    /// number of the platform's file API.
    @Test(arguments: [
        ("afile/x.json", "'afile' is not a folder"),
        ("nodir/x.json", "the folder 'nodir' does not exist"),
    ])
    func anOutputThatCannotBeCreatedSaysWhyInPlainWords(output: String, reason: String) throws {
        let folder = try CommandRunner.temporaryFolder("plain-words")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("afile"))
        let data = CommandRunner.packageFolder.appendingPathComponent("Data").path
        let result = try CommandRunner.run(["export", "--format", "json", "--data", data, "--output", output], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "regiongraph: error: cannot write '\(output)': \(reason)\n")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }
}
