import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process whose standard input and output are one end of a socket pair; the parent
/// keeps the other end. Every C call of the child-process side of rendering is in this file.
///
/// A socket rather than two pipes, so that the parent writes with `MSG_NOSIGNAL`: a child that
/// has died makes a write fail with `EPIPE` instead of killing the parent with `SIGPIPE`, and
/// nothing here changes how the rest of the program handles signals.
///
/// ```swift
/// let child = try ChildProcess.start("/bin/cat", [])
/// _ = child.deliver(Array("hello".utf8))
/// child.finishSending()
/// ```
#if os(Linux)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif

struct ChildProcess {
    let process: Process
    /// The parent's end of the socket pair.
    let socket: Int32

    /// Starts `executable arguments` with its standard input and output on a new socket pair.
    ///
    /// - Throws: the reason, when the socket pair cannot be made or the process not started.
    static func start(_ executable: String, _ arguments: [String]) throws(RenderWorker.Failure) -> ChildProcess {
        var ends: [Int32] = [-1, -1]
        #if os(Linux)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, type, 0, &ends) == 0 else {
            throw .cannotStart("cannot make a socket pair: \(String(cString: strerror(errno)))")
        }
        let childEnd = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = childEnd
        process.standardOutput = childEnd
        do {
            try process.run()
        } catch {
            close(ends[0])
            close(ends[1])
            throw .cannotStart("\(executable): \(error.localizedDescription)")
        }
        close(ends[1])
        return ChildProcess(process: process, socket: ends[0])
    }

    /// Writes all of `bytes` to the child; `false` when the child no longer reads.
    func deliver(_ bytes: [UInt8]) -> Bool {
        Self.writeAll(bytes) { send(socket, $0, $1, noSignal) }
    }

    /// Tells the child that no more requests come: it sees the end of its input.
    func finishSending() {
        shutdown(socket, Int32(SHUT_WR))
    }

    /// Waits until the child has something to read or `deadline` passes: `true` when there is
    /// something (or the child ended), `false` when time ran out.
    func waitForAnswer(until deadline: ContinuousClock.Instant?) -> Bool {
        while true {
            var wait: Int32 = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero { return false }
                let (seconds, attoseconds) = left.components
                wait = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, wait)
            if ready < 0, errno == EINTR { continue }
            if ready == 0 { continue }
            return true
        }
    }

    /// Reads what the child has sent onto the end of `buffer`: `false` at the end of its
    /// output or on an error.
    func receive(appendingTo buffer: inout [UInt8]) -> Bool {
        Self.readSome(socket, appendingTo: &buffer)
    }

    /// Kills the child at once (SIGKILL) and waits for it to end.
    func terminate() {
        _ = kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Closes the parent's end; the child then sees the end of its input.
    func closeSocket() {
        close(socket)
    }

    // MARK: The child's side

    /// Ends this process as soon as its parent has gone: a thread looks every 100 ms whether
    /// the process has been handed to another parent. A layout cannot be interrupted, so a
    /// child whose parent was killed (Ctrl-C, SIGTERM, SIGKILL) would otherwise lay out to the
    /// end, for minutes, with nobody waiting for it.
    static func exitWhenOrphaned() {
        let parent = getppid()
        let watcher = Thread {
            while true {
                if getppid() != parent { _exit(1) }
                usleep(100_000)
            }
        }
        watcher.stackSize = 64 << 10
        watcher.start()
    }

    /// The child's standard input and output.
    static let standardInput = STDIN_FILENO
    static let standardOutput = STDOUT_FILENO

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

    /// Writes all of `bytes` to `descriptor`; `false` (quietly) when the reader has gone.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        writeAll(bytes) { write(descriptor, $0, $1) }
    }

    /// Hands all of `bytes` to `write`, as often as it takes (it returns how many it took, or
    /// −1); `false` when it fails for another reason than an interruption.
    private static func writeAll(_ bytes: [UInt8], _ write: (UnsafeRawPointer, Int) -> Int) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write($0.baseAddress! + offset, $0.count - offset) }
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
}
