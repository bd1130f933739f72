import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// Writing exports: atomically, and a failed folder export leaves nothing half-written.
@Suite struct ExportWriterTests {
    let manager = FileManager.default

    func contents(_ folder: String) -> [String] {
        ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func writesASingleFileAndRefusesAFolderInItsPlace() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try Exporter.export(ExportFixture.hostile, as: .graphml, to: folder + "/n.graphml")
        #expect(contents(folder) == ["n.graphml"])
        #expect(throws: ExportError.isAFolder(path: folder, format: .gexf)) {
            try Exporter.export(ExportFixture.hostile, as: .gexf, to: folder)
        }
    }

    @Test func createsTheFolderAndItsParents() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try Exporter.export(ExportFixture.hostile, as: .neo4j, to: folder + "/a/b/neo4j")
        #expect(contents(folder + "/a/b/neo4j") == ["import.cypher", "nodes.csv", "relationships.csv"])
    }

    @Test func aFolderUnderAFileFailsAndLeavesNothing() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try AtomicFile.write(Array("keep".utf8), to: folder + "/blocker")
        #expect(throws: ExportError.cannotWrite(path: folder + "/blocker/out", reason: "'\(folder)/blocker' is a file, not a folder")) {
            try Exporter.export(ExportFixture.hostile, as: .csv, to: folder + "/blocker/out")
        }
        #expect(throws: ExportError.notAFolder(path: folder + "/blocker", format: .csv)) {
            try Exporter.export(ExportFixture.hostile, as: .csv, to: folder + "/blocker")
        }
        #expect(contents(folder) == ["blocker"])
        #expect(manager.contents(atPath: folder + "/blocker") == Data("keep".utf8))
    }

    @Test func aFailedWriteRestoresEveryFileAndRemovesNewFolders() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: folder + "/out", withIntermediateDirectories: false)
        try AtomicFile.write(Array("old entities".utf8), to: folder + "/out/entities.csv")
        let files = [
            ExportFile(name: "documents.csv", text: "new documents"),
            ExportFile(name: "entities.csv", text: "new entities"),
            ExportFile(name: "missing/relations.csv", text: "cannot be written"),
        ]
        #expect(throws: ExportError.self) { try Exporter.write(files, to: folder + "/out", as: .csv) }
        #expect(contents(folder + "/out") == ["entities.csv"])
        #expect(manager.contents(atPath: folder + "/out/entities.csv") == Data("old entities".utf8))

        #expect(throws: ExportError.self) { try Exporter.write(files, to: folder + "/new/deeper", as: .csv) }
        #expect(contents(folder) == ["out"])
    }

    @Test func aTargetThatIsAFolderFailsBeforeAnythingIsWritten() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: folder + "/relations.csv", withIntermediateDirectories: false)
        #expect(throws: ExportError.cannotWrite(path: folder + "/relations.csv", reason: "it is a folder")) {
            try Exporter.export(ExportFixture.hostile, as: .csv, to: folder)
        }
        #expect(contents(folder) == ["relations.csv"])
    }

    @Test func theSpreadsheetLayoutRefusesAFolderOfYAMLData() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        try AtomicFile.write(Array("entities: []\n".utf8), to: folder + "/places.yaml")
        #expect(throws: ExportError.folderHoldsData(path: folder, files: ["places.yaml"])) {
            try Exporter.export(ExportFixture.hostile, as: .csv, to: folder)
        }
        #expect(contents(folder) == ["places.yaml"])
        // Other formats may share the folder.
        try Exporter.export(ExportFixture.hostile, as: .neo4j, to: folder)
    }

    @Test func errorsSayWhatToDo() {
        #expect(ExportError.notAFolder(path: "x", format: .csv).description
            == "cannot write 'x': it is a file, and csv writes a folder (documents.csv, entities.csv, relations.csv)")
        #expect(ExportError.isAFolder(path: "out", format: .graphml).description
            == "cannot write 'out': it is a folder; give a file name such as 'out/network.graphml'")
        #expect(ExportError.notRepresentable(format: .csv, problems: ["a", "b"]).description
            == "the network cannot be written as csv without changing it:\n  a\n  b")
    }
}
