import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphIO

/// Writing to standard output and standard error. A write that fails (a full disk, a closed
/// output) is reported on standard error in one line and ends the program with exit code 1; a
/// reader that has gone away (a broken pipe) ends it quietly, by the signal, as for any tool.
enum Terminal {
    /// The standard streams that were closed when the program started (see `main`).
    nonisolated(unsafe) static var closedAtStart: Set<StandardStreams> = []

    /// The language of messages: the environment's until a command's `--language` is read.
    nonisolated(unsafe) static var language = Language(environment: ProcessInfo.processInfo.environment)

    /// The width text answers fit in: `nil` (no limit) for `--wide`, else `COLUMNS` when set,
    /// else the terminal's width when standard output is one, else 100.
    static func width(wide: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard !wide else { return nil }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return max(columns, 40) }
        return StandardStreams.output.terminalColumns ?? 100
    }

    static func write(_ text: String) {
        write(Array(text.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        if closedAtStart.contains(.output) { fail("cannot write to standard output: it is closed") }
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            fail("cannot write to standard output: \(reason(error))")
        }
    }

    /// Writes to standard error; when even that fails there is nowhere left to say so.
    static func writeError(_ text: String) {
        if closedAtStart.contains(.error) { return }
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// `regiongraph: error: …` on standard error.
    static func error(_ message: String) {
        writeError("regiongraph: \(language.text(en: "error", nb: "feil")): \(message)\n")
    }

    /// `regiongraph: note: …` on standard error.
    static func note(_ message: String) {
        writeError("regiongraph: \(language.text(en: "note", nb: "merk")): \(message)\n")
    }

    /// The entity a user means by `name`, with a note when it was chosen among several; an
    /// unknown name, or several that tie, is reported and ends the command with exit code 2.
    static func resolve(_ name: String, in network: Network) throws -> Entity {
        do {
            let resolution = try network.resolution(of: name)
            if let note = resolution.note(in: language) { self.note(note) }
            return resolution.entity
        } catch {
            self.error(error.description(in: language))
            throw ExitCode(2)
        }
    }

    /// "wrote green-flyway.svg (SVG, 9 KB)" on standard error: what a command that writes
    /// files wrote, so that a silent success is not mistaken for nothing done.
    static func reportWritten(_ path: String, format: String, bytes: Int) {
        let size = bytes < 1_024 ? "\(bytes) " + language.text(en: "bytes", nb: "byte") : "\((bytes + 512) / 1_024) KB"
        writeError("regiongraph: \(language.text(en: "wrote", nb: "skrev")) \(path) (\(format), \(size))\n")
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

    /// Reports `message` and ends the program with exit code 1.
    private static func fail(_ message: String) -> Never {
        error(message)
        exit(1)
    }

    /// The operating system's words for why a write failed ("No space left on device").
    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
