import Foundation
import ArgumentParser
import RegionGraph

/// `--at`, `--kinds` and `--relations`: the part of the network a diagram or an export shows.
struct SelectionOptions: ParsableArguments {
    @OptionGroup var date: DateOption

    /// `--at`.
    var at: PartialDate? { date.at }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only entities of these kinds, separated by commas (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))).",
            valueName: "kinds"))
    var kinds: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Only relations of these types, separated by commas.", valueName: "types"))
    var relations: String?

    func validate() throws {
        _ = try kindSet()
        _ = try typeSet()
    }

    /// The kinds `--kinds` names; `nil` when it is not given.
    func kindSet() throws -> Set<EntityKind>? {
        try kinds.map { try Self.kinds($0, option: "--kinds") }
    }

    /// The relation types `--relations` names; `nil` when it is not given.
    func typeSet() throws -> Set<RelationType>? {
        try relations.map { try Self.types($0, option: "--relations") }
    }

    /// The kinds in a comma-separated list, each as the data files may spell it.
    static func kinds(_ text: String, option: String) throws -> Set<EntityKind> {
        try list(text, option: option, what: "kind", parse: EntityKind.init(parsing:),
                 known: EntityKind.acceptedSpellings, listed: EntityKind.allCases.map(\.rawValue))
    }

    /// The relation types in a comma-separated list.
    static func types(_ text: String, option: String) throws -> Set<RelationType> {
        let known = RelationType.allCases.map(\.rawValue)
        return try list(text, option: option, what: "relation type", parse: RelationType.init(parsing:),
                        known: known, listed: known)
    }

    private static func list<Value: Hashable>(
        _ text: String, option: String, what: String, parse: (String) -> Value?, known: [String], listed: [String]
    ) throws -> Set<Value> {
        var values = Set<Value>()
        for word in text.split(separator: ",") {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let value = parse(name) else {
                throw ValidationError(
                    "unknown \(what) '\(name)' in \(option)\(Suggestions.didYouMean(name, among: known)); "
                        + "\(what)s are: \(listed.joined(separator: ", "))")
            }
            values.insert(value)
        }
        guard !values.isEmpty else { throw ValidationError("\(option) needs at least one \(what)") }
        return values
    }
}
