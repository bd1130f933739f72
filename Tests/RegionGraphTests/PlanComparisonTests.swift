import RegionGraph
import Testing

/// The plan matcher on small hand-made plans.
@Suite struct PlanComparisonTests {
    /// A network of two plans: `old` and `new`, each goal holding the given actions
    /// (id, text, responsible body, subjects).
    static func network(
        old: [(String, String, String, [String])], new: [(String, String, String, [String])],
        goals: Bool = true, extra: [Entity] = []
    ) -> Network {
        var entities: [Entity] = [
            Entity(id: "old", kind: .plan, name: "Plan 2019-2020"),
            Entity(id: "new", kind: .plan, name: "Plan 2021-2022"),
            Entity(id: "old-goal", kind: .planGoal, name: "Samferdsel"),
            Entity(id: "new-goal", kind: .planGoal, name: "Samferdsel og infrastruktur"),
            Entity(id: "au", kind: .board, name: "Arbeidsutvalget", aliases: ["AU"]),
            Entity(id: "adm", kind: .organisation, name: "Administrasjonen"),
            Entity(id: "forum", kind: .forum, name: "Jernbaneforum"),
            Entity(id: "road", kind: .facility, name: "RV3"),
        ] + extra
        var relations: [Relation] = []
        func add(_ from: EntityID, _ type: RelationType, _ to: EntityID) {
            relations.append(Relation(id: RelationID(rawValue: relations.count), from: from, type: type, to: to))
        }
        if goals {
            add("old-goal", .partOf, "old")
            add("new-goal", .partOf, "new")
        }
        for (plan, actions) in [("old", old), ("new", new)] {
            for (id, text, body, subjects) in actions {
                entities.append(Entity(id: EntityID(id), kind: .planAction, name: text, description: text))
                add(EntityID(id), .partOf, EntityID(goals ? plan + "-goal" : plan))
                add(EntityID(body), .responsibleFor, EntityID(id))
                for subject in subjects { add(EntityID(id), .concerns, EntityID(subject)) }
            }
        }
        return Network(entities: entities, relations: relations)
    }

    static func compare(_ network: Network) -> PlanComparison {
        PlanComparison(old: network.plan("old")!, new: network.plan("new")!)
    }

    @Test func rewordedActionContinuesByWording() {
        let network = Self.network(
            old: [("o1", "Gi innspill til og følge opp statlige planer", "au", [])],
            new: [("n1", "gi fortløpende innspill til statlige planer og strategier", "au", [])])
        let comparison = Self.compare(network)
        #expect(comparison.continued.count == 1)
        #expect(comparison.continued.first?.reason == .wording)
        #expect(comparison.continued.first?.sharedWords == ["gi", "innspill", "plan", "statlig"])
        #expect(comparison.added.isEmpty && comparison.dropped.isEmpty && comparison.reassigned.isEmpty)
    }

    @Test func sharedSubjectPairsDifferentWording() {
        let network = Self.network(
            old: [("o1", "Delta i møter i forumet", "au", ["forum"])],
            new: [("n1", "Være sekretariat for samarbeidet om banen", "adm", ["forum"])])
        let comparison = Self.compare(network)
        #expect(comparison.continued.map(\.reason) == [.subjects])
        #expect(comparison.continued.first?.sharedSubjects == ["forum"])
        #expect(comparison.reassigned.count == 1)
        #expect(comparison.reassigned.first?.bodiesRemoved.map(\.id) == ["au"])
        #expect(comparison.reassigned.first?.bodiesAdded.map(\.id) == ["adm"])
    }

    @Test func splitActionMatchesBothParts() {
        let network = Self.network(
            old: [("o1", "Gjennomføre ungdomsmesse og avklare videreføring av entreprenørskapsarbeidet i skolene", "au", [])],
            new: [
                ("n1", "gjennomføre ungdomsmesse for skolene", "au", []),
                ("n2", "avklare videre arbeid med entreprenørskap", "au", []),
            ])
        let comparison = Self.compare(network)
        #expect(Set(comparison.continued.map(\.new.entity.id)) == ["n1", "n2"])
        #expect(comparison.added.isEmpty && comparison.dropped.isEmpty)
    }

    @Test func mergedActionsMatchTheOne() {
        let network = Self.network(
            old: [
                ("o1", "Gi innspill til fylkeskommunale planer", "au", []),
                ("o2", "Gi innspill til statlige planer", "au", []),
            ],
            new: [("n1", "gi innspill til fylkeskommunale og statlige planer", "au", [])])
        let comparison = Self.compare(network)
        #expect(comparison.continued.map(\.old.entity.id) == ["o1", "o2"])
        #expect(comparison.continued.allSatisfy { $0.new.entity.id == "n1" })
    }

    @Test func unrelatedActionsAreNewAndDroppedNotGuessed() {
        let network = Self.network(
            old: [("o1", "Delta i Vegforum RV3", "au", ["road"])],
            new: [("n1", "Bidra til kjeveortopedi i regionen", "au", [])])
        let comparison = Self.compare(network)
        #expect(comparison.continued.isEmpty)
        #expect(comparison.dropped.map(\.entity.id) == ["o1"])
        #expect(comparison.added.map(\.entity.id) == ["n1"])
    }

    @Test func bodyRenamedThroughAnAliasIsNotReassigned() throws {
        // The old plan writes "AU", the new "Arbeidsutvalget": one entity, so no reassignment.
        let network = Self.network(
            old: [("o1", "Delta i Jernbaneforum", "au", ["forum"])],
            new: [("n1", "Delta aktivt i Jernbaneforum", "au", ["forum"])])
        #expect(try network.entity(named: "AU").id == "au")
        let comparison = Self.compare(network)
        #expect(comparison.continued.map(\.reason) == [.both])
        #expect(comparison.reassigned.isEmpty)
        #expect(comparison.bodyCounts.map { [$0.old, $0.new] } == [[1, 1]])
    }

    @Test func planWithoutGoals() {
        let network = Self.network(
            old: [("o1", "Delta i Jernbaneforum", "au", ["forum"])],
            new: [("n1", "Delta i Jernbaneforum", "adm", ["forum"])], goals: false)
        let table = network.plan("new")!
        #expect(table.goals.isEmpty)
        #expect(table.actions.map(\.goalNumber) == [0])
        let comparison = Self.compare(network)
        #expect(comparison.continued.count == 1 && comparison.goalsAdded.isEmpty && comparison.goalsRemoved.isEmpty)
        #expect(comparison.bodyCounts.map { [$0.body.id.rawValue: $0.change] } == [["adm": 1], ["au": -1]])
    }

    @Test func planWithItselfContinuesEverything() {
        let network = Self.network(
            old: [("o1", "Delta i Jernbaneforum", "au", ["forum"]), ("o2", "Kjeveortopedi", "au", [])],
            new: [])
        let table = network.plan("old")!
        let comparison = PlanComparison(old: table, new: table)
        #expect(Set(comparison.continued.map { [$0.old.entity.id, $0.new.entity.id] }) == [["o1", "o1"], ["o2", "o2"]])
        #expect(comparison.added.isEmpty && comparison.dropped.isEmpty && comparison.reassigned.isEmpty)
    }

    @Test func notAPlanHasNoTable() {
        #expect(Self.network(old: [], new: []).plan("au") == nil)
    }

    @Test func wordsAreNormalised() {
        #expect(PlanComparison.words(in: "Gi innspill til og følge opp statlige planer i 2019")
            == ["følg", "gi", "innspill", "opp", "plan", "statlig"])
    }
}
