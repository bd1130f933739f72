import Foundation
import RegionGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process that renders diagram after diagram for a long-running parent, replaced by a
/// fresh one after a number of layouts so that the parent's memory stays steady.
///
/// Graphviz 2.42's layouts do not free everything they allocate (a clustered `dot` layout of a
/// standard view loses from a few kilobytes up to a few hundred), so a server or a batch of
/// thousands of renders in one process grows without end. A worker keeps Graphviz out of the
/// parent: each render is sent to a child process of the same executable, which is retired
/// after ``layoutsPerProcess`` layouts and started again when next needed, taking what
/// Graphviz lost with it. A render that runs past ``timeout`` kills the child; the next render
/// starts a new one.
///
/// ```swift
/// let worker = RenderWorker(layoutsPerProcess: 50)
/// for diagram in diagrams {
///     let svg = try worker.render(dot: diagram.dotText, layout: "dot", format: .svg)
/// }
/// ```
///
/// The child is started as `executable arguments` and speaks a small framed protocol on its
/// standard input and output (``serve(input:output:)``); `regiongraph render --render-worker`
/// is such a child. Calls are serialised: one render at a time per worker.
public final class RenderWorker: @unchecked Sendable {
    /// The hidden flag of `regiongraph render` that makes it a worker child.
    public static let workerFlag = "--render-worker"

    /// The arguments that start `regiongraph` as a worker child.
    public static let regiongraphArguments = ["render", workerFlag, "--output", "-"]

    /// How many layouts one child performs before it is replaced.
    public let layoutsPerProcess: Int
    /// Seconds one render may take before the child is killed; `nil` for no limit.
    public let timeout: Double?

    private let executable: String
    private let arguments: [String]
    private let lock = NSLock()
    private var child: Child?
    private var started = 0

    /// A worker that starts `executable arguments` as its child when first needed.
    ///
    /// - Parameters:
    ///   - layoutsPerProcess: layouts per child before it is replaced (at least 1).
    ///   - timeout: seconds one render may take; the child is killed past it.
    public init(
        executable: String = IsolatedRender.currentExecutable,
        arguments: [String] = RenderWorker.regiongraphArguments,
        layoutsPerProcess: Int = 50, timeout: Double? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.layoutsPerProcess = max(1, layoutsPerProcess)
        self.timeout = timeout
    }

    deinit { retire() }

    /// How many child processes this worker has started so far.
    public var processesStarted: Int { lock.withLock { started } }

    /// The process id of the current child, `nil` when none is running.
    public var childProcessIdentifier: Int32? { lock.withLock { child?.process.processIdentifier } }

