import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
@testable import RegionGraphRendering
import RegionGraphTestSupport
import Testing

/// The manifest that spares `graphs` from laying out views whose inputs and files are unchanged.
@Suite struct GraphsManifestTests {
    static let data = ExportFixture.packageFolder.appendingPathComponent("Data").path

    /// A diagrams folder with one small view, drawn once, and its manifest.
    static func drawnFolder() throws -> (folder: GraphsFolder, views: [DiagramView], network: Network, manifest: String) {
        let path = try ExportFixture.temporaryFolder()
        let views = "views:\n  - name: gf\n    title: Green Flyway\n    scope: participants\n    focus: green-flyway\n"
        try views.write(toFile: path + "/views.yaml", atomically: true, encoding: .utf8)
        let folder = GraphsFolder(path: path)
        let network = try DatasetLoader.load(from: data).get()
        let manifest = path + "/../" + URL(fileURLWithPath: path).lastPathComponent + ".graphs"
        let changes = try folder.update(
            views: try folder.views(), network: network, manifest: GraphsManifest(path: manifest, identity: "test"))
        #expect(changes.count == 4)
        return (folder, try folder.views(), network, manifest)
    }

    /// A worker that cannot start: any layout fails, so an update that succeeds laid out nothing.
    static let noLayouts = RenderWorker(executable: "/nonexistent/regiongraph", layoutsPerProcess: 1, timeout: 5)

    @Test func anUnchangedFolderIsNotLaidOutAgain() throws {
        let (folder, views, network, manifest) = try Self.drawnFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path); try? FileManager.default.removeItem(atPath: manifest) }
        let again = try folder.update(
            views: views, network: network, dryRun: true, worker: Self.noLayouts,
            manifest: GraphsManifest(path: manifest, identity: "test"))
        #expect(again.isEmpty)
        // Without the manifest, or for another program, the views are laid out (and fail here).
        #expect(throws: (any Error).self) {
            try folder.update(views: views, network: network, dryRun: true, worker: Self.noLayouts)
        }
        #expect(throws: (any Error).self) {
            try folder.update(
                views: views, network: network, dryRun: true, worker: Self.noLayouts,
                manifest: GraphsManifest(path: manifest, identity: "another build"))
        }
    }

    @Test func aFileEditedOrDeletedByHandIsStillFound() throws {
        let (folder, views, network, manifest) = try Self.drawnFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path); try? FileManager.default.removeItem(atPath: manifest) }
        let svg = folder.path + "/gf.svg"
        try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: svg))
        try FileManager.default.removeItem(atPath: folder.path + "/gf.png")
        let changes = try folder.update(
            views: views, network: network, dryRun: true, manifest: GraphsManifest(path: manifest, identity: "test"))
        #expect(changes.map(\.description) == ["created \(folder.path)/gf.png", "updated \(svg)"])
    }

    @Test func aChangeInTheDataOrTheViewDrawsTheViewAgain() throws {
        let (folder, views, network, manifest) = try Self.drawnFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path); try? FileManager.default.removeItem(atPath: manifest) }
        var retitled = views
        retitled[0].title = "Green Flyway – deltakere"
        let changes = try folder.update(
            views: retitled, network: network, dryRun: true, manifest: GraphsManifest(path: manifest, identity: "test"))
        #expect(changes.count == 4)
        #expect(GraphsManifest.key(of: views[0], diagram: try Diagram(view: views[0], network: network), formats: folder.formats)
            != GraphsManifest.key(of: retitled[0], diagram: try Diagram(view: retitled[0], network: network), formats: folder.formats))
    }

    @Test func aDamagedManifestIsIgnored() throws {
        let (folder, views, network, manifest) = try Self.drawnFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path); try? FileManager.default.removeItem(atPath: manifest) }
        var text = try String(contentsOfFile: manifest, encoding: .utf8)
        text = text.replacingOccurrences(of: "view ", with: "viev ")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(GraphsManifest(path: manifest, identity: "test").entries.isEmpty)
        #expect(throws: (any Error).self) {
            try folder.update(
                views: views, network: network, dryRun: true, worker: Self.noLayouts,
                manifest: GraphsManifest(path: manifest, identity: "test"))
        }
    }
}
