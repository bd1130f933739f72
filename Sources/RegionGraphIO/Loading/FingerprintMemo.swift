/// What each data file of a folder hashed to, with the file's status when it was hashed, so
/// that a file whose status has not changed since need not be read again to know its
/// fingerprint.
///
/// A remembered fingerprint is trusted only for the same size, modification and
/// status-change times, inode and device, and only when the file had been left alone for
/// ``margin`` before its status was taken: a write within the clock's resolution of that
/// moment could leave the times unchanged, so such a file is hashed again (and remembered
/// anew). Every write moves a file's status-change time, which cannot be set back by hand.
///
/// ```swift
/// var memo = FingerprintMemo()
/// memo.remember(fingerprint, status: status, takenAt: Syscalls.now())
/// memo.fingerprint(of: path, status: Syscalls.fileStatus(path)!)   // nil until margin has passed
/// ```
struct FingerprintMemo: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var status: FileStatus
        var fingerprint: RecordsCache.FileFingerprint
        /// When `status` was taken, in nanoseconds since 1970.
        var takenAt: Int64
    }

    /// How long a file must have been left alone before its status was taken: two seconds,
    /// the coarsest resolution of file times in use (FAT).
    static let margin: Int64 = 2_000_000_000

    private(set) var entries: [String: Entry] = [:]

    init() {}

    /// The remembered fingerprint of the file at `path`, when its status now is `status` and
    /// the memo can vouch for it; `nil` otherwise.
    func fingerprint(of path: String, status: FileStatus) -> RecordsCache.FileFingerprint? {
        guard let entry = entries[path], entry.status == status,
            entry.status.modified < entry.takenAt - Self.margin, entry.status.changed < entry.takenAt - Self.margin
        else { return nil }
        return entry.fingerprint
    }

    /// Remembers `fingerprint` for a file whose status was `status` at `takenAt`, before it
    /// was read.
    mutating func remember(_ fingerprint: RecordsCache.FileFingerprint, status: FileStatus, takenAt: Int64) {
        entries[fingerprint.path] = Entry(status: status, fingerprint: fingerprint, takenAt: takenAt)
    }

    /// The memo as lines of text, sorted by path.
    var bytes: [UInt8] {
        var text = ""
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let (status, fingerprint) = (entry.status, entry.fingerprint)
            text += "\(status.size)\t\(status.modified)\t\(status.changed)\t\(status.inode)\t\(status.device)\t"
                + "\(entry.takenAt)\t\(fingerprint.size)\t\(String(fingerprint.hash, radix: 16))\t\(path)\n"
        }
        return Array(text.utf8)
    }

    /// The memo written as ``bytes``; `nil` when they are not such lines.
    init?(bytes: ArraySlice<UInt8>) {
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 8, omittingEmptySubsequences: false)
            guard fields.count == 9,
                let size = Int64(fields[0]), let modified = Int64(fields[1]), let changed = Int64(fields[2]),
                let inode = UInt64(fields[3]), let device = UInt64(fields[4]), let takenAt = Int64(fields[5]),
                let fileSize = Int(fields[6]), let hash = UInt64(fields[7], radix: 16)
            else { return nil }
            let path = String(fields[8])
            entries[path] = Entry(
                status: FileStatus(size: size, modified: modified, changed: changed, inode: inode, device: device),
                fingerprint: RecordsCache.FileFingerprint(path: path, size: fileSize, hash: hash), takenAt: takenAt)
        }
    }
}
