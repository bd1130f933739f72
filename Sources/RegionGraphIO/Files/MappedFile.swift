/// A regular file mapped read-only into memory: its bytes are read by the kernel as they are
/// touched, shared with the page cache, and not copied.
///
/// The mapping is undone when the value is released; the bytes must not be used after that.
/// Only for files that are replaced whole, never cut short in place (the cache's entries,
/// written by renaming): reading a page past a file's new end would stop the process.
///
/// ```swift
/// guard let file = MappedFile(path: cache.snapshotPath(for: "Data")) else { … }
/// file.bytes.count   // the file's size
/// ```
final class MappedFile {
    /// The file's bytes (empty for an empty file).
    let bytes: UnsafeBufferPointer<UInt8>

    /// Maps the regular file at `path`; `nil` when it cannot be opened or mapped.
    init?(path: String) {
        guard let (base, size) = Syscalls.mapRegularFile(path) else { return nil }
        bytes = UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let base = bytes.baseAddress { Syscalls.unmap(UnsafeRawPointer(base), size: bytes.count) }
    }
}
