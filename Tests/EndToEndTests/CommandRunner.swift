import Foundation

/// Runs the built `regiongraph` binary, as a user would from the package folder.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package folder (where `Data/` is).
    static let packageFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder the test bundle was built into; `regiongraph` is built beside it.
    static var productsFolder: URL {
        Bundle.main.bundleURL
    }

    static var binary: URL {
        productsFolder.appendingPathComponent("regiongraph")
    }

    /// The records cache the tests' runs of `regiongraph` use, instead of the user's own.
    static let cacheFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("regiongraph-tests-cache").path

    static func run(
        _ arguments: [String], in folder: URL = packageFolder, environment: [String: String] = [:]
    ) throws -> Output {
        try run(executable: binary, arguments, in: folder, environment: environment)
    }

    /// Runs any program and collects what it writes. `environment` adds to (or replaces in)
    /// the tests' own environment.
    static func run(
        executable: URL, _ arguments: [String], in folder: URL = packageFolder, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables["REGIONGRAPH_CACHE"] = cacheFolder
        // Answers in English, 100 columns wide, whatever the machine's locale and terminal,
        // unless a test asks otherwise.
        for name in ["LC_ALL", "LC_MESSAGES", "COLUMNS"] { variables[name] = nil }
        variables["LANG"] = "C.UTF-8"
        variables.merge(environment) { $1 }
        process.environment = variables
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new, empty folder under the system's temporary folder, named for `purpose`; the test
    /// removes it when done.
    static func temporaryFolder(_ purpose: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Parses JSON output into Foundation objects.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}
