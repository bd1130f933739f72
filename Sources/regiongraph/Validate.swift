import ArgumentParser
import RegionGraph
import RegionGraphIO

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data: every problem as FILE:LINE:COLUMN with a hint.",
        discussion: """
            Exits with 1 when the data has errors; warnings alone exit with 0. With --strict, \
            warnings count as errors, and the inferred relations (readings of a source rather \
            than statements) are listed as notes.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: ArgumentHelp("Also check that every quote is verbatim in the text of its document, read from this folder (each document's 'file:').", valueName: "dir"))
    var documents: String?

    @Flag(help: "Treat warnings as errors, and list the inferred relations as notes.")
    var strict = false

    func run() throws {
        let data = dataOptions.data
        let validation: DatasetValidation
        do {
            validation = try DatasetLoader.load(from: data, progress: nil, cache: RecordsCache.standard())
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        var diagnostics = validation.diagnostics
        if let documents {
            do {
                diagnostics = (diagnostics + (try DatasetLoader.quoteProblems(in: data, documentsFolder: documents))).sorted()
            } catch {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        }
        for diagnostic in diagnostics where strict || diagnostic.severity != .note {
            Terminal.writeError(diagnostic.description + "\n")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let inferred = diagnostics.filter { $0.severity == .note }.count
        if let network = validation.network {
            Terminal.write(
                "\(data): \(network.entities.count) entities, \(network.relationCount) relations, \(network.documents.count) documents; \(errors) errors, \(warnings) warnings"
                    + (inferred > 0 ? ", \(inferred) inferred relation\(inferred == 1 ? "" : "s")" : "") + "\n")
        } else {
            Terminal.write("\(data): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
