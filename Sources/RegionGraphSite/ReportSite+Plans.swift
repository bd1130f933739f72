import RegionGraph

extension ReportSite {
    /// A plan's responsibility table and, when its owner has an earlier plan, what changed since.
    func planSections(of plan: Entity, top: Int) -> String {
        guard let table = network.plan(plan.id) else { return "" }
        var html = heading(top, language.text(en: "Who is responsible for what", nb: "Hvem har ansvar for hva"))
        if table.actions.isEmpty {
            html += "<p>\(language.text(en: "No actions recorded.", nb: "Ingen tiltak registrert."))</p>\n"
        } else {
            html += responsibilityTable(table)
        }
        if let previous = previousPlan(before: plan, owners: table.owners), let old = network.plan(previous.id) {
            html += heading(top, language.text(en: "What changed since ", nb: "Hva er endret siden ") + previous.name)
            html += changes(PlanComparison(old: old, new: table), top: top + 1)
        }
        return html
    }

    /// The table of a plan's actions: goal, action, responsible, partners, financing, period.
    func responsibilityTable(_ table: PlanTable) -> String {
        let headers = [
            language.text(en: "Goal", nb: "Mål"), language.text(en: "Action", nb: "Tiltak"),
            language.text(en: "Responsible", nb: "Ansvarlig"), language.text(en: "Partners", nb: "Samarbeidspartnere"),
            language.text(en: "Financing", nb: "Finansiering"), language.text(en: "Period", nb: "Periode"),
        ]
        var html = "<div class=\"scroll\"><table class=\"plan\">\n<thead><tr>"
            + headers.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for action in table.actions {
            let goal = action.goal.map { "\(action.goalNumber). " + $0.name } ?? ""
            html += "<tr><td>\(HTML.escape(goal))</td>"
                + "<td>\(entityLink(action.entity.id))"
                + (action.fullText == action.shortText ? "" : "<br><span class=\"detail\">\(HTML.escape(action.fullText))</span>")
                + "</td><td>\(action.responsible.map { entityLink($0.id) }.joined(separator: ", "))</td>"
                + "<td>\(action.partners.map { entityLink($0.id) }.joined(separator: ", "))</td>"
                + "<td>\(action.financing.map(HTML.escape).joined(separator: "<br>"))</td>"
                + "<td>\(HTML.escape(action.period.description))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// The plan adopted by one of `owners` that comes last before `plan` (by start, then id).
    func previousPlan(before plan: Entity, owners: [Entity]) -> Entity? {
        guard !owners.isEmpty else { return nil }
        let ownerIDs = Set(owners.map(\.id))
        func order(_ entity: Entity) -> (String, String) { (entity.validity.start?.description ?? "", entity.id.rawValue) }
        let sameOwner = network.plans.filter { other in
            network.relations(to: other.id).contains { $0.type == .adopted && ownerIDs.contains($0.from) }
        }
        return sameOwner.filter { order($0) < order(plan) }.max { order($0) < order($1) }
    }

    /// What a comparison found: goals and actions added and dropped, and actions that changed hands.
    func changes(_ comparison: PlanComparison, top: Int) -> String {
        var html = ""
        func list(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            html += heading(top, title + " (\(items.count))") + "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        list(language.text(en: "New goals", nb: "Nye mål"), comparison.goalsAdded.map { entityLink($0.id) })
        list(language.text(en: "Goals no longer there", nb: "Mål som er borte"), comparison.goalsRemoved.map { entityLink($0.id) })
        list(language.text(en: "New actions", nb: "Nye tiltak"), comparison.added.map { entityLink($0.entity.id) })
        list(language.text(en: "Actions dropped", nb: "Tiltak som er tatt ut"), comparison.dropped.map { entityLink($0.entity.id) })
        list(language.text(en: "Actions that changed hands", nb: "Tiltak med nye ansvarlige"), comparison.reassigned.map { match in
            entityLink(match.new.entity.id) + ": "
                + match.old.responsible.map { entityLink($0.id) }.joined(separator: ", ") + " → "
                + match.new.responsible.map { entityLink($0.id) }.joined(separator: ", ")
        })
        if html.isEmpty {
            html = "<p>\(language.text(en: "No changes found.", nb: "Ingen endringer funnet."))</p>\n"
        }
        return html
    }
}
