import ArgumentParser
import RegionGraph

extension RegionGraphCommand {
    /// The names a first argument may have: every subcommand's, and `help`.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// The names suggested for a mistyped command: those `--help` lists, and `help`.
    static var shownCommandNames: [String] {
        configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName } + ["help"]
    }

    /// The complaint about `arguments` (without the program's name) when the first is not an
    /// option and names no command, with the commands it may have meant:
    /// `unknown command 'membrs' (did you mean 'members'?)`; `nil` when it names one.
    static func unknownCommandMessage(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else {
            return nil
        }
        return "unknown command '\(first)'\(Suggestions.didYouMean(first, among: shownCommandNames)); "
            + "see 'regiongraph --help'"
    }
}