    /// Renders `dot` in the child: the bytes Graphviz produces for `layout` and `format`.
    ///
    /// `view` only names the diagram in messages.
    ///
    /// - Throws: ``IsolatedRender/Failure``: Graphviz's message when the render failed (the
    ///   child stays), a time-out or a child that died (the child is gone; the next render
    ///   starts a new one), or a child that cannot be started.
    /// - Complexity: one round trip to the child plus the render; starting a child (about 10 ms)
    ///   once every ``layoutsPerProcess`` layouts.
    public func render(dot: String, layout: String, format: DiagramFormat, view: String = "diagram") throws(IsolatedRender.Failure) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        // A child that ended while idle (killed from outside, say) is replaced without a word;
        // one that ends during a render is that render's failure.
        if let idle = child, !idle.process.isRunning {
            idle.process.waitUntilExit()
            closeDescriptors(of: idle)
            child = nil
        }
        if child == nil { child = try start() }
        guard var current = child else { throw .cannotStart(executable) }
        let payload = Array(dot.utf8)
        let header = "RENDER \(layout) \(format.rawValue) \(payload.count)\n"
        guard IsolatedRender.writeAll(Array(header.utf8), to: current.input),
              IsolatedRender.writeAll(payload, to: current.input)
        else {
            throw lost(current, view: view, reason: "stopped reading")
        }
        let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int64(min($0, 1e9) * 1000)) }
        let answer: (ok: Bool, body: [UInt8])
        switch current.reader.readResponse(until: deadline) {
        case .response(let ok, let body):
            answer = (ok, body)
        case .timedOut:
            kill(current.process.processIdentifier, SIGKILL)
            current.process.waitUntilExit()
            closeDescriptors(of: current)
            child = nil
            throw .timedOut(view: view, layout: layout, seconds: timeout ?? 0, nodes: 0, edges: 0)
        case .ended:
            throw lost(current, view: view, reason: "ended")
        }
        guard answer.ok else {
            throw .childFailed(view: view, message: String(decoding: answer.body, as: UTF8.self))
        }
        if format != .dot {
            current.layouts += 1
        }
        child = current
        if current.layouts >= layoutsPerProcess { retireLocked() }
        return answer.body
    }

    /// Ends the current child, if any (it exits when its input closes). The next render starts
    /// a new one.
    public func retire() {
        lock.withLock { retireLocked() }
    }

    private func retireLocked() {
        guard let current = child else { return }
        child = nil
        close(current.input)
        current.process.waitUntilExit()
        close(current.output)
    }

    private func closeDescriptors(of current: Child) {
        close(current.input)
        close(current.output)
    }

    private func lost(_ current: Child, view: String, reason: String) -> IsolatedRender.Failure {
        kill(current.process.processIdentifier, SIGKILL)
        current.process.waitUntilExit()
        closeDescriptors(of: current)
        child = nil
        let how = current.process.terminationReason == .uncaughtSignal
            ? "died of signal \(current.process.terminationStatus)"
            : "\(reason) (status \(current.process.terminationStatus))"
        return .childFailed(view: view, message: "the renderer process \(how)")
    }

    private struct Child {
        let process: Process
        let input: Int32
        let output: Int32
        var reader: ResponseReader
        var layouts = 0
    }

    private func start() throws(IsolatedRender.Failure) -> Child {
        let (process, input, output) = IsolatedRender.childProcess(executable, arguments)
        do {
            try process.run()
        } catch {
            throw .cannotStart("\(executable): \(error.localizedDescription)")
        }
        started += 1
        // Keep our own copies of the two ends the parent uses; the Pipe objects may close theirs.
        let writeEnd = dup(input.fileHandleForWriting.fileDescriptor)
        let readEnd = dup(output.fileHandleForReading.fileDescriptor)
        try? input.fileHandleForWriting.close()
        try? output.fileHandleForReading.close()
        return Child(process: process, input: writeEnd, output: readEnd, reader: ResponseReader(descriptor: readEnd))
    }

    /// Reads the child's framed answers: `OK <count>\n` or `FAIL <count>\n`, then `count` bytes.
    struct ResponseReader {
        let descriptor: Int32
        private var buffer: [UInt8] = []

        init(descriptor: Int32) { self.descriptor = descriptor }

        enum Outcome: Equatable {
            case response(ok: Bool, body: [UInt8])
            case timedOut
            case ended
        }

        mutating func readResponse(until deadline: ContinuousClock.Instant?) -> Outcome {
            var header: (ok: Bool, count: Int)?
            while true {
                if header == nil, let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    let words = line.split(separator: " ")
                    guard words.count == 2, words[0] == "OK" || words[0] == "FAIL",
                          let count = Int(words[1]), count >= 0 else { return .ended }
                    header = (words[0] == "OK", count)
                }
                if let header, buffer.count >= header.count {
                    let body = Array(buffer[..<header.count])
                    buffer.removeSubrange(..<header.count)
                    return .response(ok: header.ok, body: body)
                }
                switch fill(until: deadline) {
                case .some(true): continue
                case .some(false): return .ended
                case .none: return .timedOut
                }
            }
        }

        /// Reads what is available: `true` when bytes came, `false` at end of file or an error,
        /// `nil` when the deadline passed first.
        private mutating func fill(until deadline: ContinuousClock.Instant?) -> Bool? {
            while true {
                var wait: Int32 = -1
                if let deadline {
                    let left = ContinuousClock.now.duration(to: deadline)
                    if left <= .zero { return nil }
                    let (seconds, attoseconds) = left.components
                    wait = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                }
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, wait)
                if ready < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if ready == 0 { continue }
                return RenderWorker.readSome(descriptor, appendingTo: &buffer)
            }
        }
    }
}

extension RenderWorker {
    /// The child's side: answers render requests from `input` on `output` until `input` ends.
    ///
    /// A request is `RENDER <layout> <format> <count>\n` followed by `count` bytes of DOT; the
    /// answer is `OK <count>\n` and the rendered bytes, or `FAIL <count>\n` and Graphviz's
    /// message. Returns the exit status: 0 when the input ended, 2 for a malformed request.
    public static func serve(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Int32 {
        var pending: [UInt8] = []
        func more() -> Bool { readSome(input, appendingTo: &pending) }
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
            guard IsolatedRender.writeAll(Array(header.utf8), to: output),
                  IsolatedRender.writeAll(body, to: output)
            else { return 0 }
        }
    }

    /// Reads what `descriptor` has (up to 64 KB, waiting for at least one byte) onto the end of
    /// `buffer`: `false` at end of file or on an error.
    static func readSome(_ descriptor: Int32, appendingTo buffer: inout [UInt8]) -> Bool {
        let capacity = 1 << 16
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: capacity))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, capacity) }
            if count < 0, errno == EINTR { continue }
            buffer.removeLast(capacity - max(count, 0))
            return count > 0
        }
    }

    private static func answer(dot: String, layout: String, format: String) -> (Bool, [UInt8]) {
        guard let format = DiagramFormat(rawValue: format) else {
            return (false, Array("unknown format '\(format)'".utf8))
        }
        if format == .dot { return (true, Array(dot.utf8)) }
        guard let engine = GraphvizLayout(rawValue: layout) else {
            return (false, Array("unknown layout '\(layout)'".utf8))
        }
        do {
            return (true, try Graphviz.render(dot: dot, layout: engine, format: format.graphvizFormat))
        } catch {
            return (false, Array("\(error)".utf8))
        }
    }
}
