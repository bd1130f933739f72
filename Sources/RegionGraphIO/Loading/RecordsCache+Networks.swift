import RegionGraph

/// Snapshots of checked networks: what a data folder's files became — the network with its
/// indexes' parts and every diagnostic — kept beside the records, so that a query on unchanged
/// data neither parses nor checks it again.
///
/// A snapshot is keyed like a records entry: the program's ``identity``, each data file's path,
/// size and hash, and also the problems of the folder itself (names skipped, an interrupted
/// export), which are not in any file. It is written atomically, ends with a checksum of
/// everything before it, and is decoded with every count and position checked
/// (``NetworkCodec``): a damaged snapshot is never used, the data is parsed again.
extension RecordsCache {
    /// A data file as a snapshot's key names it.
    struct FileFingerprint: Hashable, Sendable {
        var path: String
        var size: Int
        var hash: UInt64

        init(path: String, size: Int, hash: UInt64) {
            self.path = path
            self.size = size
            self.hash = hash
        }

        /// The fingerprint of the file at `path` whose bytes are `bytes`.
        init(path: String, bytes: [UInt8]) {
            self.path = path
            self.size = bytes.count
            self.hash = ContentHash.of(bytes)
        }

        /// The fingerprint of the file at `path` as it is now, read in pieces; `nil` when it
        /// cannot be read.
        init?(path: String) {
            guard let (size, hash) = Syscalls.regularFileHash(path) else { return nil }
            self.path = path
            self.size = size
            self.hash = hash
        }
    }

    /// The snapshot file for the data folder `folder`.
    func snapshotPath(for folder: String) -> String {
        entryName(for: folder) + ".network"
    }

    /// The key of a snapshot: the format, the program, every file's fingerprint and the
    /// folder's own problems.
    func snapshotKey(files: [FileFingerprint], folderProblems: [Diagnostic]) -> [UInt8] {
        var text = "regiongraph-network \(NetworkCodec.formatVersion)\n" + identity + "\n"
        for file in files { text += "\(file.path)\t\(file.size)\t\(String(file.hash, radix: 16))\n" }
        for problem in folderProblems { text += "problem\t\(problem.description)\n" }
        return Array(text.utf8)
    }

    /// The checked dataset of `folder` whose snapshot has exactly this key; `nil` when there is
    /// none, or it is damaged or of another key.
    ///
    /// - Complexity: O(*b*) in the bytes of the snapshot.
    func snapshot(folder: String, key: [UInt8]) -> DatasetValidation? {
        // Mapped, not read: the bytes are decoded where the page cache holds them.
        guard let stored = MappedFile(path: snapshotPath(for: folder)),
            let payload = Self.payloadRange(of: stored.bytes, key: key)
        else { return nil }
        return try? NetworkCodec.decode(UnsafeBufferPointer(rebasing: stored.bytes[payload]))
    }

    /// The fingerprints of `files` of `folder`: from the folder's ``FingerprintMemo`` where it
    /// vouches for a file, else by reading the file. Also gives the memo brought up to date,
    /// and whether any file was read (then the memo is worth storing); `nil` when a file
    /// cannot be read.
    ///
    /// - Complexity: O(*f*) for *f* files when the memo vouches for all of them; otherwise
    ///   also O(*b*) in the bytes of the others.
    func fingerprints(
        of files: [String], folder: String
    ) -> (fingerprints: [FileFingerprint], memo: FingerprintMemo, hashed: Bool)? {
        let takenAt = Syscalls.now()
        var memo = storedMemo(folder: folder) ?? FingerprintMemo()
        var fingerprints: [FileFingerprint] = []
        var hashed = false
        for path in files {
            guard let status = Syscalls.fileStatus(path) else { return nil }
            if let known = memo.fingerprint(of: path, status: status) {
                fingerprints.append(known)
                continue
            }
            guard let fingerprint = FileFingerprint(path: path) else { return nil }
            fingerprints.append(fingerprint)
            memo.remember(fingerprint, status: status, takenAt: takenAt)
            hashed = true
        }
        return (fingerprints, memo, hashed)
    }

    /// The file of the fingerprint memo of `folder`.
    func memoPath(for folder: String) -> String {
        entryName(for: folder) + ".files"
    }

    /// Keeps `memo` as the fingerprint memo of `folder`. Best effort.
    func storeMemo(_ memo: FingerprintMemo, folder: String) {
        write(Self.entry(key: memoKey, payload: memo.bytes), to: memoPath(for: folder))
    }

    private func storedMemo(folder: String) -> FingerprintMemo? {
        guard let stored = Syscalls.regularFileContents(memoPath(for: folder)),
            let payload = Self.payload(of: stored, key: memoKey)
        else { return nil }
        return FingerprintMemo(bytes: payload)
    }

    private var memoKey: [UInt8] { Array("regiongraph-files 1\n\(identity)\n".utf8) }

    /// Keeps `validation` as the snapshot of `folder` under `key`. Best effort: nothing
    /// happens when it cannot be written.
    func storeSnapshot(_ validation: DatasetValidation, folder: String, key: [UInt8]) {
        let entry = Self.entry(key: key, payload: NetworkCodec.encode(validation))
        write(entry, to: snapshotPath(for: folder))
    }
}
