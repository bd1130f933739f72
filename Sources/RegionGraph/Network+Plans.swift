extension Network {
    /// Roles of a `responsible_for` relation that make the body a partner rather than one
    /// of those responsible: "i samarbeid med", "avklares sammen med", "bistand".
    static func isPartnerRole(_ role: String?) -> Bool {
        guard let role = role?.lowercased() else { return false }
        return role.contains("samarbeid") || role.contains("sammen med") || role.contains("bistand")
    }

    /// The plans in the network (entities of kind `plan`), sorted by id.
    public var plans: [Entity] {
        entities.filter { $0.kind == .plan }.sorted { $0.id < $1.id }
    }

    /// The plan with id `id` as a table of goals and actions, or `nil` when `id` is not a plan.
    ///
    /// Goals are the `plan_goal` entities `part_of` the plan; actions the `plan_action`
    /// entities `part_of` a goal (or the plan itself). Those responsible come from
    /// `responsible_for`; a `responsible_for` whose role says "i samarbeid med" or "bistand",
    /// and a `partner_of` or `participates_in` relation to the action, make a partner instead.
    ///
    /// ```swift
    /// let table = network.plan("handlingsplan-fjellregionen-2019-2020")!
    /// print(table.goals.count, table.actions.count)   // 4 24
    /// ```
    public func plan(_ id: EntityID) -> PlanTable? {
        guard let plan = entity(id), plan.kind == .plan else { return nil }
        let owners = relations(to: id).filter { $0.type == .adopted }.compactMap { entity($0.from) }
        let parts = relations(to: id).filter { $0.type == .partOf }.compactMap { entity($0.from) }
        let goals = unique(parts.filter { $0.kind == .planGoal })
        var actions: [PlanTable.Action] = []
        for action in unique(parts.filter { $0.kind == .planAction }) {
            actions.append(planAction(action, goal: nil, number: 0, in: plan))
        }
        for (index, goal) in goals.enumerated() {
            let members = relations(to: goal.id).filter { $0.type == .partOf }.compactMap { entity($0.from) }
            for action in unique(members.filter { $0.kind == .planAction }) {
                actions.append(planAction(action, goal: goal, number: index + 1, in: plan))
            }
        }
        return PlanTable(plan: plan, owners: owners.sorted(by: Entity.byName), goals: goals, actions: actions)
    }

    private func unique(_ list: [Entity]) -> [Entity] {
        var seen = Set<EntityID>()
        return list.filter { seen.insert($0.id).inserted }
    }

    private func planAction(_ action: Entity, goal: Entity?, number: Int, in plan: Entity) -> PlanTable.Action {
        let incoming = relations(to: action.id)
        let outgoing = relations(from: action.id)
        let responsibility = incoming.filter { $0.type == .responsibleFor }
        let responsible = responsibility.filter { !Network.isPartnerRole($0.role) }.map(\.from)
        var partners = responsibility.filter { Network.isPartnerRole($0.role) }.map(\.from)
        partners += incoming.filter { $0.type == .partnerOf || $0.type == .participatesIn }.map(\.from)
        let concerns = outgoing.filter { $0.type == .concerns }
        let subjects = Array(Set(concerns.map(\.to))).sorted()
        var financing: [String] = []
        if let stated = action.attributes["finansiering"] { financing.append(stated) }
        var fundings: [Relation] = []
        for target in [action.id] + subjects {
            for funding in relations(to: target) where funding.type == .funds {
                fundings.append(funding)
                let funder = entity(funding.from).map { $0.shortName ?? $0.name } ?? funding.from.rawValue
                let what = target == action.id ? "" : " → " + (entity(target)?.name ?? target.rawValue)
                financing.append(funder + what + (funding.role.map { " (\($0))" } ?? ""))
            }
        }
        let responsibleSet = Set(responsible)
        let people = { (ids: [EntityID]) -> [Entity] in
            Array(Set(ids)).compactMap { self.entity($0) }.sorted(by: Entity.byName)
        }
        return PlanTable.Action(
            entity: action, goal: goal, goalNumber: number,
            responsible: people(responsible),
            partners: people(partners.filter { !responsibleSet.contains($0) }),
            financing: financing,
            subjects: subjects,
            period: action.validity.isUnbounded ? plan.validity : action.validity,
            relations: responsibility + incoming.filter { $0.type == .partnerOf || $0.type == .participatesIn }
                + concerns + fundings)
    }
}
