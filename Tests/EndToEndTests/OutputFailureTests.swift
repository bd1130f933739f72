import Foundation
import Testing

/// A full disk or a closed standard output is a one-line error and exit code 1, never a crash
/// with a stack trace.
@Suite struct OutputFailureTests {
    /// Runs the tool through the shell, with its standard output redirected as `redirection` says.
    static func run(_ arguments: String, redirection: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \(arguments) \(redirection)", CommandRunner.binary.path]
        process.currentDirectoryURL = CommandRunner.packageFolder
        var environment = ProcessInfo.processInfo.environment
        environment["REGIONGRAPH_CACHE"] = CommandRunner.cacheFolder
        process.environment = environment
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    @Test(arguments: [
        "members fjellregionen", "export --format json --output -", "render green-flyway --format svg --output -",
        "shared Røros Holtålen --format csv",
    ])
    func aFullDiskIsAnErrorNotACrash(_ arguments: String) throws {
        let result = try Self.run(arguments, redirection: ">/dev/full")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "regiongraph: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedStandardOutputIsAnErrorNotACrash() throws {
        let result = try Self.run("members fjellregionen", redirection: ">&-")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "regiongraph: error: cannot write to standard output: it is closed\n")
    }

    /// With standard input closed too, as CI runs it: the closed numbers are not reused.
    @Test func closedStandardInputAndOutputAreNotReused() throws {
        let result = try Self.run("members fjellregionen", redirection: "<&- >&-")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "regiongraph: error: cannot write to standard output: it is closed\n")
    }

    @Test func aFullStandardErrorDoesNotCrashEither() throws {
        let result = try Self.run("members no-such-body-anywhere", redirection: "2>/dev/full")
        #expect(result.status == 2)
    }
}
