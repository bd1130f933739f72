import Foundation
import RegionGraph

extension Report {
    /// Two plans compared (``PlanComparison``): continued actions with both texts and the
    /// reason for each pair, new and dropped actions, reassigned responsibility, goals added
    /// and removed.
    public static func planComparison(_ comparison: PlanComparison, width: Int = 100) -> Report {
        let names = { (entities: [Entity]) in entities.map { $0.shortName ?? $0.name }.joined(separator: ", ") }
        let score = { (value: Double) in String(format: "%.2f", value) }
        func reason(_ match: PlanComparison.Match) -> String {
            var parts: [String] = []
            if !match.sharedSubjects.isEmpty {
                parts.append("shared subjects: " + match.sharedSubjects.map(\.rawValue).joined(separator: ", "))
            }
            if match.reason != .subjects {
                parts.append("text similarity \(score(match.similarity)): " + match.sharedWords.joined(separator: ", "))
            }
            return parts.joined(separator: "; ")
        }
        let old = comparison.old, new = comparison.new
        var lines = [
            "Old: \(old.plan.name) (\(old.plan.id)) \(old.period)",
            "New: \(new.plan.name) (\(new.plan.id)) \(new.period)",
            "Threshold: \(score(comparison.threshold))",
            "",
            "Continued: \(comparison.continued.count) pairs (\(Set(comparison.continued.map(\.old.entity.id)).count) old, "
                + "\(Set(comparison.continued.map(\.new.entity.id)).count) new actions)",
        ]
        for match in comparison.continued {
            lines += wrap("- old: " + match.old.fullText, width: width, indent: "       ", first: "  ")
            lines += wrap("new: " + match.new.fullText, width: width, indent: "       ", first: "    ")
            lines += wrap("why: " + reason(match), width: width, indent: "       ", first: "    ")
        }
        lines += ["", "New: \(comparison.added.count)"]
        for action in comparison.added { lines += wrap("- " + action.fullText, width: width, indent: "    ", first: "  ") }
        lines += ["", "Dropped: \(comparison.dropped.count)"]
        for action in comparison.dropped { lines += wrap("- " + action.fullText, width: width, indent: "    ", first: "  ") }
        lines += ["", "Reassigned: \(comparison.reassigned.count)"]
        for match in comparison.reassigned {
            lines += wrap("- " + match.new.shortText, width: width, indent: "    ", first: "  ")
            lines += wrap("from: " + names(match.old.responsible) + " → to: " + names(match.new.responsible),
                          width: width, indent: "      ", first: "    ")
        }
        lines += ["", "Goals added: \(comparison.goalsAdded.count)"] + comparison.goalsAdded.map { "  - " + $0.name }
        lines += ["", "Goals removed: \(comparison.goalsRemoved.count)"] + comparison.goalsRemoved.map { "  - " + $0.name }

        let actionObject = { (action: PlanTable.Action) -> JSONValue in
            .object([
                ("id", .string(action.entity.id.rawValue)), ("name", .string(action.entity.name)),
                ("text", .string(action.fullText)),
                ("responsible", .array(action.responsible.map { .string($0.id.rawValue) })),
            ])
        }
        let matchObject = { (match: PlanComparison.Match) -> JSONValue in
            .object([
                ("old", actionObject(match.old)), ("new", actionObject(match.new)),
                ("reason", .string(match.reason.rawValue)),
                ("shared_subjects", .array(match.sharedSubjects.map { .string($0.rawValue) })),
                ("shared_words", .array(match.sharedWords.map { .string($0) })),
                ("similarity", .string(score(match.similarity))),
                ("reassigned", .bool(match.isReassigned)),
            ])
        }
        let json: JSONValue = .object([
            ("old", entityObject(old.plan)), ("new", entityObject(new.plan)),
            ("threshold", .string(score(comparison.threshold))),
            ("continued", .array(comparison.continued.map(matchObject))),
            ("new_actions", .array(comparison.added.map(actionObject))),
            ("dropped", .array(comparison.dropped.map(actionObject))),
            ("reassigned", .array(comparison.reassigned.map(matchObject))),
            ("goals_added", .array(comparison.goalsAdded.map { entityObject($0) })),
            ("goals_removed", .array(comparison.goalsRemoved.map { entityObject($0) })),
        ])
        return Report(title: "Plan comparison", columns: [], rows: [], footer: lines, json: json)
    }

    /// Per body: how many actions it is responsible for in each plan, and the change.
    public static func planBodies(_ comparison: PlanComparison) -> Report {
        let counts = comparison.bodyCounts
        let old = comparison.old.plan, new = comparison.new.plan
        return Report(
            title: "Responsibility by body: \(old.shortName ?? old.name) → \(new.shortName ?? new.name)",
            columns: ["Body", old.shortName ?? old.name, new.shortName ?? new.name, "Change", "Id"],
            rows: counts.map { count in
                Row(
                    cells: [count.body.name, String(count.old), String(count.new),
                            count.change > 0 ? "+\(count.change)" : String(count.change), count.body.id.rawValue],
                    object: entityObject(count.body, extra: [
                        ("old", .integer(count.old)), ("new", .integer(count.new)), ("change", .integer(count.change)),
                    ]))
            },
            footer: [Report.count(counts.count, "body", plural: "bodies")])
    }
}
