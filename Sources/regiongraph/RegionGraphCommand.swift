import ArgumentParser
import RegionGraphIO

@main
struct RegionGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regiongraph",
        abstract: "Query the regional collaboration network: who sits where, with the source of every fact.",
        discussion: """
            Names resolve as you type them: an id (roros), the official name (Røros kommune), the \
            short name (Røros) or an alias (Rossen tjïelte), in any case, with or without æ ø å \
            (or as ae oe aa: Roeros). The best match wins, with a note when others matched too.

            Exit codes: 0 success, 1 invalid data or a failed drawing, 2 unknown or ambiguous name, \
            3 no path between two entities, 64 wrong usage.
            """,
        version: "0.1.0",
        subcommands: [
            Members.self, Memberships.self, Participants.self, Shared.self, Matrix.self,
            Path.self, Explain.self, Search.self, Show.self, History.self, Changes.self, Plans.self, Plan.self, PlanDiff.self,
            Validate.self, Render.self, Graphs.self, Export.self, ReportCommand.self,
            RenderWorkerCommand.self,
        ]
    )

    /// Keeps closed standard streams from being reused before anything else runs, and names a
    /// mistyped command with the ones it may have meant (exit code 64).
    static func main() {
        Terminal.closedAtStart = StandardStreams.reserveClosedDescriptors()
        // The parser would call a mistyped command "unexpected arguments"; name it instead.
        if let message = unknownCommandMessage(Array(CommandLine.arguments.dropFirst())) {
            Terminal.error(message)
            exit(withError: ExitCode(64))
        }
        main(nil)
    }
}
