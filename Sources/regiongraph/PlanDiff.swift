import ArgumentParser
import RegionGraph
import RegionGraphIO

struct PlanDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-diff",
        abstract: "Two plan periods compared: actions continued, new, dropped and reassigned; goals added and removed.",
        discussion: """
            Two actions are paired when they concern a common specific subject or their texts' \
            similarity (normalised Norwegian words) reaches --threshold; every pair shows why. \
            Actions in no pair are listed as new or dropped.
            """)

    @Argument(help: "The older plan.", completion: EntityCompletion.kind)
    var old: String

    @Argument(help: "The newer plan.", completion: EntityCompletion.kind)
    var new: String

    @Option(name: .long, help: ArgumentHelp("Least text similarity for a pair, 0 to 1 (default 0.3).", valueName: "share"))
    var threshold = PlanComparison.defaultThreshold

    @Flag(name: .customLong("by-body"), help: "Per body: actions it is responsible for in each plan, and the change.")
    var byBody = false

    @OptionGroup var options: QueryOptions

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        if options.chosenFormat == .report(.csv) { throw ValidationError("plan-diff answers in text, markdown, json or xlsx") }
    }

    func run() throws {
        let network = try options.loadNetwork()
        let before = try Plan.table(named: old, options: options, in: network)
        let after = try Plan.table(named: new, options: options, in: network)
        let comparison = PlanComparison(old: before, new: after, threshold: threshold)
        try options.print(
            byBody
                ? Report.planBodies(comparison, language: options.language)
                : Report.planComparison(comparison, width: options.width ?? .max, language: options.language))
    }
}
