import Foundation

/// Replaces a whole folder: its new files are written into a new folder beside it, which then
/// takes its place, so a reader finds the old folder or the new one, never a mix, and a failed
/// or interrupted write leaves the old folder as it was.
///
/// For a folder written as a whole (a report), where ``FolderUpdate`` replaces some files of a
/// folder that holds others. The folder must be missing, empty, or one this type wrote before
/// (it holds the marker file named at creation): any other folder is refused, so a mistyped
/// path never replaces someone's files.
///
/// 1. ``init(folder:marker:)`` creates `.NAME.PID.new` beside the folder (removing what an
///    interrupted replacement of the same folder left).
/// 2. ``write(_:to:)`` writes each file there (without flushing each to the disk).
/// 3. ``commit()`` writes the marker, moves the old folder aside as `.NAME.PID.old`, renames the
///    new folder into its place and removes the old one. An interruption between the two
///    renames leaves the old folder beside a missing one; the next replacement puts it back.
///
/// ```swift
/// var replacement = try FolderReplacement(folder: "rapport", marker: ".regiongraph-report")
/// try replacement.write(Array(html.utf8), to: "index.html")
/// try replacement.commit()
/// ```
public struct FolderReplacement: Sendable {
    public let folder: String
    public let marker: String
    /// The new folder being filled.
    public let staging: String
    private var subfolders: Set<String> = []

    /// Prepares to replace `folder`.
    ///
    /// - Throws: ``AtomicFile/WriteError`` when `folder` is a file, or a folder with files but
    ///   no `marker`, or when the new folder cannot be created beside it.
    public init(folder: String, marker: String) throws(AtomicFile.WriteError) {
        let manager = FileManager.default
        self.folder = folder
        self.marker = marker
        let url = URL(fileURLWithPath: folder)
        let name = url.lastPathComponent
        let parent = url.deletingLastPathComponent().path
        Self.recover(folder)
        switch Syscalls.kindFollowingLinks(of: folder).kind {
        case .missing:
            break
        case .folder:
            let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard names.isEmpty || names.contains(marker) else {
                throw AtomicFile.WriteError(
                    path: folder,
                    reason: "the folder holds other files (\(names.sorted().prefix(3).joined(separator: ", "))\(names.count > 3 ? ", …" : "")); "
                        + "give a new or empty folder")
            }
        case .regularFile, .special, .symbolicLink:
            throw AtomicFile.WriteError(path: folder, reason: "it is a file, not a folder")
        }
        staging = (parent as NSString).appendingPathComponent(".\(name).\(Syscalls.processIdentifier).new")
        _ = try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: "cannot create a folder beside it: \(Self.reason(error))")
        }
    }

    /// Writes `bytes` as the file `name` (a path inside the folder) of the new folder.
    ///
    /// - Throws: ``AtomicFile/WriteError`` naming the file; ``discard()`` then removes what
    ///   was written.
    public mutating func write(_ bytes: [UInt8], to name: String) throws(AtomicFile.WriteError) {
        let path = (staging as NSString).appendingPathComponent(name)
        let parent = (path as NSString).deletingLastPathComponent
        if parent != staging, !subfolders.contains(parent) {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            subfolders.insert(parent)
        }
        let failure = Syscalls.createFile(path, with: bytes, durable: false)
        guard failure == 0 else {
            throw AtomicFile.WriteError(
                path: (folder as NSString).appendingPathComponent(name),
                reason: Syscalls.creationFailure(failure, in: parent))
        }
    }

    /// Removes the new folder; the old one stays as it was.
    public func discard() {
        _ = try? FileManager.default.removeItem(atPath: staging)
    }

    /// Puts the new folder in place of the old one.
    ///
    /// - Throws: ``AtomicFile/WriteError`` when a rename fails; the old folder is then back in
    ///   place (or, if even that failed, beside it, where the next replacement restores it).
    public func commit() throws(AtomicFile.WriteError) {
        try write(marker: ())
        let aside = Self.asideName(of: folder)
        let hadFolder = Syscalls.kind(of: folder) != .missing
        if hadFolder, let reason = Syscalls.rename(folder, to: aside) {
            discard()
            throw AtomicFile.WriteError(path: folder, reason: reason)
        }
        if let reason = Syscalls.rename(staging, to: folder) {
            if hadFolder { _ = Syscalls.rename(aside, to: folder) }
            discard()
            throw AtomicFile.WriteError(path: folder, reason: reason)
        }
        if hadFolder { _ = try? FileManager.default.removeItem(atPath: aside) }
    }

    private func write(marker _: Void) throws(AtomicFile.WriteError) {
        let path = (staging as NSString).appendingPathComponent(marker)
        let failure = Syscalls.createFile(path, with: Array("written by regiongraph; replaced as a whole\n".utf8))
        guard failure == 0 else {
            discard()
            throw AtomicFile.WriteError(path: folder, reason: Syscalls.creationFailure(failure, in: staging))
        }
    }

    /// Where the old folder waits while the new one takes its place.
    static func asideName(of folder: String) -> String {
        let url = URL(fileURLWithPath: folder)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(Syscalls.processIdentifier).old").path
    }

    /// Puts back an old folder an interrupted replacement left aside, and removes new folders
    /// that interrupted replacements left, when their process is gone.
    static func recover(_ folder: String) {
        let url = URL(fileURLWithPath: folder)
        let name = url.lastPathComponent
        let parent = url.deletingLastPathComponent().path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in names.sorted() where entry.hasPrefix(".\(name).") {
            let parts = entry.dropFirst(name.count + 2).split(separator: ".")
            guard parts.count == 2, let process = Int32(parts[0]), parts[1] == "old" || parts[1] == "new",
                  !Syscalls.isRunning(process) || process == Syscalls.processIdentifier
            else { continue }
            let path = (parent as NSString).appendingPathComponent(entry)
            if parts[1] == "old", Syscalls.kind(of: folder) == .missing {
                _ = Syscalls.rename(path, to: folder)
            } else {
                _ = try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
