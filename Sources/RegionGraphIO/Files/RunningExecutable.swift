import Foundation

/// The program that is running, for starting another copy of it as a child process and for
/// telling one build's cache entries from another's.
///
/// ```swift
/// RunningExecutable.path   // "/work/main/.build/release/regiongraph"
/// ```
public enum RunningExecutable {
    /// The path of the running executable: `/proc/self/exe` resolved on Linux, else the
    /// bundle's executable path or `argv[0]`.
    public static var path: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
