import ArgumentParser
import RegionGraph
import RegionGraphIO

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "An action plan as a table: goal, action, responsible, partners, financing, period.",
        discussion: "Exits with code 2 when the entity is not a plan, listing the plans.")

    @Argument(help: "The plan: id, name, short name or alias.", completion: EntityCompletion.kind)
    var entity: String

    @Flag(name: .long, help: "Show each action's full text instead of its short title.")
    var long = false

    @Option(name: .long, help: ArgumentHelp("Only the actions this body is responsible for.", valueName: "body"))
    var responsible: String?

    @Option(name: .long, help: ArgumentHelp("Only the actions that concern this entity.", valueName: "entity"))
    var concerning: String?

    @Option(name: .long, help: ArgumentHelp("Only the actions of goal number N (from 1).", valueName: "N"))
    var goal: Int?

    @OptionGroup var options: QueryOptions

    func run() throws {
        let network = try options.loadNetwork()
        let table = try Plan.table(named: entity, options: options, in: network)
        let body = try responsible.map { try options.resolve($0, in: network).id }
        let subject = try concerning.map { try options.resolve($0, in: network).id }
        if let goal, !(1...max(1, table.goals.count)).contains(goal) || table.goals.isEmpty {
            Terminal.error(options.language.text(
                en: "\(table.plan.name) has \(table.goals.count) goals; --goal \(goal) names none of them",
                nb: "\(table.plan.name) har \(table.goals.count) mål; --goal \(goal) viser ikke til noen av dem"))
            throw ExitCode(64)
        }
        let filtered = table.filtered(responsible: body, concerning: subject, goal: goal)
        try options.print(Report.plan(
            filtered, long: long, format: options.reportFormat, width: options.width ?? .max, in: network,
            language: options.language))
    }

    /// The plan a user means by `name`; exits with code 2 naming the entity's kind and listing
    /// the plans when it is not a plan.
    static func table(named name: String, options: QueryOptions, in network: Network) throws -> PlanTable {
        let target = try options.resolve(name, in: network)
        guard let table = network.plan(target.id) else {
            let plans = network.plans.map { "  \($0.id)  \($0.name)" }.joined(separator: "\n")
            Terminal.error(options.language.text(
                en: "\(target.name) (\(target.id)) is a \(target.kind.label), not a plan; the plans are:\n\(plans)",
                nb: "\(target.name) (\(target.id)) er \(target.kind.label(in: .bokmal)), ikke en plan; planene er:\n\(plans)"))
            throw ExitCode(2)
        }
        return table
    }
}
