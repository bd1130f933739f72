import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// The memo of data files' fingerprints: an unchanged file is not read again, and any write
/// to a file — even one that keeps its size and puts its modification time back — is seen.
@Suite struct FingerprintMemoTests {
    let snapshots = NetworkSnapshotTests()

    /// The memo as if `seconds` had passed since each of its statuses was taken.
    static func aged(_ memo: FingerprintMemo, by seconds: Int64) -> FingerprintMemo {
        var aged = FingerprintMemo()
        for (_, entry) in memo.entries {
            aged.remember(entry.fingerprint, status: entry.status, takenAt: entry.takenAt + seconds * 1_000_000_000)
        }
        return aged
    }

    @Test func aFingerprintIsTrustedOnlyForAFileLeftAloneBeforeItsStatusWasTaken() throws {
        let folder = try snapshots.spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/relations.csv"
        let status = try #require(Syscalls.fileStatus(path))
        let fingerprint = try #require(RecordsCache.FileFingerprint(path: path))
        var memo = FingerprintMemo()
        // Taken right after the file was written: a write in the same tick could follow unseen.
        memo.remember(fingerprint, status: status, takenAt: status.changed + 1_000_000_000)
        #expect(memo.fingerprint(of: path, status: status) == nil)
        memo.remember(fingerprint, status: status, takenAt: status.changed + 3_000_000_000)
        #expect(memo.fingerprint(of: path, status: status) == fingerprint)
        #expect(memo.fingerprint(of: folder + "/entities.csv", status: status) == nil)
        // What it is written as reads back the same.
        #expect(FingerprintMemo(bytes: memo.bytes[...]) == memo)
        #expect(FingerprintMemo(bytes: Array("not\ta memo\n".utf8)[...]) == nil)
    }

    @Test func anEditThatKeepsSizeAndModificationTimeIsStillSeen() throws {
        let folder = try snapshots.spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = snapshots.temporaryCache()
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let files = try DatasetLoader.dataFiles(in: folder)
        // The memo the load left, aged so that it vouches for every file.
        let known = try #require(cache.knownFiles(files, folder: folder))
        #expect(known.fingerprints != nil)
        cache.storeMemo(Self.aged(known.memo, by: 10), folder: folder)
        #expect(cache.knownFiles(files, folder: folder)?.hashed == false)
        let file = folder + "/relations.csv"
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "prosjekteier", with: "prosjekteigr").write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file)
        let edited = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        #expect(try edited.get().relations.contains { $0.role == "prosjekteigr" })
        try snapshots.expectSame(edited, try DatasetLoader.load(from: folder))
    }

    @Test func aFileTheMemoVouchesForIsNotReadAgain() throws {
        let folder = try snapshots.spreadsheetFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = snapshots.temporaryCache()
        let files = try DatasetLoader.dataFiles(in: folder)
        let real = files.compactMap(RecordsCache.FileFingerprint.init(path:))
        // Files the memo does not know are to be parsed, not hashed first.
        let unknown = try #require(cache.knownFiles(files, folder: folder))
        #expect(unknown.fingerprints == nil && !unknown.hashed)
        // After a load, the memo knows them; written just now, they are hashed to be sure.
        _ = try DatasetLoader.load(from: folder, progress: nil, cache: cache)
        let recent = try #require(cache.knownFiles(files, folder: folder))
        #expect(recent.hashed)
        #expect(recent.fingerprints == real)
        // A memo that says another hash: were the files read, the real hashes would be given.
        var memo = FingerprintMemo()
        for path in files {
            let entry = try #require(recent.memo.entries[path])
            var other = entry.fingerprint
            other.hash ^= 1
            memo.remember(other, status: entry.status, takenAt: entry.takenAt + 10_000_000_000)
        }
        cache.storeMemo(memo, folder: folder)
        let vouched = try #require(cache.knownFiles(files, folder: folder))
        #expect(!vouched.hashed)
        #expect(vouched.fingerprints?.map { $0.hash ^ 1 } == real.map { $0.hash })
        // A memo damaged on disk is not used.
        let path = cache.memoPath(for: folder)
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(cache.knownFiles(files, folder: folder)?.fingerprints == nil)
    }
}
