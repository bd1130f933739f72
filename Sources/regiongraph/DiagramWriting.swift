import ArgumentParser
import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering

/// Draws a view and writes the file, for `render` and for the queries' `--format svg|png|pdf|dot`.
enum DiagramWriting {
    /// Seconds a layout may take unless `--timeout` says otherwise.
    static let defaultTimeout = 60.0

    /// Refuses a `--timeout` that is not a positive number of seconds.
    static func checkTimeout(_ timeout: Double?) throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    /// Draws `view` of `network` in `format` and writes it to `output` (atomically) or, for
    /// `-`, to standard output. Layouts run in a child process stopped after `timeout` seconds
    /// (``defaultTimeout`` when `nil`); a graph too large for its layout is refused unless the
    /// user gave a time limit. Every failure is reported and ends the command with exit code 1.
    ///
    /// A view with a split rule that does not read on one page is written as one file per page,
    /// `OUTPUT-1.svg`, `OUTPUT-2.svg` … (the number before the extension), as `graphs` writes
    /// it; standard output cannot take several pages.
    static func write(
        _ view: DiagramView, of network: Network, as format: DiagramFormat, to output: String,
        layout requested: DiagramLayout? = nil, timeout: Double? = nil,
        print: DiagramOutput.PrintOptions = DiagramOutput.PrintOptions()
    ) throws {
        let worker = RenderWorker(layoutsPerProcess: view.split == nil ? 1 : 50, timeout: timeout ?? defaultTimeout)
        defer { worker.retire() }
        let pages: [Diagram]
        do {
            pages = try DiagramPagination.pages(of: view, in: network, worker: worker)
        } catch let error as DiagramError {
            Terminal.error(error.description)
            throw ExitCode(1)
        } catch {
            report(error)
            throw ExitCode(1)
        }
        guard pages.count == 1 || output != "-" else {
            Terminal.error(
                "'\(view.name)' is drawn on \(pages.count) pages, which standard output cannot take; "
                    + "give --output FILE (written as FILE-1.\(format.rawValue) …) or draw it whole with --whole")
            throw ExitCode(1)
        }
        var files: [(bytes: [UInt8], path: String)] = []
        for diagram in pages {
            let bytes = try self.bytes(of: diagram, as: format, layout: requested, timeout: timeout, print: print, worker: worker)
            files.append((bytes, diagram.page.map { pagePath(output, number: $0.number) } ?? output))
        }
        for file in files {
            try Terminal.deliver(file.bytes, to: file.path)
            if file.path != "-" { Terminal.reportWritten(file.path, format: format.rawValue.uppercased(), bytes: file.bytes.count) }
        }
        if pages.count > 1 {
            Terminal.writeError("regiongraph: '\(view.name)' is drawn on \(pages.count) pages: "
                + files.map(\.path).joined(separator: ", ") + "\n")
        }
    }

    /// `output` with `-NUMBER` before its extension: `rr.pdf` → `rr-2.pdf`.
    static func pagePath(_ output: String, number: Int) -> String {
        let url = URL(fileURLWithPath: output)
        let name = url.deletingPathExtension().lastPathComponent + "-\(number)"
        let file = url.pathExtension.isEmpty ? name : name + "." + url.pathExtension
        return ((output as NSString).deletingLastPathComponent as NSString).appendingPathComponent(file)
    }

    /// The bytes of one page, with the automatic layout when none is asked for.
    private static func bytes(
        of diagram: Diagram, as format: DiagramFormat, layout requested: DiagramLayout?, timeout: Double?,
        print: DiagramOutput.PrintOptions, worker: RenderWorker
    ) throws -> [UInt8] {
        var layout = requested
        if layout == nil {
            let automatic = DiagramOutput.automaticLayout(for: diagram)
            if automatic.switched, format != .dot {
                Terminal.writeError(
                    "regiongraph: note: \(diagram.entities.count) entities and \(diagram.relations.count) relations "
                        + "are too many for \(diagram.view.layout.rawValue); using \(automatic.layout.rawValue)\n")
            }
            layout = automatic.layout
        }
        do {
            return try DiagramOutput.bytes(
                of: diagram, as: format, layout: layout, worker: worker, checksSize: timeout == nil, print: print)
        } catch {
            report(error)
            throw ExitCode(1)
        }
    }

    /// Reports a failure to draw, with the way out of a size limit.
    private static func report(_ error: any Error) {
        if let failure = error as? DiagramOutput.Failure, case .tooLarge(_, let layout, _, _, _) = failure {
            Terminal.error(
                failure.description + "; or add --timeout SECONDS to try \(layout.rawValue) "
                    + "in a child process that is stopped when the time is up")
        } else {
            Terminal.error(String(describing: error))
        }
    }
}
