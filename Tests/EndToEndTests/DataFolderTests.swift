import Foundation
import Testing

/// What a data folder may hold besides data files: names that look like data files but are a
/// FIFO, a folder or a loop of links are skipped with a warning that names them, never read
/// (a FIFO would hang the loader); extensions match in any case; a byte-order mark is no error.
@Suite struct DataFolderTests {
    @Test func namesThatAreNotRegularFilesAreSkippedWithAWarning() throws {
        let folder = try CommandRunner.temporaryFolder("data-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = CommandRunner.packageFolder.appendingPathComponent("Data")
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: data.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub.yaml"), withIntermediateDirectories: false)
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.yml").path, withDestinationPath: "loop.yml")
        let started = Date()
        let result = try CommandRunner.run(["validate", "--data", folder.path], environment: ["REGIONGRAPH_CACHE": "off"])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(" entities, ") && result.stdout.contains(" documents; 0 errors, 3 warnings"), "\(result.stdout)")
        let path = folder.path
        #expect(result.stderr.contains("\(path)/pipe.yaml:1:1: warning: 'pipe.yaml' is skipped: it is a FIFO (named pipe)"))
        #expect(result.stderr.contains("\(path)/sub.yaml:1:1: warning: 'sub.yaml' is skipped: it is a folder"))
        #expect(result.stderr.contains("\(path)/loop.yml:1:1: warning: 'loop.yml' is skipped: it cannot be opened: Too many levels of symbolic links"))
    }

    @Test func extensionsMatchInAnyCaseAndAByteOrderMarkIsNoError() throws {
        let folder = try CommandRunner.temporaryFolder("data-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            documents:
              - id: d
                title: Dokument
            entities:
              - id: a
                kind: forum
                name: Forum A
                sources: [{doc: d, quote: "Forum A"}]

            """
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: folder.appendingPathComponent("DATA.YAML"))
        let result = try CommandRunner.run(["validate", "--data", folder.path], environment: ["REGIONGRAPH_CACHE": "off"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 entity, 0 relations, 1 document; 0 errors, 0 warnings"), "\(result.stdout)")
    }
}
