import Foundation
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The render worker with the built `regiongraph` as its child: what a long-running parent
/// (a server, a batch of renders) gets.
@Suite(.serialized) struct RenderWorkerTests {
    func worker(layoutsPerProcess: Int = 50, timeout: Double? = nil) -> RenderWorker {
        RenderWorker(
            executable: CommandRunner.binary.path, layoutsPerProcess: layoutsPerProcess, timeout: timeout)
    }

    func standardView(_ name: String) throws -> String {
        try String(contentsOf: CommandRunner.packageFolder.appendingPathComponent("Graphs/\(name).dot"), encoding: .utf8)
    }

    /// What `regiongraph render` writes for the same DOT without a worker: the committed file.
    func committed(_ name: String, _ format: String) throws -> [UInt8] {
        Array(try Data(contentsOf: CommandRunner.packageFolder.appendingPathComponent("Graphs/\(name).\(format)")))
    }

    @Test func aWorkerDrawsWhatTheStandardViewsHold() throws {
        let worker = worker()
        for name in ["green-flyway", "fosenregionen-1"] {
            let dot = try standardView(name)
            let svg = try worker.render(dot: dot, layout: .dot, format: .svg)
            #expect(svg == (try committed(name, "svg")), "\(name).svg")
            let png = try worker.render(dot: dot, layout: .dot, format: .png)
            #expect(png == (try committed(name, "png")), "\(name).png")
        }
        #expect(worker.processesStarted == 1)
    }

    @Test func theChildIsReplacedAfterItsLayoutsAndTheBytesStayTheSame() throws {
        let worker = worker(layoutsPerProcess: 2)
        let dot = try standardView("green-flyway")
        var drawings = Set<[UInt8]>()
        for _ in 0..<5 {
            drawings.insert(try worker.render(dot: dot, layout: .dot, format: .svg))
        }
        #expect(worker.processesStarted == 3)
        #expect(drawings.count == 1)
        // The third child has one layout behind it. A diagram's own DOT text needs no layout:
        // it never reaches the child.
        let network = try DatasetLoader.load(from: CommandRunner.packageFolder.appendingPathComponent("Data").path).get()
        let view = try #require(try GraphsFolder(path: CommandRunner.packageFolder.appendingPathComponent("Graphs").path)
            .views().first { $0.name == "green-flyway" })
        let diagram = try Diagram(view: view, network: network)
        for _ in 0..<4 {
            #expect(try DiagramOutput.bytes(of: diagram, as: .dot, worker: worker) == Array(dot.utf8))
        }
        #expect(worker.processesStarted == 3)
    }

    @Test func aGraphvizErrorIsReportedAndTheChildCarriesOn() throws {
        let worker = worker()
        #expect {
            try worker.render(dot: "digraph { a -> }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .childFailed(let message)? = error as? RenderWorker.Failure else { return false }
            return message.contains("syntax error in line 1")
        }
        let pid = worker.childProcessIdentifier
        _ = try worker.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        #expect(worker.childProcessIdentifier == pid)
        #expect(worker.processesStarted == 1)
    }

    @Test func aLayoutPastTheTimeLimitKillsTheChildAndTheNextRenderStartsAnother() throws {
        var dot = "graph {\n"
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_500 {
            dot += "  n\(Int.random(in: 0..<600, using: &generator)) -- n\(Int.random(in: 0..<600, using: &generator));\n"
        }
        dot += "}\n"
        let worker = worker(timeout: 1)
        let started = ContinuousClock.now
        #expect {
            try worker.render(dot: dot, layout: .dot, format: .svg)
        } throws: { error in
            error as? RenderWorker.Failure == .timedOut(seconds: 1)
        }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(worker.childProcessIdentifier == nil)
        let svg = try worker.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        #expect(svg.starts(with: Array("<?xml".utf8)))
        #expect(worker.processesStarted == 2)
    }

    @Test func aChildKilledWhileIdleIsReplacedQuietly() throws {
        let worker = worker()
        _ = try worker.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        let pid = try #require(worker.childProcessIdentifier)
        kill(pid, SIGKILL)
        // Until the parent has seen the child end, a render may still be sent to it and fail;
        // once it has, the next render quietly starts a new child.
        var waited = 0
        while kill(pid, 0) == 0 || errno != ESRCH, waited < 200 {
            usleep(10_000)
            waited += 1
        }
        usleep(100_000)
        let svg = try worker.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        #expect(svg.starts(with: Array("<?xml".utf8)))
        #expect(worker.processesStarted == 2)
        #expect(worker.childProcessIdentifier != pid)
    }

    /// A stand-in child: a shell command in place of `regiongraph render-worker`.
    func fakeWorker(_ script: String, timeout: Double? = nil) -> RenderWorker {
        RenderWorker(executable: "/bin/sh", arguments: ["-c", script], timeout: timeout)
    }

    @Test func aChildThatEndsDuringARenderIsThatRendersFailure() throws {
        let worker = fakeWorker("head -c 10 >/dev/null; exit 3")
        #expect {
            try worker.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        } throws: { error in
            error as? RenderWorker.Failure == .childFailed("the renderer process ended (status 3)")
        }
        #expect(worker.childProcessIdentifier == nil)
    }

    @Test func aChildThatAnswersNonsenseOrNothingIsStopped() throws {
        let nonsense = fakeWorker("head -c 10 >/dev/null; echo 'HELLO there'; exec sleep 30")
        #expect(throws: RenderWorker.Failure.self) {
            try nonsense.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        }
        #expect(nonsense.childProcessIdentifier == nil)
        let silent = fakeWorker("exec sleep 30", timeout: 0.5)
        let started = ContinuousClock.now
        #expect {
            try silent.render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .timedOut? = error as? RenderWorker.Failure else { return false }
            return true
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func aMissingExecutableCannotStart() {
        let worker = RenderWorker(executable: "/nonexistent/regiongraph")
        #expect {
            try worker.render(dot: "digraph { a }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .cannotStart(let reason)? = error as? RenderWorker.Failure else { return false }
            return reason.contains("/nonexistent/regiongraph")
        }
    }

    @Test func theChildAnswersAMalformedRequestByEndingWithStatus2() throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = RenderWorker.regiongraphArguments
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("DRAW something\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
    }
}
