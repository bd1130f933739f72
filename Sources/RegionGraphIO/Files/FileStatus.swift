/// What the file system says of a file without reading it: its size, when its contents were
/// last modified, when its status last changed (any write, rename or `touch` moves this, and
/// it cannot be set back), and which file it is.
///
/// Two equal statuses of the same path mean the same bytes, except for a write within the
/// clock's resolution of the moment the status was taken; ``FingerprintMemo`` guards
/// against that.
///
/// ```swift
/// let status = Syscalls.fileStatus("Data/roros.yaml")   // nil: not a regular file
/// ```
struct FileStatus: Hashable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64
    /// Nanoseconds since 1970.
    var changed: Int64
    var inode: UInt64
    var device: UInt64
}
