import RegionGraphIO
import RegionGraphviz
import Synchronization

/// Renders DOT through Graphviz in a child process of the same program: the one way
/// RegionGraph lays out a diagram outside its own process.
///
/// Two needs are met by the same child:
/// - **A time limit.** Graphviz's layouts cannot be cancelled in-process (a random graph of
///   500 nodes took 13 minutes in `dot`). A render that runs past ``timeout`` kills the child;
///   the next render starts a new one.
/// - **Steady memory.** Graphviz 2.42's layouts do not free everything they allocate (a
///   clustered `dot` layout loses from a few kilobytes up to a few hundred), so thousands of
///   renders in one process grow without end. The child is retired after
///   ``layoutsPerProcess`` layouts and takes what Graphviz lost with it.
///
/// ```swift
/// let worker = RenderWorker(layoutsPerProcess: 50, timeout: 60)
/// for diagram in diagrams {
///     let svg = try worker.render(dot: diagram.dotText, layout: .dot, format: .svg)
/// }
/// ```
///
/// The child is started as `executable arguments` (by default `regiongraph render-worker`,
/// see ``serve()`` for its protocol) with its standard input and output on a
/// socket. Calls are serialised: one render at a time per worker.
public final class RenderWorker: Sendable {
    /// Why a render in the child gave no bytes.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The render took longer than the time limit; the child was killed.
        case timedOut(seconds: Double)
        /// Graphviz failed (its message), or the child died during the render.
        case childFailed(String)
        /// The child process could not be started.
        case cannotStart(String)

        public var description: String {
            switch self {
            case .timedOut(let seconds): "the layout did not finish within \(Self.format(seconds)) seconds and was stopped"
            case .childFailed(let message): message
            case .cannotStart(let reason): "cannot start the renderer process: \(reason)"
            }
        }

        /// Seconds as a user wrote them: `60`, not `60.0`.
        static func format(_ seconds: Double) -> String {
            seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
        }
    }

    /// The arguments that start `regiongraph` as a worker child.
    public static let regiongraphArguments = ["render-worker"]

    /// How many layouts one child performs before it is replaced.
    public let layoutsPerProcess: Int
    /// Seconds one render may take before the child is killed; `nil` for no limit.
    public let timeout: Double?

    private let executable: String
    private let arguments: [String]
    private let state = Mutex(State())

    private struct State: ~Copyable {
        var child: Running?
        var started = 0
    }

    /// The current child and what it has done.
    private struct Running {
        var process: ChildProcess
        var pending: [UInt8] = []
        var layouts = 0
    }

    /// A worker that starts `executable arguments` as its child when first needed.
    ///
    /// - Parameters:
    ///   - layoutsPerProcess: layouts per child before it is replaced (at least 1).
    ///   - timeout: seconds one render may take; the child is killed past it.
    public init(
        executable: String = RunningExecutable.path,
        arguments: [String] = RenderWorker.regiongraphArguments,
        layoutsPerProcess: Int = 50, timeout: Double? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.layoutsPerProcess = max(1, layoutsPerProcess)
        self.timeout = timeout.map { $0.isFinite && $0 > 0 ? min($0, 1e9) : 1e9 }
    }

    deinit { retire() }

    /// How many child processes this worker has started so far.
    public var processesStarted: Int { state.withLock { $0.started } }

    /// The process id of the current child, `nil` when none is running.
    public var childProcessIdentifier: Int32? {
        state.withLock { $0.child?.process.process.processIdentifier }
    }

    /// Renders `dot` in the child: the bytes Graphviz produces for `layout` and `format`.
    ///
    /// - Throws: ``Failure``: Graphviz's message when the render failed (the child stays), a
    ///   time-out or a child that died (the child is gone; the next render starts a new one),
    ///   or a child that cannot be started.
    /// - Complexity: one round trip to the child plus the render; starting a child (about
    ///   10 ms) once every ``layoutsPerProcess`` layouts.
    public func render(dot: String, layout: GraphvizLayout, format: GraphvizFormat) throws(Failure) -> [UInt8] {
        try state.withLock { state throws(Failure) in
            // A child that ended while idle (killed from outside, say) is replaced without a
            // word; one that ends during a render is that render's failure.
            if let idle = state.child, !idle.process.process.isRunning {
                idle.process.process.waitUntilExit()
                idle.process.closeSocket()
                state.child = nil
            }
            if state.child == nil {
                state.child = Running(process: try ChildProcess.start(executable, arguments))
                state.started += 1
            }
            var current = state.child!
            state.child = nil
            let payload = Array(dot.utf8)
            let header = "RENDER \(layout.rawValue) \(format.rawValue) \(payload.count)\n"
            guard current.process.deliver(Array(header.utf8)), current.process.deliver(payload) else {
                throw Self.lost(current, reason: "stopped reading")
            }
            let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int64($0 * 1000)) }
            switch Self.readAnswer(of: &current, until: deadline) {
            case .answer(let ok, let body):
                guard ok else {
                    state.child = current
                    throw .childFailed(String(decoding: body, as: UTF8.self))
                }
                current.layouts += 1
                if current.layouts >= layoutsPerProcess {
                    Self.retire(current)
                } else {
                    state.child = current
                }
                return body
            case .timedOut:
                current.process.terminate()
                current.process.closeSocket()
                throw .timedOut(seconds: timeout ?? 0)
            case .ended:
                throw Self.lost(current, reason: "ended")
            }
        }
    }

    /// Ends the current child, if any (it exits when its input ends). The next render starts
    /// a new one.
    public func retire() {
        state.withLock { state in
            if let current = state.child { Self.retire(current) }
            state.child = nil
        }
    }

    private static func retire(_ current: Running) {
        current.process.finishSending()
        current.process.process.waitUntilExit()
        current.process.closeSocket()
    }

    private static func lost(_ current: Running, reason: String) -> Failure {
        current.process.terminate()
        current.process.closeSocket()
        let process = current.process.process
        let how = process.terminationReason == .uncaughtSignal
            ? "died of signal \(process.terminationStatus)"
            : "\(reason) (status \(process.terminationStatus))"
        return .childFailed("the renderer process \(how)")
    }

    private enum Outcome {
        case answer(ok: Bool, body: [UInt8])
        case timedOut
        case ended
    }

    /// Reads the child's framed answer: `OK <count>\n` or `FAIL <count>\n`, then `count` bytes.
    private static func readAnswer(of child: inout Running, until deadline: ContinuousClock.Instant?) -> Outcome {
        var header: (ok: Bool, count: Int)?
        while true {
            if header == nil, let newline = child.pending.firstIndex(of: UInt8(ascii: "\n")) {
                let words = child.pending[..<newline].split(separator: UInt8(ascii: " "))
                child.pending.removeSubrange(...newline)
                guard words.count == 2, let kind = String(validating: words[0], as: UTF8.self),
                      kind == "OK" || kind == "FAIL",
                      let count = String(validating: words[1], as: UTF8.self).flatMap({ Int($0) }), count >= 0
                else { return .ended }
                header = (kind == "OK", count)
            }
            if let header, child.pending.count >= header.count {
                let body = Array(child.pending[..<header.count])
                child.pending.removeSubrange(..<header.count)
                return .answer(ok: header.ok, body: body)
            }
            guard child.process.waitForAnswer(until: deadline) else { return .timedOut }
            guard child.process.receive(appendingTo: &child.pending) else { return .ended }
        }
    }
}

