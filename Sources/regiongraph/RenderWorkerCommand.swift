import ArgumentParser
import RegionGraphRendering

/// The child process of a `RenderWorker`: answers framed render requests on standard input
/// until it ends. Started by `regiongraph graphs` and `regiongraph render --timeout`; not for
/// people, so it is hidden from the help.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker",
        abstract: "Render diagrams for a parent regiongraph process (framed requests on standard input).",
        shouldDisplay: false)

    func run() throws {
        let status = RenderWorker.serve()
        if status != 0 { throw ExitCode(status) }
    }
}
