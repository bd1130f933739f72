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

    @OptionGroup var languageOption: LanguageOption

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
        let notes = diagnostics.filter { $0.severity == .note }
        let inferred = notes.filter { $0.message.hasPrefix("inferred:") }.count
        let referenced = notes.count - inferred
        let language = Terminal.language
        let problems = language.count(errors, en: "error", nb: "feil", plural: "feil") + ", "
            + language.count(warnings, en: "warning", nb: "advarsel", plural: "advarsler")
        if let network = validation.network {
            Terminal.write(
                "\(data): " + language.count(network.entities.count, en: "entity", enPlural: "entities", nb: "enhet", plural: "enheter")
                    + ", " + language.count(network.relationCount, en: "relation", nb: "relasjon", plural: "relasjoner")
                    + ", " + language.count(network.documents.count, en: "document", nb: "dokument", plural: "dokumenter")
                    + "; " + problems
                    + (inferred > 0
                        ? ", " + language.count(inferred, en: "inferred relation", nb: "antatt relasjon", plural: "antatte relasjoner")
                        : "")
                    + (referenced > 0
                        ? ", " + language.count(
                            referenced, en: "fact cited from a reference", enPlural: "facts cited from references",
                            nb: "faktum fra en referanse", plural: "fakta fra referanser")
                        : "") + "\n")
        } else {
            Terminal.write("\(data): \(problems)\n")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
