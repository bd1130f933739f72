import ArgumentParser
import RegionGraph
import RegionGraphIO

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data: every problem as FILE:LINE:COLUMN with a hint.",
        discussion: "Exits with 1 when the data has errors; warnings alone exit with 0.")

    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "dir"))
    var data: String = "Data"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let validation: DatasetValidation
        do {
            validation = try DatasetLoader.load(from: data)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        for diagnostic in validation.diagnostics {
            Terminal.writeError(diagnostic.description + "\n")
        }
        let errors = validation.errors.count
        let warnings = validation.warnings.count
        if let network = validation.network {
            Terminal.write(
                "\(data): \(network.entities.count) entities, \(network.relations.count) relations, \(network.documents.count) documents; \(errors) errors, \(warnings) warnings\n")
        } else {
            Terminal.write("\(data): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
