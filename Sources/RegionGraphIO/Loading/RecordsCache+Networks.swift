import Synchronization
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
            guard let pieces = FilePieces(path: path) else { return nil }
            var hash = ContentHash()
            var size = 0
            var piece = pieces.first()
            while let (bytes, isLast) = piece {
                hash.add(UnsafeRawBufferPointer(bytes))
                size += bytes.count
                if isLast { break }
                piece = pieces.next(afterUsing: bytes.count)
            }
            guard piece != nil else { return nil }
            self.path = path
            self.size = size
            self.hash = hash.value
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
        // Mapped, not read: the bytes are decoded where the page cache holds them. The checksum
        // is checked while they are decoded: the decoder checks every value it reads, so bytes
        // that fail the checksum are decoded harmlessly, then thrown away.
        guard let stored = MappedFile(path: snapshotPath(for: folder)),
            let payload = Self.keyedPayloadRange(of: stored.bytes, key: key)
        else { return nil }
        let intact = Mutex(false)
        let validation = try? NetworkCodec.decode(UnsafeBufferPointer(rebasing: stored.bytes[payload])) {
            let checked = Self.hasItsChecksum(stored.bytes)
            intact.withLock { $0 = checked }
        }
        return intact.withLock { $0 } ? validation : nil
    }

    /// What the cache knows of the data files of a folder before any is parsed.
    struct KnownFiles {
        /// Every file's fingerprint, in order; `nil` when a file has changed since the memo
        /// was written (or is not in it): then it must be parsed, and hashing it first would
        /// only cost time.
        var fingerprints: [FileFingerprint]?
        /// Each file's status, taken before it was read.
        var statuses: [String: FileStatus]
        var takenAt: Int64
        /// The memo brought up to date with the files hashed here.
        var memo: FingerprintMemo
        /// Whether a file was read to hash it (then the memo is worth storing).
        var hashed: Bool

        /// The memo with the fingerprints of the files as parsed (`parsed`), each under the
        /// status taken before it was read.
        func memo(parsed: [FileFingerprint]) -> FingerprintMemo {
            var memo = memo
            for fingerprint in parsed {
                if let status = statuses[fingerprint.path] { memo.remember(fingerprint, status: status, takenAt: takenAt) }
            }
            return memo
        }
    }

    /// What is known of `files` of `folder` before parsing: each file's fingerprint from the
    /// folder's ``FingerprintMemo`` where it vouches for the file, else by reading the file
    /// when its status is what the memo says (written too recently to be vouched for); `nil`
    /// when a file cannot be looked at.
    ///
    /// - Complexity: O(*f*) for *f* files when the memo vouches for all of them or one has
    ///   changed; otherwise also O(*b*) in the bytes of those read.
    func knownFiles(_ files: [String], folder: String) -> KnownFiles? {
        let takenAt = Syscalls.now()
        let memo = storedMemo(folder: folder) ?? FingerprintMemo()
        var known = KnownFiles(fingerprints: [], statuses: [:], takenAt: takenAt, memo: memo, hashed: false)
        for path in files {
            guard let status = Syscalls.fileStatus(path) else { return nil }
            known.statuses[path] = status
        }
        for path in files {
            let status = known.statuses[path]!
            if let vouched = memo.fingerprint(of: path, status: status) {
                known.fingerprints?.append(vouched)
            } else if memo.entries[path]?.status == status, known.fingerprints != nil,
                let fingerprint = FileFingerprint(path: path)
            {
                known.fingerprints?.append(fingerprint)
                known.memo.remember(fingerprint, status: status, takenAt: takenAt)
                known.hashed = true
            } else {
                known.fingerprints = nil
            }
        }
        return known
    }

    /// The file of the fingerprint memo of `folder`.
    func memoPath(for folder: String) -> String {
        entryName(for: folder) + ".files"
    }

    /// Keeps `memo` as the fingerprint memo of `folder`. Best effort.
    func storeMemo(_ memo: FingerprintMemo, folder: String) {
        write(key: memoKey, payload: memo.bytes, to: memoPath(for: folder))
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
        // Encoded straight into the file: megabytes for a large network, never held whole.
        write(key: key, to: snapshotPath(for: folder)) { emit in NetworkCodec.encode(validation, into: emit) }
    }
}
