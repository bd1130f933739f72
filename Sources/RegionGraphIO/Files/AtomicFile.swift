import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of it:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
///
/// Only regular files are replaced. A symbolic link is written through: the file it points to
/// is replaced and the link stays. A device or a FIFO (`/dev/null`, `/dev/stdout`, a named
/// pipe) is written into as it is, never renamed over. A folder is an error.
///
/// ```swift
/// try AtomicFile.write(Array(svg.utf8), to: "Graphs/fosen.svg")
/// ```
public enum AtomicFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Replaces the file at `path` with `bytes`. On failure the old file is untouched and the
    /// temporary file is removed.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let target = try resolvingLinks(path)
        switch Syscalls.kind(of: target) {
        case .missing, .regularFile:
            try replace(target, with: bytes, reportedAs: path)
        case .special:
            if let reason = Syscalls.writeInPlace(bytes, to: target) { throw WriteError(path: path, reason: reason) }
        case .folder:
            throw WriteError(path: path, reason: "it is a folder")
        case .symbolicLink:
            throw WriteError(path: path, reason: "too many levels of symbolic links")
        }
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

    /// Replaces the regular file (or nothing) at `path` by a temporary file renamed over it.
    private static func replace(_ path: String, with bytes: [UInt8], reportedAs shown: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if let reason = Syscalls.rename(temporary.path, to: url.path) {
                throw WriteError(path: shown, reason: reason)
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: shown, reason: (error as NSError).localizedDescription)
        }
    }
}