extension RenderWorker {
    /// The child's side: answers render requests from standard input on standard output until
    /// the input ends, or the parent process is gone.
    ///
    /// A request is `RENDER <layout> <format> <count>\n` followed by `count` bytes of DOT; the
    /// answer is `OK <count>\n` and the rendered bytes, or `FAIL <count>\n` and Graphviz's
    /// message. Returns the exit status: 0 when the input ended, 2 for a malformed request.
    public static func serve() -> Int32 {
        ChildProcess.exitWhenOrphaned()
        return serve(input: ChildProcess.standardInput, output: ChildProcess.standardOutput)
    }

    /// ``serve()`` on other file descriptors.
    static func serve(input: Int32, output: Int32) -> Int32 {
        var pending: [UInt8] = []
        func more() -> Bool { ChildProcess.readSome(input, appendingTo: &pending) }
        while true {
            var newline = pending.firstIndex(of: UInt8(ascii: "\n"))
            while newline == nil {
                guard more() else { return pending.isEmpty ? 0 : 2 }
                newline = pending.firstIndex(of: UInt8(ascii: "\n"))
            }
            let line = String(decoding: pending[..<newline!], as: UTF8.self)
            pending.removeSubrange(...newline!)
            let words = line.split(separator: " ").map(String.init)
            guard words.count == 4, words[0] == "RENDER", let count = Int(words[3]), count >= 0 else { return 2 }
            while pending.count < count {
                guard more() else { return 2 }
            }
            let dot = String(decoding: pending[..<count], as: UTF8.self)
            pending.removeSubrange(..<count)
            let (ok, body) = answer(dot: dot, layout: words[1], format: words[2])
            let header = "\(ok ? "OK" : "FAIL") \(body.count)\n"
            guard ChildProcess.writeAll(Array(header.utf8), to: output),
                  ChildProcess.writeAll(body, to: output)
            else { return 0 }
        }
    }

    private static func answer(dot: String, layout: String, format: String) -> (Bool, [UInt8]) {
        guard let format = GraphvizFormat(rawValue: format) else {
            return (false, Array("unknown format '\(format)'".utf8))
        }
        guard let engine = GraphvizLayout(rawValue: layout) else {
            return (false, Array("unknown layout '\(layout)'".utf8))
        }
        do {
            return (true, try Graphviz.render(dot: dot, layout: engine, format: format))
        } catch {
            return (false, Array("\(error)".utf8))
        }
    }
}
