#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every C library call of the benchmark, each behind a small Swift function: clocks, peak
/// memory, and a C `FILE` for writing the outputs in large blocks.
enum Syscalls {
    /// Seconds on a clock that never goes back.
    static func monotonicSeconds() -> Double { seconds(CLOCK_MONOTONIC) }

    /// Seconds of processor time this process has used.
    static func processorSeconds() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func seconds(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The most memory this process has held resident, in megabytes.
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #endif
    }

    /// The memory this process holds resident now, in megabytes; `nil` where the system does
    /// not tell (`/proc/self/statm` is Linux's).
    static func residentMegabytes() -> Double? {
        guard let file = fopen("/proc/self/statm", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, Int32(line.count), file) != nil else { return nil }
        // Pages: the whole program, then those resident.
        let fields = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// A C stream open for writing.
    struct File {
        private let handle: UnsafeMutablePointer<FILE>

        /// Creates or truncates the file at `path`; `nil` when it cannot be opened.
        init?(writingTo path: String) {
            guard let handle = fopen(path, "wb") else { return nil }
            self.handle = handle
        }

        /// Writes `count` bytes from `bytes`.
        func write(_ bytes: UnsafePointer<UInt8>, count: Int) {
            _ = fwrite(bytes, 1, count, handle)
        }

        /// Flushes and closes the stream: `false` when something could not be written.
        func close() -> Bool { fclose(handle) == 0 }
    }
}
