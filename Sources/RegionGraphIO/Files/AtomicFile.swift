import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of it:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
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
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if let reason = Syscalls.rename(temporary.path, to: url.path) {
                throw WriteError(path: path, reason: reason)
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
