import Foundation
import Testing

/// `regiongraph render` and `regiongraph graphs`, run as a user runs them.
@Suite struct DiagramCommandTests {
    @Test func graphsFolderIsUpToDateWithTheDataAndEveryPageReadsOnA4() throws {
        let output = try CommandRunner.run(["graphs", "--check", "--quality"])
        #expect(output.status == 0, "Graphs/ is out of date or a page does not read on A4:\n\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Graphs/ is up to date"))
        // Every page of every view is measured, the split views' pages one by one.
        let reports = output.stdout.split(separator: "\n").filter { $0.contains("smallest text") }
        #expect(reports.count > 8)
        #expect(reports.contains { $0.hasPrefix("regionradet-fjellregionen-2: ") })
        #expect(reports.allSatisfy { $0.hasSuffix(": ok") && $0.contains(" 0 of ") })
    }

    @Test func everyStandardViewHasItsFourFiles() throws {
        let graphs = CommandRunner.packageFolder.appendingPathComponent("Graphs")
        let views = try String(contentsOf: graphs.appendingPathComponent("views.yaml"), encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("  - name: ") }
            .map { String($0.dropFirst("  - name: ".count)) }
        #expect(views.count >= 6)
        for view in views {
            // A split view has its files per page: NAME-1.svg, NAME-2.svg …
            let split = FileManager.default.fileExists(atPath: graphs.appendingPathComponent("\(view)-1.svg").path)
            for format in ["dot", "svg", "png", "pdf"] {
                let file = graphs.appendingPathComponent(split ? "\(view)-1.\(format)" : "\(view).\(format)")
                #expect(FileManager.default.fileExists(atPath: file.path), "missing \(file.lastPathComponent)")
                if split {
                    let whole = graphs.appendingPathComponent("\(view).\(format)")
                    #expect(!FileManager.default.fileExists(atPath: whole.path), "\(whole.lastPathComponent) beside its pages")
                }
            }
        }
    }

