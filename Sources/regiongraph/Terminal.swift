import ArgumentParser
import Foundation
import RegionGraphIO

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

    /// Writes `bytes` to the file `output` atomically, or to standard output for `-`; a file
    /// that cannot be written is reported and ends the command with exit code 1.
    static func deliver(_ bytes: [UInt8], to output: String) throws {
        if output == "-" {
            write(bytes)
            return
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            self.error(error.description)
            throw ExitCode(1)
        }
    }
}
