import Foundation

/// Replaces several files of one folder as a whole: an interrupted update leaves the old files,
/// or a journal from which the next update (or ``recover(_:)``) finishes it; never a mix that
/// passes for a finished one.
///
/// 1. Every new file is written beside its target under a temporary name (``AtomicFile``);
///    nothing visible changes, and a failure removes them all.
/// 2. The journal, `.regiongraph-update` in the folder, is written atomically: which temporary
///    replaces which file and which files go.
/// 3. The renames and removals are done, then the journal is removed.
///
/// A reader that finds the journal knows the folder is between two versions
/// (``isInterrupted(_:)``); the loader refuses such a folder with advice.
///
/// ```swift
/// var update = FolderUpdate(folder: "export")
/// try update.write(Array(csv.utf8), to: "entities.csv")
/// update.remove("old.csv")
/// try update.commit()
/// ```
public struct FolderUpdate: Sendable {
    /// The journal's file name.
    public static let journalName = ".regiongraph-update"

    public let folder: String
    private var staged: [AtomicFile.Staged] = []
    private var removals: [String] = []

    public init(folder: String) {
        self.folder = folder
    }

    /// Where the journal of `folder` is.
    public static func journal(of folder: String) -> String {
        (folder as NSString).appendingPathComponent(journalName)
    }

    /// Whether an update of `folder` was interrupted: its journal is there.
    public static func isInterrupted(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: journal(of: folder))
    }

    /// Stages `bytes` as the new content of `name` (a file name, or a path inside the folder).
    ///
    /// - Throws: ``AtomicFile/WriteError`` when the temporary file cannot be written; what was
    ///   staged before stays staged (``discard()`` removes it).
    public mutating func write(_ bytes: [UInt8], to name: String) throws(AtomicFile.WriteError) {
        try write(to: name) { $0.write(bytes: bytes) }
    }

    /// Stages what `body` writes into the sink as the new content of `name`, streamed to the
    /// temporary file as it is written (see ``AtomicFile/write(to:durable:_:)``).
    ///
    /// ```swift
    /// try update.write(to: "nodes.csv") { sink in sink.write("id:ID\r\n") }
    /// ```
    ///
    /// - Throws: ``AtomicFile/WriteError`` when the temporary file cannot be written (it is
    ///   removed); what was staged before stays staged (``discard()`` removes it).
    public mutating func write(to name: String, _ body: (ByteSink) -> Void) throws(AtomicFile.WriteError) {
        try write(to: name, limit: nil, body)
    }

    /// ``write(to:_:)``, failing as on a full disk after `limit` bytes (for tests).
    mutating func write(to name: String, limit: Int?, _ body: (ByteSink) -> Void) throws(AtomicFile.WriteError) {
        staged.append(try AtomicFile.stage(for: (folder as NSString).appendingPathComponent(name), limit: limit, body))
    }

    /// Plans the removal of `name` when the update is committed.
    public mutating func remove(_ name: String) {
        removals.append((folder as NSString).appendingPathComponent(name))
    }

    /// Removes every staged temporary file; the folder stays as it was.
    public func discard() {
        for file in staged { file.discard() }
    }

    /// Puts every staged file in place and removes the planned removals, through the journal.
    ///
    /// - Throws: ``AtomicFile/WriteError`` when the journal cannot be written (nothing has
    ///   changed, the staged files are removed) or a rename fails (the journal stays, and the
    ///   next update finishes the rest).
    public func commit() throws(AtomicFile.WriteError) {
        try commit(stoppingAfter: nil)
    }

    /// ``commit()``, stopping after `limit` steps as an interruption would (for tests).
    func commit(stoppingAfter limit: Int?) throws(AtomicFile.WriteError) {
        let inPlace = staged.filter { $0.temporary == nil }
        let renames = staged.compactMap { file in file.temporary.map { (temporary: $0, target: file.target) } }
        if renames.count + removals.count > 1 || FolderUpdate.isInterrupted(folder) {
            var lines = renames.map { "rename\t\($0.temporary)\t\($0.target)" }
            lines += removals.map { "remove\t\($0)" }
            do {
                try AtomicFile.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: Self.journal(of: folder))
            } catch {
                discard()
                throw error
            }
        }
        var steps = 0
        for file in staged where file.temporary != nil {
            if let limit, steps >= limit { return }
            try file.commit()
            steps += 1
        }
        for path in removals {
            if let limit, steps >= limit { return }
            _ = try? FileManager.default.removeItem(atPath: path)
            steps += 1
        }
        _ = try? FileManager.default.removeItem(atPath: Self.journal(of: folder))
        for file in inPlace { try file.commit() }
    }

    /// Finishes an interrupted update of `folder` from its journal: renames the temporary
    /// files still there over their targets, removes what was to go, removes the journal, and
    /// removes temporary files that interrupted writes left. Does nothing when the folder has
    /// no journal and no leftovers.
    ///
    /// - Returns: whether there was an interrupted update to finish.
    /// - Throws: ``AtomicFile/WriteError`` when a rename fails; the journal stays.
    @discardableResult
    public static func recover(_ folder: String) throws(AtomicFile.WriteError) -> Bool {
        let journal = journal(of: folder)
        var finished = false
        if let text = FileManager.default.contents(atPath: journal).map({ String(decoding: $0, as: UTF8.self) }) {
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if fields.count == 3, fields[0] == "rename", FileManager.default.fileExists(atPath: fields[1]) {
                    if let reason = Syscalls.rename(fields[1], to: fields[2]) {
                        throw AtomicFile.WriteError(path: fields[2], reason: reason)
                    }
                } else if fields.count == 2, fields[0] == "remove" {
                    _ = try? FileManager.default.removeItem(atPath: fields[1])
                }
            }
            _ = try? FileManager.default.removeItem(atPath: journal)
            finished = true
        }
        for leftover in AtomicFile.leftovers(in: folder) { _ = try? FileManager.default.removeItem(atPath: leftover) }
        return finished
    }
}
