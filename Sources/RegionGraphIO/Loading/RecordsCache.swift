import Foundation
import RegionGraph


/// Keeps what a data folder's files parsed into, between runs of the program, so that a query
/// on unchanged data does not parse its YAML again.
///
/// An entry holds the records (``DatasetRecords``, with every location and diagnostic) of
/// one folder's files, under a key made of the program's ``identity`` and each file's name,
/// size and a 64-bit hash of its bytes: the files are still read on every run, and any change
/// to any of them, to the set of files or to the program means the entry is not used. The
/// facts are checked afresh on every run (``DatasetLoader`` validates the records, cached or
/// not), so a cached load gives exactly the network and the diagnostics a parse gives.
///
/// Entries are written atomically and only for folders of at most ``largestInput`` bytes;
/// a missing, unreadable, damaged or unwritable cache only means parsing again.
///
/// ```swift
/// let cache = RecordsCache.standard()        // nil when REGIONGRAPH_CACHE=off
/// let validation = try DatasetLoader.load(from: "Data", progress: nil, cache: cache)
/// ```
public struct RecordsCache: Sendable, Hashable {
    /// The folder holding the entries, one file per data folder.
    public var directory: String
    /// What produced the records: entries made by another build of the program are not used.
    public var identity: String

    /// Folders with more bytes of data than this are not cached (the spreadsheet layout of a
    /// whole country is read faster than such an entry would be).
    public static let largestInput = 16 << 20

    /// Bumped whenever the layout of an entry changes.
    static let format = "regiongraph-records 6"

    public init(directory: String, identity: String) {
        self.directory = directory
        self.identity = identity
    }