    @Test func rendersAnEntityToSVGWithNorwegianTextAndSources() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gf.svg")
        let output = try CommandRunner.run(["render", "Green Flyway", "--scope", "participants", "--output", file.path])
        #expect(output.status == 0, "\(output.stderr)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("Green Flyway"))
        #expect(svg.contains("Røros kommune"))
        #expect(svg.contains("Østersund kommune"))
        #expect(svg.contains("prosjekteier"))
        #expect(svg.contains("Kilde for alle relasjonene:"))
        #expect(svg.contains("Samfunnsutvikling (Røros kommune, 2022&#45;12&#45;20)"))
        #expect(svg.contains("«Østersund kommune er prosjekteier på svensk side.»"))
        // No temporary file is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["gf.svg"])
    }

    @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", [0x25, 0x50, 0x44, 0x46]), ("svg", [0x3C, 0x3F, 0x78, 0x6D])])
    func writesEachFormatToStandardOutput(format: String, magic: [UInt8]) throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["render", "roros", "--depth", "1", "--format", format, "--output", "-"]
        process.currentDirectoryURL = CommandRunner.packageFolder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let bytes = [UInt8](pipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Array(bytes.prefix(4)) == magic)
    }

    @Test func aFailedRenderLeavesTheEarlierFileUntouched() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.svg")
        try Data("earlier diagram".utf8).write(to: file)
        let unknown = try CommandRunner.run(["render", "holtallen", "--output", file.path])
        #expect(unknown.status == 2)
        let badLayout = try CommandRunner.run(["render", "roros", "--layout", "dott", "--output", file.path])
        #expect(badLayout.status == 64)
        #expect(badLayout.stderr.contains("unknown layout 'dott' (did you mean 'dot'?)"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "earlier diagram")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.svg"])
    }

    @Test func dotIsRefusedForALargeGraphAndSfdpChosenByItself() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        var entities = "id,kind,name\n"
        var relations = "from,to,type,role,start,end,source\n"
        for index in 0..<40 { entities += "c\(index),regional_council,Råd \(index)\n" }
        for index in 0..<360 {
            entities += "m\(index),municipality,Kommune \(index)\n"
            relations += "m\(index),c\(index % 40),member_of,,,,Testkilde\n"
            relations += "m\(index),c\((index * 7 + 3) % 40),member_of,,,,Testkilde\n"
        }
        try Data(entities.utf8).write(to: folder.appendingPathComponent("entities.csv"))
        try Data(relations.utf8).write(to: folder.appendingPathComponent("relations.csv"))
        let out = folder.appendingPathComponent("net.svg").path
        let refused = try CommandRunner.run(["render", "--scope", "network", "--layout", "dot", "--data", folder.path, "--output", out])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("use --layout sfdp"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let automatic = try CommandRunner.run(["render", "--scope", "overview", "--data", folder.path, "--output", out])
        #expect(automatic.status == 0, "\(automatic.stderr)")
        #expect(automatic.stderr.contains("too many for dot; using sfdp"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func graphsRegeneratesIdenticalBytesAndRemovesStaleFiles() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        let views = """
            views:
              - name: gf
                title: Green Flyway
                scope: participants
                focus: green-flyway
              - name: oversikt
                title: Oversikt
                scope: overview
            """
        try Data(views.utf8).write(to: folder.appendingPathComponent("views.yaml"))
        try Data("old".utf8).write(to: folder.appendingPathComponent("removed-view.svg"))
        let first = try CommandRunner.run(["graphs", "--graphs", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created \(folder.path)/gf.png"))
        #expect(first.stdout.contains("removed \(folder.path)/removed-view.svg"))
        var before: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            before[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        #expect(before.count == 9)
        let second = try CommandRunner.run(["graphs", "--graphs", folder.path])
        #expect(second.status == 0)
        #expect(second.stdout == "2 views, 0 files changed\n")
        let check = try CommandRunner.run(["graphs", "--graphs", folder.path, "--check"])
        #expect(check.status == 0)
        // Each format rendered anew in a fresh process gives the same bytes.
        for name in before.keys where !name.hasSuffix(".pdf") && name != "views.yaml" {
            let again = try CommandRunner.run(["render", name.hasPrefix("gf") ? "gf" : "oversikt", "--graphs", folder.path,
                                               "--output", folder.appendingPathComponent("again-" + name).path])
            #expect(again.status == 0)
            #expect(try Data(contentsOf: folder.appendingPathComponent("again-" + name)) == before[name], "\(name) differs on a rerun")
        }
    }

    @Test func checkReportsAnOutOfDateFolderWithoutWriting() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("views:\n  - name: gf\n    title: GF\n    scope: participants\n    focus: green-flyway\n".utf8)
            .write(to: folder.appendingPathComponent("views.yaml"))
        let check = try CommandRunner.run(["graphs", "--graphs", folder.path, "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("out of date: created \(folder.path)/gf.svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["views.yaml"])
    }

    @Test func aBrokenViewsFileNamesLineAndColumn() throws {
        let folder = try CommandRunner.temporaryFolder("diagrams")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("views:\n  - name: gf\n    scope: participant\n    focus: green-flyway\n".utf8)
            .write(to: folder.appendingPathComponent("views.yaml"))
        let output = try CommandRunner.run(["graphs", "--graphs", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("\(folder.path)/views.yaml:3:12: error: unknown scope 'participant' (did you mean 'participants'?)"))
    }
}

extension DiagramCommandTests {
    @Test func aSplitViewIsRenderedAsOneFilePerPageAsGraphsHoldsIt() throws {
        let folder = try CommandRunner.temporaryFolder("pages")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CommandRunner.run(
            ["render", "roros-regionalt-samarbeid", "--output", folder.appendingPathComponent("rs.svg").path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("'roros-regionalt-samarbeid' is drawn on 3 pages"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["rs-1.svg", "rs-2.svg", "rs-3.svg"])
        let committed = try String(
            contentsOf: CommandRunner.packageFolder.appendingPathComponent("Graphs/roros-regionalt-samarbeid-2.svg"), encoding: .utf8)
        #expect(try String(contentsOf: folder.appendingPathComponent("rs-2.svg"), encoding: .utf8) == committed)
        #expect(committed.contains("Side 2 av 3"))
    }

    @Test func pagesCannotGoToStandardOutputButAWholeViewCan() throws {
        let refused = try CommandRunner.run(["render", "roros-regionalt-samarbeid", "--format", "svg", "--output", "-"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("is drawn on 3 pages, which standard output cannot take"))
        let whole = try CommandRunner.run(["render", "roros-regionalt-samarbeid", "--whole", "--format", "dot", "--output", "-"])
        #expect(whole.status == 0)
        #expect(whole.stdout.hasPrefix("digraph \"roros-regionalt-samarbeid\""))
        #expect(!whole.stdout.contains("Side 1 av"))
    }

    @Test func anEntityDiagramCanBeSplitByARuleThatSuitsIt() throws {
        let folder = try CommandRunner.temporaryFolder("split")
        defer { try? FileManager.default.removeItem(at: folder) }
        let split = try CommandRunner.run(
            ["render", "Regionrådet for Fjellregionen", "--split", "kind", "--output", folder.appendingPathComponent("rr.png").path])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count > 1)
        let wrong = try CommandRunner.run(["render", "Røros", "--split", "goal", "--output", folder.appendingPathComponent("x.svg").path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "regiongraph: error: a neighbourhood diagram cannot be split by goal; use --split kind or relation\n")
    }
}
