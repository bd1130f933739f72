import Foundation
import RegionGraph

extension Report {
    /// Two plans compared (``PlanComparison``): continued actions with both texts and the
    /// reason for each pair, new and dropped actions, reassigned responsibility, goals added
    /// and removed.
    public static func planComparison(
        _ comparison: PlanComparison, width: Int = 100, language: Language = .english
    ) -> Report {
        let word = language.text
        let names = { (entities: [Entity]) in entities.map { $0.shortName ?? $0.name }.joined(separator: ", ") }
        let score = { (value: Double) in String(format: "%.2f", value) }
        func reason(_ match: PlanComparison.Match) -> String {
            var parts: [String] = []
            if !match.sharedSubjects.isEmpty {
                parts.append(word("shared subjects: ", "felles emner: ") + match.sharedSubjects.map(\.rawValue).joined(separator: ", "))
            }
            if match.reason != .subjects {
                parts.append(word("text similarity", "tekstlikhet") + " \(score(match.similarity)): "
                    + match.sharedWords.joined(separator: ", "))
            }
            return parts.joined(separator: "; ")
        }
        let old = comparison.old, new = comparison.new
        let continuedOld = Set(comparison.continued.map(\.old.entity.id)).count
        let continuedNew = Set(comparison.continued.map(\.new.entity.id)).count
        var lines = [
            word("Old", "Gammel") + ": \(old.plan.name) (\(old.plan.id)) \(old.period)",
            word("New", "Ny") + ": \(new.plan.name) (\(new.plan.id)) \(new.period)",
            word("Threshold", "Terskel") + ": \(score(comparison.threshold))",
            "",
            word(
                "Continued: \(comparison.continued.count) pairs (\(continuedOld) old, \(continuedNew) new actions)",
                "Videreført: \(comparison.continued.count) par (\(continuedOld) gamle, \(continuedNew) nye tiltak)"),
        ]
        let (oldLabel, newLabel, whyLabel) = (word("old: ", "før: "), word("new: ", "nå: "), word("why: ", "hvorfor: "))
        for match in comparison.continued {
            lines += wrap("- " + oldLabel + match.old.fullText, width: width, indent: "       ", first: "  ")
            lines += wrap(newLabel + match.new.fullText, width: width, indent: "       ", first: "    ")
            lines += wrap(whyLabel + reason(match), width: width, indent: "       ", first: "    ")
        }
        lines += ["", word("New", "Nye") + ": \(comparison.added.count)"]
        for action in comparison.added { lines += wrap("- " + action.fullText, width: width, indent: "    ", first: "  ") }
        lines += ["", word("Dropped", "Falt bort") + ": \(comparison.dropped.count)"]
        for action in comparison.dropped { lines += wrap("- " + action.fullText, width: width, indent: "    ", first: "  ") }
        lines += ["", word("Reassigned", "Nytt ansvar") + ": \(comparison.reassigned.count)"]
        for match in comparison.reassigned {
            lines += wrap("- " + match.new.shortText, width: width, indent: "    ", first: "  ")
            lines += wrap(word("from: ", "fra: ") + names(match.old.responsible) + word(" → to: ", " → til: ")
                            + names(match.new.responsible), width: width, indent: "      ", first: "    ")
        }
        lines += ["", word("Goals added", "Nye mål") + ": \(comparison.goalsAdded.count)"]
            + comparison.goalsAdded.map { "  - " + $0.name }
        lines += ["", word("Goals removed", "Mål som falt bort") + ": \(comparison.goalsRemoved.count)"]
            + comparison.goalsRemoved.map { "  - " + $0.name }

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
        var report = Report(title: word("Plan comparison", "Sammenligning av planer"), columns: [], rows: [], footer: lines, json: json)
        report.language = language
        return report
    }

    /// Per body: how many actions it is responsible for in each plan, and the change.
    public static func planBodies(_ comparison: PlanComparison, language: Language = .english) -> Report {
        let counts = comparison.bodyCounts
        let old = comparison.old.plan, new = comparison.new.plan
        let word = language.text
        var report = Report(
            title: word("Responsibility by body", "Ansvar per enhet")
                + ": \(old.shortName ?? old.name) → \(new.shortName ?? new.name)",
            columns: [word("Body", "Enhet"), old.shortName ?? old.name, new.shortName ?? new.name, word("Change", "Endring"), "Id"],
            rows: counts.map { count in
                Row(
                    cells: [count.body.name, String(count.old), String(count.new),
                            count.change > 0 ? "+\(count.change)" : String(count.change), count.body.id.rawValue],
                    object: entityObject(count.body, extra: [
                        ("old", .integer(count.old)), ("new", .integer(count.new)), ("change", .integer(count.change)),
                    ]))
            },
            footer: [language.count(counts.count, en: "body", enPlural: "bodies", nb: "enhet", plural: "enheter")])
        report.language = language
        return report
    }
}
