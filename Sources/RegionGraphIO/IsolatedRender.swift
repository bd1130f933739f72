import Foundation
import RegionGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT in a child process that can be stopped: Graphviz's layouts cannot be cancelled
/// in-process (a random graph of 500 nodes took 13 minutes in `dot`), so a render with a time
/// limit runs in a child process of the same executable, which is killed when time is up.
///
/// The child is the same `regiongraph` binary started with a hidden flag
/// (``childFlag``): it reads DOT on standard input and writes the rendered bytes on standard
/// output, or a message on standard error and a non-zero status. The parent returns the bytes
/// only when the child finished in time and succeeded; it writes no file itself, so the caller
/// can write the output atomically only on success.
///
/// ```swift
/// let bytes = try IsolatedRender.render(
///     dot: diagram.dotText, layout: "dot", format: .svg, timeout: 10,
///     arguments: ["render", IsolatedRender.childFlag, "--layout", "dot", "--format", "svg", "--output", "-"])
/// ```
///
/// A fresh child per render also keeps a long-running parent's memory steady: Graphviz's `dot`
/// layout leaks about 1.3 MB per clustered graph, and that memory goes with the child.
public enum IsolatedRender {
    /// The hidden flag of `regiongraph render` that makes it a child renderer.
    public static let childFlag = "--render-child"

    /// Why an isolated render gave no bytes.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The layout took longer than the time limit; the child was killed.
        case timedOut(view: String, layout: String, seconds: Double, nodes: Int, edges: Int)
        /// The child reported a failure (Graphviz's message) or died of a signal.
        case childFailed(view: String, message: String)
        /// The child process could not be started.
        case cannotStart(String)

        public var description: String {
            switch self {
            case .timedOut(let view, let layout, let seconds, let nodes, let edges):
                "the \(layout) layout of '\(view)'"
                    + (nodes > 0 || edges > 0 ? " (\(nodes) entities, \(edges) relations)" : "")
                    + " did not finish within "
                    + "\(IsolatedRender.format(seconds)) seconds and was stopped; use --layout sfdp (or fdp), "
                    + "draw less with --depth, --kinds or --relations, or allow more time with --timeout"
            case .childFailed(let view, let message):
                "cannot draw '\(view)': \(message)"
            case .cannotStart(let reason):
                "cannot start the renderer process: \(reason)"
            }
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    /// The path of the running executable (`/proc/self/exe` on Linux, else `argv[0]`).
    public static var currentExecutable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// The bytes `executable arguments` writes when given `dot` on standard input, or a failure
    /// when it fails or runs past `timeout` seconds (it is then killed with SIGKILL).
    ///
    /// `view`, `layout`, `nodes` and `edges` only describe the diagram in messages.
    public static func render(
        dot: String, timeout: Double, executable: String = currentExecutable, arguments: [String],
        view: String, layout: String, nodes: Int = 0, edges: Int = 0
    ) throws(Failure) -> [UInt8] {
        let (process, input, output) = childProcess(executable, arguments)
        let errors = Pipe()
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart("\(executable): \(error.localizedDescription)")
        }
        let collected = Collected()
        let group = DispatchGroup()
        let inputHandle = input.fileHandleForWriting
        let outputHandle = output.fileHandleForReading
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            Self.writeAll(Array(dot.utf8), to: inputHandle.fileDescriptor)
            try? inputHandle.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.setOutput(Self.readAll(outputHandle.fileDescriptor))
        }
        DispatchQueue.global().async(group: group) {
            collected.setErrors(Self.readAll(errorHandle.fileDescriptor))
        }
        let limit = timeout.isFinite && timeout > 0 ? min(timeout, 1e9) : 1e9
        if finished.wait(timeout: .now() + limit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            group.wait()
            throw .timedOut(view: view, layout: layout, seconds: timeout, nodes: nodes, edges: edges)
        }
        group.wait()
        let (bytes, messageBytes) = collected.values
        let message = String(decoding: messageBytes, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationReason == .uncaughtSignal {
            throw .childFailed(
                view: view,
                message: "the renderer process died of signal \(process.terminationStatus)"
                    + (message.isEmpty ? "" : ": \(message)"))
        }
        guard process.terminationStatus == 0 else {
            throw .childFailed(view: view, message: message.isEmpty ? "the renderer process exited with status \(process.terminationStatus)" : message)
        }
        return bytes
    }

    /// A process for `executable arguments` with pipes for its standard input and output, not
    /// yet started. A child that dies while the parent still writes to it must not kill the
    /// parent, so SIGPIPE is ignored from here on (writes then fail with EPIPE instead).
    static func childProcess(_ executable: String, _ arguments: [String]) -> (process: Process, input: Pipe, output: Pipe) {
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        return (process, input, output)
    }

    /// The child's side: reads DOT from standard input, renders it and writes the bytes to
    /// standard output. Returns the exit status: 0, or 1 with Graphviz's message on standard
    /// error.
    public static func serveChild(layout: String, format: DiagramFormat) -> Int32 {
        let dot = String(decoding: readAll(STDIN_FILENO), as: UTF8.self)
        if format == .dot {
            writeAll(Array(dot.utf8), to: STDOUT_FILENO)
            return 0
        }
        guard let engine = GraphvizLayout(rawValue: layout) else {
            writeAll(Array("unknown layout '\(layout)'\n".utf8), to: STDERR_FILENO)
            return 1
        }
        let output = format.graphvizFormat
        do {
            let bytes = try Graphviz.render(dot: dot, layout: engine, format: output)
            writeAll(bytes, to: STDOUT_FILENO)
            return 0
        } catch {
            writeAll(Array("\(error)\n".utf8), to: STDERR_FILENO)
            return 1
        }
    }

    /// Everything readable from `descriptor` until end of file or an error.
    static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                result.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    /// Writes all of `bytes` to `descriptor`; `false` (quietly) when the reader has gone.
    @discardableResult
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count > 0 {
                offset += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// The child's output, gathered on other threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output: [UInt8] = []
        private var errors: [UInt8] = []
        func setOutput(_ bytes: [UInt8]) { lock.withLock { output = bytes } }
        func setErrors(_ bytes: [UInt8]) { lock.withLock { errors = bytes } }
        var values: ([UInt8], [UInt8]) { lock.withLock { (output, errors) } }
    }
}
