import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of it:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
///
/// Only regular files are replaced. A symbolic link is written through: the file it points to
/// is replaced and the link stays. A device or a FIFO (`/dev/null`, `/dev/stdout`, a named
/// pipe) is written into as it is, never renamed over. A folder is an error.
///
/// A large file is written as it is made, through a ``ByteSink``, rather than made whole in
/// memory first; a write that fails on the way (a full disk) removes the temporary file and
/// throws, naming the file, and the target stays as it was.
///
/// ```swift
/// try AtomicFile.write(Array(svg.utf8), to: "Graphs/green-flyway.svg")
/// try AtomicFile.write(to: "network.graphml") { sink in GraphMLExporter.write(network, to: sink) }
/// ```
public enum AtomicFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Replaces the file at `path` with `bytes`. On failure the old file is untouched and the
    /// temporary file is removed.
    ///
    /// A file that need not be `durable` is not flushed to the disk before it is renamed into
    /// place: after a power failure it may be empty or partly written (which a cache entry's
    /// checksum catches), but never half old, half new while the system runs.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(WriteError) {
        try stage(bytes, for: path, durable: durable).commit()
    }

    /// Replaces the file at `path` with what `body` writes into the sink, as it writes it: the
    /// bytes go to the temporary file in blocks of ``ByteSink/bufferSize``, never all held in
    /// memory. On failure the old file is untouched and the temporary file is removed.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "network.json") { sink in JSONExporter.write(network, to: sink) }
    /// ```
    public static func write(to path: String, durable: Bool = true, _ body: (ByteSink) -> Void) throws(WriteError) {
        try stage(for: path, durable: durable, body).commit()
    }

    /// A file written beside its target under a temporary name, not yet in place; or, for a
    /// device or FIFO target, the bytes to write into it.
    struct Staged: Sendable {
        /// The temporary file; `nil` when the target is written in place.
        var temporary: String?
        /// The file the temporary replaces (symbolic links resolved).
        var target: String
        /// The path as the user gave it, for messages.
        var shown: String
        var bytesInPlace: [UInt8]?

        /// Puts the file in place: renames the temporary over the target, or writes a device.
        func commit() throws(WriteError) {
            if let temporary {
                if let reason = Syscalls.rename(temporary, to: target) {
                    discard()
                    throw WriteError(path: shown, reason: reason)
                }
            } else if let bytes = bytesInPlace, let reason = Syscalls.writeInPlace(bytes, to: target) {
                throw WriteError(path: shown, reason: reason)
            }
        }

        /// Removes the temporary file.
        func discard() {
            if let temporary { _ = try? FileManager.default.removeItem(atPath: temporary) }
        }
    }

    /// Writes `bytes` to a temporary file beside the file at `path`, ready to replace it.
    static func stage(_ bytes: [UInt8], for path: String, durable: Bool = true) throws(WriteError) -> Staged {
        try stage(for: path, durable: durable) { $0.write(bytes: bytes) }
    }

    /// Has `body` write a temporary file beside the file at `path` through a sink, ready to
    /// replace it; for a device or FIFO, gathers the bytes to write into it. With a `limit`,
    /// writing more than that many bytes fails as on a full disk (for tests).
    static func stage(
        for path: String, durable: Bool = true, limit: Int? = nil, _ body: (ByteSink) -> Void
    ) throws(WriteError) -> Staged {
        let target = try resolvingLinks(path)
        switch Syscalls.kind(of: target) {
        case .missing, .regularFile:
            let folder = (target as NSString).deletingLastPathComponent
            let temporary = (folder as NSString).appendingPathComponent(temporaryName(for: (target as NSString).lastPathComponent))
            var opened = false
            var explained: String?
            let failure = Syscalls.createFile(temporary, durable: durable) { descriptor in
                opened = true
                let sink = ByteSink(descriptor: descriptor, limit: limit)
                body(sink)
                sink.flush()
                explained = sink.failureReason
                return sink.failure
            }
            guard failure == 0 else {
                let reason = explained
                    ?? (opened ? Syscalls.writeFailure(failure) : Syscalls.creationFailure(failure, in: folder.isEmpty ? "." : folder))
                throw WriteError(path: path, reason: reason)
            }
            return Staged(temporary: temporary, target: target, shown: path)
        case .special:
            return Staged(temporary: nil, target: target, shown: path, bytesInPlace: ByteSink.collect(body))
        case .folder:
            throw WriteError(path: path, reason: "it is a folder")
        case .symbolicLink:
            throw WriteError(path: path, reason: "too many levels of symbolic links")
        }
    }

    /// `.NAME.PID.UUID.tmp`: hidden, and telling which process wrote it (see ``leftovers(in:)``).
    static func temporaryName(for name: String) -> String {
        ".\(name).\(Syscalls.processIdentifier).\(UUID().uuidString).tmp"
    }

    /// Temporary files of this naming in `folder` whose process is no longer running: what an
    /// interrupted write left behind. Sorted by name.
    public static func leftovers(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
            let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 4, parts.last?.count == 36, let process = Int32(parts[parts.count - 2]) else { return false }
            return !Syscalls.isRunning(process)
        }
        .sorted()
        .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The path a chain of symbolic links at `path` ends in (relative links are taken from the
    /// folder of the link); `path` itself when it is no link.
    static func resolvingLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            guard Syscalls.kind(of: current) == .symbolicLink else { return current }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw WriteError(path: path, reason: "cannot read the symbolic link '\(current)'")
            }
            current = destination.hasPrefix("/")
                ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }
}
