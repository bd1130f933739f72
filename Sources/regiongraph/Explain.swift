import ArgumentParser
import RegionGraphIO

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Every fact that connects two entities, down to the line of its source.",
        discussion: """
            Lists the relations between A and B in either direction or, when there is none, the \
            shortest chain of relations (as 'path' finds it). Each fact is a sentence in Norwegian, \
            with where it is recorded in the data (FILE:LINE:COLUMN) and each source: the document, \
            the quote, and the quote's line in the document's text (see --documents).
            """)

    @Argument(help: "The first entity: id, name, short name or alias.", completion: EntityCompletion.kind)
    var first: String

    @Argument(help: "The second entity.", completion: EntityCompletion.kind)
    var second: String

    @OptionGroup var options: QueryOptions

    @OptionGroup var documents: DocumentsOption

    func run() throws {
        try ExplainOptions.checkExplainable(options.chosenFormat, what: "explain")
        let network = try options.loadNetwork()
        let start = try options.resolve(first, in: network)
        let goal = try options.resolve(second, in: network)
        guard start.id != goal.id else {
            Terminal.error(options.language.text(
                en: "'\(first)' and '\(second)' are the same entity (\(start.name)); name two different ones",
                nb: "'\(first)' og '\(second)' er samme enhet (\(start.name)); nevn to forskjellige"))
            throw ExitCode(64)
        }
        guard let connection = network.connection(between: start.id, and: goal.id) else {
            Terminal.writeError("regiongraph: " + options.language.text(
                en: "no chain of relations connects \(start.name) and \(goal.name)",
                nb: "ingen kjede av relasjoner forbinder \(start.name) og \(goal.name)") + "\n")
            throw ExitCode(3)
        }
        try options.print(
            Report.connection(
                connection, between: start, and: goal, in: network, texts: documents.texts(of: network),
                language: options.language))
    }
}
