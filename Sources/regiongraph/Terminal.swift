import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `regiongraph: error: …` on standard error.
    static func error(_ message: String) {
        writeError("regiongraph: error: \(message)\n")
    }
}
