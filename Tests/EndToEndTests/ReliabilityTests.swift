import Foundation
import Testing

/// Issue 5: Graphviz layouts that would run for minutes, `--timeout` and its child renderer,
/// failed commands that must leave earlier outputs untouched, and `Data/` that no command
/// writes into unless asked to.
@Suite struct ReliabilityTests {
    /// A spreadsheet dataset of `nodes` companies and `edges` random partner_of relations
    /// (seeded, so the same every run): a graph `dot` takes minutes to lay out.
    static func randomDataset(nodes: Int, edges: Int, in folder: URL) throws {
        var state: UInt64 = 0x5EED_2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var entities = "id,kind,name\n"
        for index in 0..<nodes { entities += "c\(index),company,Selskap nummer \(index) AS\n" }
        var relations = "from,to,type,role,start,end,source\n"
        var seen = Set<[Int]>()
        while seen.count < edges {
            let from = next(nodes), to = next(nodes)
            guard from != to, seen.insert([from, to]).inserted else { continue }
            relations += "c\(from),c\(to),partner_of,,,,brreg \(from)-\(to)\n"
        }
        try Data(entities.utf8).write(to: folder.appendingPathComponent("entities.csv"))
        try Data(relations.utf8).write(to: folder.appendingPathComponent("relations.csv"))
    }

