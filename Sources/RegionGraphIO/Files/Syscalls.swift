#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call RegionGraphIO makes into the C library, each behind a small Swift function that
/// takes and returns Swift values: reading or mapping a file, a file's identity and status, a
/// canonical path, renaming, whether standard error is a terminal, and giving freed memory back.
///
/// ```swift
/// let bytes = Syscalls.regularFileContents("Data/roros.yaml")   // nil: not a readable file
/// ```
enum Syscalls {
    /// The bytes of a regular file, read straight into an array (one copy, not two); `nil`
    /// when `path` cannot be opened, is not a regular file, or changed size while read.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func regularFileContents(_ path: String) -> [UInt8]? {
        guard let (descriptor, size) = openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            count = done
            complete = done == size
        }
        return complete ? bytes : nil
    }

    /// An open descriptor for reading the regular file at `path`, and its size; `nil` when it
    /// cannot be opened or is not a regular file. Close it with ``close(_:)``.
    static func openRegularFile(_ path: String) -> (descriptor: Int32, size: Int)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        return (descriptor, Int(info.st_size))
    }

    /// Reads from `descriptor` into `buffer` until it is full or the file ends; the number of
    /// bytes read, or `nil` on an error.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        var done = 0
        while done < buffer.count {
            let got = read(descriptor, buffer.baseAddress! + done, buffer.count - done)
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            done += got
        }
        return done
    }

    /// Closes a descriptor of ``openRegularFile(_:)``.
    static func closeDescriptor(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// The regular file at `path` mapped read-only into memory, and its size; `nil` when it
    /// cannot be opened or mapped, or is not a regular file. An empty file maps to no pages.
    ///
    /// The pages are mapped at once (`MAP_POPULATE` on Linux), for a file that is about to be
    /// read whole: one call instead of a page fault per page.
    static func mapRegularFile(_ path: String) -> (base: UnsafeRawPointer?, size: Int)? {
        guard let (descriptor, size) = openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        guard size > 0 else { return (nil, 0) }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let base = mmap(nil, size, PROT_READ, flags, descriptor, 0), base != MAP_FAILED else { return nil }
        return (UnsafeRawPointer(base), size)
    }

    /// Unmaps what ``mapRegularFile(_:)`` mapped.
    static func unmap(_ base: UnsafeRawPointer, size: Int) {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    /// Gives the memory the allocator holds freed back to the system, from every thread's
    /// pool (glibc's `malloc_trim`): after a load has used and let go of megabytes of
    /// buffers, they would otherwise stay resident. Does nothing where there is no such call.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // Not declared by the C library's Swift module; looked up once, by name.
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let trim = mallocTrim else { return }
        _ = unsafeBitCast(trim, to: MallocTrim.self)(0)
        #endif
    }

    #if canImport(Glibc)
    nonisolated(unsafe) private static let mallocTrim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
    #endif

    /// A file's status as far as telling its versions apart goes: size, modification and
    /// status-change times in nanoseconds, inode and device; `nil` when it cannot be looked at
    /// or is not a regular file (links are followed).
    static func fileStatus(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return FileStatus(
            size: Int64(info.st_size),
            modified: Int64(modified.tv_sec) &* 1_000_000_000 &+ Int64(modified.tv_nsec),
            changed: Int64(changed.tv_sec) &* 1_000_000_000 &+ Int64(changed.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// The time now, in nanoseconds since 1970, as file times are given.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    /// What tells one version of a file from another without reading it: size, modification
    /// time (to the nanosecond) and inode; `nil` when the file cannot be looked at.
    static func fileIdentity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
        let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        return "\(info.st_size) \(modified) \(info.st_ino)"
    }

    /// The absolute path with every symbolic link, `.` and `..` resolved; `nil` when `path`
    /// does not exist.
    static func canonicalPath(_ path: String) -> String? {
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(path, &resolved) != nil else { return nil }
        return String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Renames `source` to `target` in one step, replacing `target`; the reason on failure.
    static func rename(_ source: String, to target: String) -> String? {
        #if canImport(Glibc)
        let status = Glibc.rename(source, target)
        #elseif canImport(Musl)
        let status = Musl.rename(source, target)
        #else
        let status = Darwin.rename(source, target)
        #endif
        return status == 0 ? nil : String(cString: strerror(errno))
    }

    /// What is at a path, without following a final symbolic link.
    enum FileKind: Equatable {
        case missing, regularFile, folder, symbolicLink
        /// A device, a FIFO or a socket: something a file must not be renamed over.
        case special
    }

    /// What is at `path`; a final symbolic link is reported as such, not followed.
    static func kind(of path: String) -> FileKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .special
        }
    }

    /// What a path finally names, following symbolic links; the reason when it cannot be
    /// followed (a dangling link, a loop of links).
    static func kindFollowingLinks(of path: String) -> (kind: FileKind, problem: String?) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (.missing, String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.regularFile, nil)
        case S_IFDIR: return (.folder, nil)
        case S_IFIFO: return (.special, "a FIFO (named pipe)")
        case S_IFCHR, S_IFBLK: return (.special, "a device")
        case S_IFSOCK: return (.special, "a socket")
        default: return (.special, "not a regular file")
        }
    }

    /// Writes all of `bytes` into the existing file at `path` (a device or a FIFO), without
    /// creating or replacing it; the reason on failure.
    static func writeInPlace(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        return failure.map { String(cString: strerror($0)) }
    }

    /// Creates the file `path`, which must not exist, with `bytes` and flushes it to the disk
    /// unless it need not be `durable`; the `errno` of the failure, or 0. A file left by a
    /// failed write is removed.
    static func createFile(_ path: String, with bytes: [UInt8], durable: Bool = true) -> Int32 {
        createFile(path, durable: durable) { descriptor in
            bytes.withUnsafeBytes { writeAll($0, to: descriptor) } ?? 0
        }
    }

    /// Creates the file `path`, which must not exist, has `body` write into its descriptor
    /// (returning the `errno` of a failure, or 0), and flushes it to the disk unless it need
    /// not be `durable`; the `errno` of the failure, or 0. A file left by a failed write is
    /// removed.
    static func createFile(_ path: String, durable: Bool = true, writing body: (Int32) -> Int32) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure = body(descriptor)
        if durable, failure == 0, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { unlink(path) }
        return failure
    }

    /// Why writing into a file that was created failed, in plain words.
    static func writeFailure(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EFBIG: "the file is larger than allowed"
        default: String(cString: strerror(code))
        }
    }

    /// The `errno` of a full disk.
    static var noSpaceLeft: Int32 { ENOSPC }
    static var inputOutputError: Int32 { EIO }

    /// This process's identifier.
    static var processIdentifier: Int32 { getpid() }

    /// The width in columns of the terminal `descriptor` writes to, or `nil` when it is not a
    /// terminal (a file, a pipe) or the terminal does not say.
    static func terminalColumns(_ descriptor: Int32) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Whether a process with this identifier is running (or exists but is not ours to signal).
    static func isRunning(_ process: Int32) -> Bool {
        guard process > 0 else { return false }
        return kill(process, 0) == 0 || errno == EPERM
    }

    /// Why a file could not be created in `folder`, in plain words, from the `errno` of
    /// ``createFile(_:with:)``.
    static func creationFailure(_ code: Int32, in folder: String) -> String {
        switch code {
        case ENOENT: "the folder '\(folder)' does not exist"
        case ENOTDIR: "'\(folder)' is not a folder"
        case EACCES, EPERM: "no permission to create files in '\(folder)'"
        case EROFS: "'\(folder)' is on a read-only file system"
        default: String(cString: strerror(code))
        }
    }

    /// Writes all of `bytes` to an open descriptor; the `errno` of the failure, or `nil`.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count > 0 {
                offset += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return count < 0 ? errno : EIO
            }
        }
        return nil
    }

    /// Opens `/dev/null` on each of the descriptors 0, 1 and 2 that is closed, so that no file
    /// the program opens later takes its number; returns the ones that were closed.
    static func reserveClosedStandardDescriptors() -> Set<Int32> {
        var closed: Set<Int32> = []
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            // open returns the lowest free number: this one, as the lower ones are open by now.
            _ = open("/dev/null", O_RDWR)
        }
        return closed
    }

    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
