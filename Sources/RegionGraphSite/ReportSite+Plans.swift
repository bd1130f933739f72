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
        if let previous = previousPlan(before: plan), let old = network.plan(previous.id) {
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

    /// The bodies a plan belongs to: those that adopted it or are responsible for it.
    func owners(of plan: EntityID) -> Set<EntityID> {
        Set(network.relations(to: plan).filter { $0.type == .adopted || $0.type == .responsibleFor }.map(\.from))
    }

    /// The plan before `plan` in the same series: one of its owners' plans, with actions, whose
    /// name (numbers left out) shares at least three quarters of its words with `plan`'s, and
    /// that comes last before it (by start, then id). "Handlingsplan 2019-2020 for Regionrådet
    /// for Fjellregionen" comes before "Handlingsplan Regionrådet for Fjellregionen 2021-2022";
    /// the council's "Strategisk plan" is of another series.
    func previousPlan(before plan: Entity) -> Entity? {
        let mine = owners(of: plan.id)
        guard !mine.isEmpty, network.plan(plan.id)?.actions.isEmpty == false else { return nil }
        let words = PlanComparison.words(in: plan.name)
        func order(_ entity: Entity) -> (String, String) { (entity.validity.start?.description ?? "", entity.id.rawValue) }
        return network.plans
            .filter { other in
                order(other) < order(plan) && !owners(of: other.id).isDisjoint(with: mine)
                    && PlanComparison.similarity(words, PlanComparison.words(in: other.name)) >= 0.75
                    && network.plan(other.id)?.actions.isEmpty == false
            }
            .max { order($0) < order($1) }
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
