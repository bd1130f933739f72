import RegionGraph

extension Report {
    /// The plans in `network` with period, owner and counts of goals and actions.
    public static func plans(in network: Network, language: Language = .english) -> Report {
        let tables = network.plans.compactMap { network.plan($0.id) }
        let word = language.text
        var report = Report(
            title: word("Plans", "Planer"),
            columns: [
                "Plan", word("Period", "Periode"), word("Adopted by", "Vedtatt av"), word("Goals", "Mål"),
                word("Actions", "Tiltak"), "Id",
            ],
            rows: tables.map { table in
                Row(
                    cells: [
                        table.plan.shortName ?? table.plan.name, table.period.description,
                        table.owners.map(\.name).joined(separator: ", "), String(table.goals.count),
                        String(table.actions.count), table.plan.id.rawValue,
                    ],
                    sources: citationLines(table.plan.citations, in: network, language: language),
                    object: entityObject(table.plan, extra: [
                        ("period", .string(table.period.description)),
                        ("adopted_by", .array(table.owners.map { .string($0.id.rawValue) })),
                        ("goals", .integer(table.goals.count)),
                        ("actions", .integer(table.actions.count)),
                    ]))
            },
            footer: [language.count(tables.count, en: "plan", nb: "plan", plural: "planer")])
        report.language = language
        return report
    }

    /// A plan as a table (``Network/plan(_:)``): goal, action (its full text with `long`),
    /// responsible bodies, partners, financing and period.
    ///
    /// Text is laid out goal by goal, wrapped to `width` columns; CSV starts with a
    /// byte-order mark for Excel; Markdown is one table.
    public static func plan(
        _ table: PlanTable, long: Bool = false, format: OutputFormat, width: Int = 100, in network: Network,
        language: Language = .english
    ) -> Report {
        let word = language.text
        let names = { (entities: [Entity]) in entities.map { $0.shortName ?? $0.name }.joined(separator: ", ") }
        let goalLabel = { (action: PlanTable.Action) in
            action.goal.map { "\(action.goalNumber). \($0.name)" } ?? ""
        }
        let header = "\(table.plan.name) (\(table.plan.id))"
        var summary = word("Period: ", "Periode: ")
            + (table.period.description.isEmpty ? word("not stated", "ikke oppgitt") : table.period.description)
        if !table.owners.isEmpty { summary += word(" · adopted by ", " · vedtatt av ") + names(table.owners) }
        summary += " · " + language.count(table.goals.count, en: "goal", nb: "mål", plural: "mål") + ", "
            + language.count(table.actions.count, en: "action", nb: "tiltak", plural: "tiltak")
        let rows = table.actions.map { action in
            Row(
                cells: [
                    goalLabel(action), long ? action.fullText : action.shortText, names(action.responsible),
                    names(action.partners), action.financing.joined(separator: "; "), action.period.description,
                ],
                sources: sourceLines(of: action.relations, in: network, language: language),
                object: entityObject(action.entity, extra: [
                    ("goal", action.goal.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name)), ("number", .integer(action.goalNumber))]) } ?? .null),
                    ("text", .string(action.fullText)),
                    ("responsible", .array(action.responsible.map { entityObject($0) })),
                    ("partners", .array(action.partners.map { entityObject($0) })),
                    ("financing", .array(action.financing.map { .string($0) })),
                    ("concerns", .array(action.subjects.map { .string($0.rawValue) })),
                    ("period", .string(action.period.description)),
                ]))
        }
        let json: JSONValue = .object([
            ("plan", entityObject(table.plan)),
            ("period", .string(table.period.description)),
            ("adopted_by", .array(table.owners.map { entityObject($0) })),
            ("goals", .array(table.goals.enumerated().map { index, goal in
                .object([("number", .integer(index + 1)), ("id", .string(goal.id.rawValue)), ("name", .string(goal.name))])
            })),
            ("actions", .array(rows.map(\.object))),
        ])
        let labels = (
            goal: word("Goal", "Mål"), action: word("Action", "Tiltak"), responsible: word("Responsible", "Ansvarlig"),
            partners: word("Partners", "Partnere"), financing: word("Financing", "Finansiering"),
            period: word("Period", "Periode"))
        guard format == .text else {
            var report = Report(
                title: header + " — " + summary,
                columns: [labels.goal, labels.action, labels.responsible, labels.partners, labels.financing, labels.period],
                rows: rows, json: json)
            report.csvByteOrderMark = true
            report.language = language
            return report
        }
        var lines = [summary, ""]
        if table.actions.isEmpty { lines.append(word("(no actions)", "(ingen tiltak)")) }
        var lastGoal: Int?
        for action in table.actions {
            if action.goalNumber != lastGoal {
                if lastGoal != nil { lines.append("") }
                lastGoal = action.goalNumber
                lines += wrap(
                    action.goal.map { "\(action.goalNumber). \($0.name)" }
                        ?? word("Actions directly under the plan", "Tiltak rett under planen"),
                    width: width, indent: "")
            }
            lines += wrap("- " + (long ? action.fullText : action.shortText), width: width, indent: "    ", first: "  ")
            let details: [(String, String)] = [
                (labels.responsible, names(action.responsible)), (labels.partners, names(action.partners)),
                (labels.financing, action.financing.joined(separator: "; ")), (labels.period, action.period.description),
            ]
            for (label, value) in details where !value.isEmpty {
                lines += wrap("\(label): \(value)", width: width, indent: "        ", first: "      ")
            }
        }
        var report = Report(title: header, columns: [], rows: [], footer: lines, json: json)
        report.language = language
        return report
    }

    /// `text` broken at spaces into lines of at most `width` columns: the first line starts
    /// with `first` (default `indent`), the others with `indent`.
    static func wrap(_ text: String, width: Int, indent: String, first: String? = nil) -> [String] {
        var lines: [String] = []
        var line = first ?? indent
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