    /// Runs the binary with `input` on standard input.
    static func run(_ arguments: [String], input: [UInt8]) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageFolder
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorsReader(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(out), errors.text())
    }

    /// Reads standard error on its own thread, so that neither pipe fills up.
    final class ErrorsReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func aLayoutPastItsTimeIsStoppedAndTheEarlierFileIsKept() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.randomDataset(nodes: 500, edges: 1_000, in: folder)
        let output = folder.appendingPathComponent("network.svg")
        try Data("earlier diagram".utf8).write(to: output)
        let started = Date()
        let result = try CommandRunner.run([
            "render", "--scope", "network", "--layout", "dot", "--timeout", "1",
            "--data", folder.path, "--graphs", folder.path, "--output", output.path,
        ])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("did not finish within 1 seconds and was stopped"), "\(result.stderr)")
        #expect(result.stderr.contains("--layout sfdp"))
        #expect(result.stderr.contains("500 entities, 1000 relations"), "\(result.stderr)")
        #expect(elapsed < 15, "took \(elapsed) s")
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier diagram")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["entities.csv", "network.svg", "relations.csv"])
    }

    @Test func graphsStopsALayoutPastItsTimeLimitAndWritesNothing() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Under the size limit for dot, yet a layout of many seconds: random crossings.
        try Self.randomDataset(nodes: 150, edges: 250, in: folder)
        let graphs = folder.appendingPathComponent("Graphs")
        try FileManager.default.createDirectory(at: graphs, withIntermediateDirectories: true)
        try Data("views:\n  - name: tangle\n    title: Floke\n    scope: network\n    layout: dot\n".utf8)
            .write(to: graphs.appendingPathComponent("views.yaml"))
        try Data("earlier".utf8).write(to: graphs.appendingPathComponent("tangle.svg"))
        let started = Date()
        let result = try CommandRunner.run(["graphs", "--data", folder.path, "--graphs", graphs.path, "--timeout", "1"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the dot layout of 'tangle' (150 entities, 250 relations) did not finish within 1 seconds"),
                "\(result.stderr)")
        #expect(elapsed < 3, "took \(elapsed) s")
        #expect(try String(contentsOf: graphs.appendingPathComponent("tangle.svg"), encoding: .utf8) == "earlier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: graphs.path).sorted() == ["tangle.svg", "views.yaml"])
    }

    /// The processes whose parent is `pid`, from /proc.
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid
        }
    }

    /// SIGKILL, the one signal the test runner cannot have blocked or ignored for the processes
    /// it starts; Ctrl-C and SIGTERM end the parent the same way, and the child sees the same.
    @Test func aLayoutChildEndsWhenItsParentIsKilled() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.randomDataset(nodes: 500, edges: 1_000, in: folder)
        let parent = Process()
        parent.executableURL = CommandRunner.binary
        parent.arguments = [
            "render", "--scope", "network", "--layout", "dot", "--timeout", "120",
            "--data", folder.path, "--output", folder.appendingPathComponent("network.svg").path,
        ]
        parent.environment = ["REGIONGRAPH_CACHE": "off", "PATH": "/usr/bin:/bin"]
        parent.standardError = FileHandle.nullDevice
        try parent.run()
        // Wait for the layout child to start.
        var children: [Int32] = []
        for _ in 0..<100 where children.isEmpty {
            usleep(50_000)
            children = Self.children(of: parent.processIdentifier)
        }
        try #require(children.count == 1, "no layout child appeared")
        // Let the child get well into the layout, which takes minutes and reads nothing.
        usleep(1_500_000)
        kill(parent.processIdentifier, SIGKILL)
        parent.waitUntilExit()
        let child = children[0]
        // Running, not a zombie waiting to be reaped.
        func isRunning() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
        }
        var waited = 0
        while isRunning(), waited < 40 {
            usleep(50_000)
            waited += 1
        }
        let alive = isRunning()
        if alive { kill(child, SIGKILL) }
        #expect(!alive, "the layout child \(child) still runs 2 s after its parent was killed")
    }

    @Test func aGraphThatDotTakesMinutesOnIsNotGivenToDot() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.randomDataset(nodes: 300, edges: 600, in: folder)
        let output = folder.appendingPathComponent("network.svg")
        let refused = try CommandRunner.run([
            "render", "--scope", "network", "--layout", "dot", "--data", folder.path, "--output", output.path,
        ])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("more than the dot layout handles in reasonable time (at most 150 entities and 250 relations)"),
                "\(refused.stderr)")
        // A neighbourhood is drawn with dot unless it is too large for it.
        let automatic = try CommandRunner.run([
            "render", "c0", "--depth", "6", "--data", folder.path, "--output", output.path,
        ])
        #expect(automatic.status == 0, "\(automatic.stderr)")
        #expect(automatic.stderr.contains("are too many for dot; using sfdp"), "\(automatic.stderr)")
    }

    @Test func dotPastItsSizeIsRefusedWithoutTimeoutAndTheMessageSaysWhatToDo() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.randomDataset(nodes: 500, edges: 1_000, in: folder)
        let output = folder.appendingPathComponent("network.svg")
        let started = Date()
        let result = try CommandRunner.run([
            "render", "--scope", "network", "--layout", "dot",
            "--data", folder.path, "--graphs", folder.path, "--output", output.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("use --layout sfdp"), "\(result.stderr)")
        #expect(result.stderr.contains("--timeout SECONDS"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["svg", "png", "pdf", "dot"])
    func aRenderInTimeGivesWhatTheInProcessRenderGives(format: String) throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        let isolated = folder.appendingPathComponent("isolated.\(format)")
        let inProcess = folder.appendingPathComponent("in-process.\(format)")
        let first = try CommandRunner.run(["render", "roros", "--output", isolated.path, "--timeout", "60"])
        let second = try CommandRunner.run(["render", "roros", "--output", inProcess.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        let a = try Data(contentsOf: isolated), b = try Data(contentsOf: inProcess)
        #expect(a.count > 100)
        if format == "pdf" {
            #expect(a.prefix(5) == Data("%PDF-".utf8))
        } else {
            #expect(a == b)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["in-process.\(format)", "isolated.\(format)"])
    }

    @Test func aBadTimeoutIsAUsageError() throws {
        for value in ["0", "-1", "nan", "soon"] {
            let result = try CommandRunner.run(["render", "roros", "--output", "/dev/null", "--format", "svg", "--timeout", value])
            #expect(result.status == 64, "--timeout \(value): \(result.stderr)")
        }
    }

    @Test func theWorkerChildReadsFramedDOTAndWritesTheDrawing() throws {
        let dot = Array(#"digraph { a [label="Røros \"kommune\" <&>"]; a -> b }"#.utf8)
        let broken = Array("digraph { a -> ".utf8)
        let requests = Array("RENDER dot svg \(dot.count)\n".utf8) + dot + Array("RENDER dot png \(broken.count)\n".utf8) + broken
        let result = try Self.run(["render-worker"], input: requests)
        #expect(result.status == 0, "\(result.stderr)")
        let answer = String(decoding: result.stdout, as: UTF8.self)
        #expect(answer.hasPrefix("OK "))
        #expect(answer.contains("<?xml"))
        #expect(answer.contains("Røros &quot;kommune&quot; &lt;&amp;&gt;"))
        #expect(answer.contains("\nFAIL "))
        #expect(answer.contains("syntax error"))
    }

    @Test func aFailedRenderLeavesTheEarlierFileUntouched() throws {
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("diagram.svg")
        try Data("earlier".utf8).write(to: output)
        for arguments in [
            ["render", "no-such-entity-anywhere", "--output", output.path],
            ["render", "roros", "--output", output.path, "--data", folder.appendingPathComponent("missing").path],
            ["render", "roros", "--output", output.path, "--timeout", "0.001"],
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(try String(contentsOf: output, encoding: .utf8) == "earlier", "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["diagram.svg"])
    }

    /// Every file under `Data/`, with its size and modification time.
    static func snapshot(of folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return [:] }
        for case let url as URL in walker {
            let values = try url.resourceValues(forKeys: Set(keys))
            result[url.path] = "\(values.fileSize ?? -1) \(values.contentModificationDate?.timeIntervalSince1970 ?? 0)"
        }
        return result
    }

    @Test func noCommandWritesIntoDataUnlessAsked() throws {
        let data = CommandRunner.packageFolder.appendingPathComponent("Data")
        let before = try Self.snapshot(of: data)
        let folder = try CommandRunner.temporaryFolder("reliability")
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [
            ["validate"], ["members", "fjellregionen"], ["shared", "Røros", "Holtålen", "--format", "json"],
            ["render", "roros", "--output", folder.appendingPathComponent("r.svg").path, "--timeout", "60"],
            ["render", "roros", "--output", folder.appendingPathComponent("r.png").path],
            ["export", "--format", "csv", "--output", folder.appendingPathComponent("csv").path],
            ["graphs", "--check"],
        ] {
            _ = try CommandRunner.run(arguments)
        }
        #expect(try Self.snapshot(of: data) == before)
    }
}
