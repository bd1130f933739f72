/// An action plan as a table: its goals in the plan's order and, under each, its actions with
/// who is responsible, who takes part, how it is financed and when it runs.
///
/// Built by ``Network/plan(_:)`` from `part_of` (goal → plan, action → goal),
/// `responsible_for`, `partner_of`/`participates_in`, `funds` and `concerns` relations.
///
/// ```swift
/// if let table = network.plan("handlingsplan-fjellregionen-2021-2022") {
///     for action in table.actions {
///         print(action.goalNumber, action.entity.name, action.responsible.map(\.name))
///     }
/// }
/// ```
public struct PlanTable: Hashable, Sendable {
    /// The plan.
    public var plan: Entity
    /// Those recorded as having adopted the plan (`adopted`), sorted by name.
    public var owners: [Entity]
    /// The plan's goals (or focus areas), in the order the data lists them.
    public var goals: [Entity]
    /// Every action of the plan, goal by goal, in the order the data lists them.
    public var actions: [Action]

    /// One action (tiltak) of a plan.
    public struct Action: Hashable, Sendable {
        /// The action entity; its `description` is the action's full text.
        public var entity: Entity
        /// The goal the action is part of, or `nil` for an action directly under the plan.
        public var goal: Entity?
        /// The goal's number in the plan, from 1; 0 for an action directly under the plan.
        public var goalNumber: Int
        /// Those responsible ("Ansvar"), sorted by name.
        public var responsible: [Entity]
        /// Those the action is carried out with ("i samarbeid med", "bistand"), sorted by name.
        public var partners: [Entity]
        /// The financing: the action's `finansiering` attribute, then each funder of the action
        /// or of what it concerns, as "Funder → what (role)".
        public var financing: [String]
        /// The bodies, projects and places the action is about (`concerns`), sorted by id.
        public var subjects: [EntityID]
        /// When the action runs: its own validity, else the plan's.
        public var period: Validity
        /// The relations the row was built from, for sources.
        public var relations: [Relation]

        public init(
            entity: Entity, goal: Entity?, goalNumber: Int, responsible: [Entity], partners: [Entity],
            financing: [String], subjects: [EntityID], period: Validity, relations: [Relation]
        ) {
            self.entity = entity
            self.goal = goal
            self.goalNumber = goalNumber
            self.responsible = responsible
            self.partners = partners
            self.financing = financing
            self.subjects = subjects
            self.period = period
            self.relations = relations
        }

        /// The action's short text: its name.
        public var shortText: String { entity.name }

        /// The action's full text: its description, else its name.
        public var fullText: String { entity.description ?? entity.name }
    }

    public init(plan: Entity, owners: [Entity], goals: [Entity], actions: [Action]) {
        self.plan = plan
        self.owners = owners
        self.goals = goals
        self.actions = actions
    }

    /// The plan's period (its validity).
    public var period: Validity { plan.validity }

    /// The actions a body is responsible for, that concern an entity, or that serve goal number
    /// `goal` (from 1); `nil` leaves a filter out.
    public func filtered(
        responsible body: EntityID? = nil, concerning subject: EntityID? = nil, goal: Int? = nil
    ) -> PlanTable {
        var table = self
        table.actions = actions.filter { action in
            (body.map { id in action.responsible.contains { $0.id == id } } ?? true)
                && (subject.map { action.subjects.contains($0) } ?? true)
                && (goal.map { action.goalNumber == $0 } ?? true)
        }
        return table
    }
}
