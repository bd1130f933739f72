import ArgumentParser
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering

/// Draws a view and writes the file, for `render` and for the queries' `--format svg|png|pdf|dot`.
enum DiagramWriting {
    /// Seconds a layout may take unless `--timeout` says otherwise.
    static let defaultTimeout = 60.0

    /// Draws `view` of `network` in `format` and writes it to `output` (atomically) or, for
    /// `-`, to standard output. Layouts run in a child process stopped after `timeout` seconds
    /// (``defaultTimeout`` when `nil`); a graph too large for its layout is refused unless the
    /// user gave a time limit. Every failure is reported and ends the command with exit code 1.
    static func write(
        _ view: DiagramView, of network: Network, as format: DiagramFormat, to output: String,
        layout requested: DiagramLayout? = nil, timeout: Double? = nil,
        print: DiagramOutput.PrintOptions = DiagramOutput.PrintOptions()
    ) throws {
        let diagram: Diagram
        do {
            diagram = try Diagram(view: view, network: network)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        var layout = requested
        if layout == nil {
            let automatic = DiagramOutput.automaticLayout(for: diagram)
            if automatic.switched, format != .dot {
                Terminal.writeError(
                    "regiongraph: note: \(diagram.entities.count) entities and \(diagram.relations.count) relations "
                        + "are too many for \(view.layout.rawValue); using \(automatic.layout.rawValue)\n")
            }
            layout = automatic.layout
        }
        let bytes: [UInt8]
        do {
            let worker = RenderWorker(layoutsPerProcess: 1, timeout: timeout ?? defaultTimeout)
            defer { worker.retire() }
            bytes = try DiagramOutput.bytes(
                of: diagram, as: format, layout: layout, worker: worker, checksSize: timeout == nil, print: print)
        } catch {
            if case .tooLarge(_, let layout, _, _, _) = error {
                Terminal.error(
                    error.description + "; or add --timeout SECONDS to try \(layout.rawValue) "
                        + "in a child process that is stopped when the time is up")
            } else {
                Terminal.error(error.description)
            }
            throw ExitCode(1)
        }
        try Terminal.deliver(bytes, to: output)
    }
}
