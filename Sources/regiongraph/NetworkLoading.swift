import ArgumentParser
import RegionGraph
import RegionGraphIO
import Synchronization

/// Loads a data folder for a command: errors go to standard error and end the command with
/// exit code 1.
enum NetworkLoading {
    static func load(from folder: String) throws -> Network {
        let validation: DatasetValidation
        do {
            validation = try DatasetLoader.load(
                from: folder, progress: ProgressReporter.terminal(), cache: RecordsCache.standard())
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        guard let network = validation.network else {
            for diagnostic in validation.diagnostics where diagnostic.severity == .error {
                Terminal.writeError(diagnostic.description + "\n")
            }
            let language = Terminal.language
            let errors = language.count(validation.errors.count, en: "error", nb: "feil", plural: "feil")
            Terminal.error(language.text(
                en: "\(folder) has \(errors); run 'regiongraph validate --data \(folder)' for the full report",
                nb: "\(folder) har \(errors); kjør 'regiongraph validate --data \(folder)' for hele rapporten"))
            throw ExitCode(1)
        }
        // Unsourced facts are allowed in a user's data, but not silently.
        let unsourced = validation.warnings.filter { $0.message.hasSuffix(" has no source") }.count
        if unsourced > 0 {
            Terminal.note(Terminal.language.text(
                en: "\(unsourced) fact\(unsourced == 1 ? " has" : "s have") no source; "
                    + "'regiongraph validate --data \(folder)' lists \(unsourced == 1 ? "it" : "them")",
                nb: "\(unsourced) \(unsourced == 1 ? "faktum" : "fakta") er uten kilde; "
                    + "'regiongraph validate --data \(folder)' viser \(unsourced == 1 ? "det" : "dem")"))
        }
        kept.withLock { $0.append(network) }
        return network
    }

    /// The networks loaded by this process (each command loads one), kept until it ends:
    /// taking a national network apart value by value costs a tenth of decoding it from its
    /// snapshot, time spent for nothing when the process is about to end.
    private static let kept = Mutex<[Network]>([])
}