    /// The cache of a command-line run: `$REGIONGRAPH_CACHE` when set (a folder, or `off` for
    /// none), else `$XDG_CACHE_HOME/regiongraph`, else `~/.cache/regiongraph`; its identity
    /// is the running executable's path, size, modification time and inode.
    ///
    /// - Returns: `nil` when caching is off or no folder can be named.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> RecordsCache? {
        let directory: String
        if let chosen = environment["REGIONGRAPH_CACHE"], !chosen.isEmpty {
            guard chosen != "off" else { return nil }
            directory = chosen
        } else if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            directory = base + "/regiongraph"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/regiongraph"
        } else {
            return nil
        }
        let executable = RunningExecutable.path
        guard let version = Syscalls.fileIdentity(executable) else { return nil }
        return RecordsCache(directory: directory, identity: "\(executable) \(version)")
    }

    /// The entry file for the data folder `folder`.
    func entryPath(for folder: String) -> String {
        entryName(for: folder) + ".records"
    }

    /// The path of the folder's entries without their extension: a hash of the folder's real
    /// path.
    func entryName(for folder: String) -> String {
        let absolute = Syscalls.canonicalPath(folder) ?? folder
        let name = String(Self.hash(Array(absolute.utf8)), radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - name.count) + name
    }

    /// The key of an entry: the format, the program, and every file's name, size and hash.
    func key(paths: [String], contents: [[UInt8]]) -> [UInt8] {
        var text = Self.format + "\n" + identity + "\n"
        for (path, bytes) in zip(paths, contents) {
            text += "\(path)\t\(bytes.count)\t\(String(Self.hash(bytes), radix: 16))\n"
        }
        return Array(text.utf8)
    }

    /// The records of the files at `paths` (of the data folder `folder`) whose bytes are
    /// `contents`, when an entry for exactly those bytes exists; `nil` otherwise.
    ///
    /// - Complexity: O(*b*) in the bytes of the files and of the entry.
    public func records(folder: String, paths: [String], contents: [[UInt8]]) -> [DatasetRecords]? {
        guard let stored = try? DatasetLoader.contents(of: entryPath(for: folder)),
              let payload = Self.payload(of: stored, key: key(paths: paths, contents: contents)),
              let parts = try? RecordsCodec.decode(Array(payload)),
              parts.count == paths.count
        else { return nil }
        return parts
    }

    /// Stores `parts`, the records of the files at `paths` whose bytes are `contents`, as the
    /// entry of `folder`. Best effort: nothing happens when the folder is too large or the
    /// entry cannot be written.
    public func store(_ parts: [DatasetRecords], folder: String, paths: [String], contents: [[UInt8]]) {
        guard contents.reduce(0, { $0 + $1.count }) <= Self.largestInput else { return }
        write(key: key(paths: paths, contents: contents), payload: RecordsCodec.encode(parts), to: entryPath(for: folder))
    }

    /// Writes the entry of `payload` under `key` atomically into the cache folder, which is
    /// made when missing, without waiting for the disk: an entry lost or cut short by a power
    /// failure fails its checksum. The entry is written from its parts as its checksum is
    /// worked out: the payload, megabytes for a large network, is not copied. Best effort: a
    /// cache that cannot be written is no cache.
    ///
    /// An entry is the key's length (8 bytes, little-endian), the key, the payload, and the
    /// checksum of all that (``checksum(of:)``).
    func write(key: [UInt8], payload: [UInt8], to path: String) {
        write(key: key, to: path) { emit in payload.withUnsafeBytes(emit) }
    }

    /// ``write(key:payload:to:)`` of a payload that `payload` hands over in pieces, in order:
    /// each piece goes to the file, and into the checksum, as it comes.
    func write(key: [UInt8], to path: String, payload: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? AtomicFile.write(to: path, durable: false) { sink in
            var hash = ContentHash()
            func emit(_ bytes: UnsafeRawBufferPointer) {
                hash.add(bytes)
                sink.write(bytes: bytes.assumingMemoryBound(to: UInt8.self))
            }
            let length = (0..<8).map { UInt8(truncatingIfNeeded: key.count >> (8 * $0)) }
            length.withUnsafeBytes(emit)
            key.withUnsafeBytes(emit)
            payload(emit)
            sink.write(bytes: Self.littleEndianBytes(of: hash.value))
        }
    }

    /// The payload of an entry, when its checksum matches and its key is `key`; `nil`
    /// otherwise.
    static func payload(of stored: [UInt8], key: [UInt8]) -> ArraySlice<UInt8>? {
        stored.withUnsafeBufferPointer { payloadRange(of: $0, key: key) }.map { stored[$0] }
    }

    /// Where the payload of the entry `stored` lies in it, when its checksum matches and its
    /// key is `key`; `nil` otherwise.
    ///
    /// - Complexity: O(*n*) in the size of the entry.
    static func payloadRange(of stored: UnsafeBufferPointer<UInt8>, key: [UInt8]) -> Range<Int>? {
        guard let range = keyedPayloadRange(of: stored, key: key), hasItsChecksum(stored) else { return nil }
        return range
    }

    /// Where the payload of the entry `stored` would lie, when its key is `key`; `nil`
    /// otherwise. The checksum is not looked at (``hasItsChecksum(_:)``).
    ///
    /// - Complexity: O(*k*) for a key of *k* bytes.
    static func keyedPayloadRange(of stored: UnsafeBufferPointer<UInt8>, key: [UInt8]) -> Range<Int>? {
        guard stored.count >= 16 + key.count else { return nil }
        var length = 0
        for index in 0..<8 { length |= Int(stored[index]) << (8 * index) }
        guard length == key.count, stored[8..<(8 + key.count)].elementsEqual(key) else { return nil }
        return (8 + key.count)..<(stored.count - 8)
    }

    /// Whether the entry `stored` ends with the checksum of the bytes before it.
    ///
    /// - Complexity: O(*n*) in the size of the entry.
    static func hasItsChecksum(_ stored: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count >= 8 else { return false }
        let end = stored.count - 8
        return stored[end...].elementsEqual(checksum(of: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: stored[..<end]))))
    }

    /// The 8 bytes that end an entry: the hash of everything before them, little-endian. Any
    /// change to the entry's bytes — a damaged disk block, an edit in place of the same length
    /// — makes the entry fail ``payloadRange(of:key:)``, so it is parsed again and rewritten, never used.
    static func checksum(of bytes: UnsafeRawBufferPointer) -> [UInt8] {
        littleEndianBytes(of: ContentHash.of(bytes))
    }

    private static func littleEndianBytes(of hash: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: hash >> (8 * UInt64($0))) }
    }

    /// A 64-bit hash of `bytes` (MurmurHash3's mixing, eight bytes at a time): a change to a
    /// file changes its key. Not for adversaries: for telling versions of a file apart.
    ///
    /// ```swift
    /// RecordsCache.hash(Array("Røros".utf8)) == RecordsCache.hash(Array("Røros".utf8))   // true
    /// ```
    ///
    /// - Complexity: O(*n*).
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// ``hash(_:)-([UInt8])`` of the bytes at `raw`.
    static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        let k1: UInt64 = 0x87c3_7b91_1142_53d5
        let k2: UInt64 = 0x4cf5_ad43_2745_937f
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(raw.count)
        func mixed(_ word: UInt64) -> UInt64 {
            var k = word &* k1
            k = (k << 31) | (k >> 33)
            return k &* k2
        }
        var offset = 0
        while offset + 8 <= raw.count {
            h ^= mixed(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            h = ((h << 27) | (h >> 37)) &* 5 &+ 0x52dc_e729
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
        h ^= mixed(tail)
        return ContentHash.avalanche(h)
    }
}
