/// Two periods of an action plan compared: which actions continue (possibly reworded), which
/// are new, which were dropped, and where responsibility moved between bodies.
///
/// Matching is deterministic and explainable. An old and a new action are a pair when
///
/// - they concern a common *specific* subject (`concerns` targets; a subject that more than a
///   quarter of a plan's actions concern, and more than two, is too general to tell actions
///   apart and is not counted), or
/// - the similarity of their texts (name and full text, see ``words(in:)``) reaches
///   `threshold`: the share of words, counted on both sides, that have a match on the other
///   side (equal, or one a prefix of the other, at least 5 letters: Norwegian compounds).
///
/// An action present in both plans (the same id) is paired with itself only. Every other
/// pair above the line is kept, so an action split in two matches both of its parts and
/// two actions merged into one both match it. Actions in no pair are listed as new or dropped.
///
/// ```swift
/// let old = network.plan("handlingsplan-fjellregionen-2019-2020")!
/// let new = network.plan("handlingsplan-fjellregionen-2021-2022")!
/// let comparison = PlanComparison(old: old, new: new)
/// for match in comparison.continued { print(match.old.entity.name, "→", match.new.entity.name) }
/// ```
public struct PlanComparison: Hashable, Sendable {
    /// The default `threshold`.
    public static let defaultThreshold = 0.3

    public var old: PlanTable
    public var new: PlanTable
    public var threshold: Double
    /// The pairs of continued actions, in the old plan's order, then the new plan's.
    public var continued: [Match]
    /// Actions of the new plan that match none of the old one, in plan order.
    public var added: [PlanTable.Action]
    /// Actions of the old plan that match none of the new one, in plan order.
    public var dropped: [PlanTable.Action]
    /// Goals of the new plan with no counterpart in the old one.
    public var goalsAdded: [Entity]
    /// Goals of the old plan with no counterpart in the new one.
    public var goalsRemoved: [Entity]

    /// Why two actions were paired.
    public enum Reason: String, Hashable, Sendable {
        /// They concern a common specific subject.
        case subjects
        /// Their texts are similar.
        case wording
        /// Both.
        case both
    }

    /// An old action and the new action that continues it.
    public struct Match: Hashable, Sendable {
        public var old: PlanTable.Action
        public var new: PlanTable.Action
        public var reason: Reason
        /// The specific subjects both concern, sorted by id.
        public var sharedSubjects: [EntityID]
        /// The words the texts have in common (each from the old text), sorted.
        public var sharedWords: [String]
        /// The text similarity, 0 to 1.
        public var similarity: Double

        /// Bodies responsible for the old action but not the new one.
        public var bodiesRemoved: [Entity] {
            let now = Set(new.responsible.map(\.id))
            return old.responsible.filter { !now.contains($0.id) }
        }

        /// Bodies responsible for the new action but not the old one.
        public var bodiesAdded: [Entity] {
            let before = Set(old.responsible.map(\.id))
            return new.responsible.filter { !before.contains($0.id) }
        }

        /// Whether responsibility moved: the responsible bodies differ.
        public var isReassigned: Bool { !bodiesRemoved.isEmpty || !bodiesAdded.isEmpty }
    }

    /// How many actions one body is responsible for in each plan.
    public struct BodyCount: Hashable, Sendable {
        public var body: Entity
        public var old: Int
        public var new: Int
        public var change: Int { new - old }
    }

    /// Compares `old` with `new`; pairs need a shared subject or a text similarity of at least
    /// `threshold` (0 to 1).
    public init(old: PlanTable, new: PlanTable, threshold: Double = PlanComparison.defaultThreshold) {
        self.old = old
        self.new = new
        self.threshold = threshold
        let general = PlanComparison.generalSubjects(in: old).union(PlanComparison.generalSubjects(in: new))
        let oldWords = old.actions.map { PlanComparison.words(in: $0.fullText) }
        let newWords = new.actions.map { PlanComparison.words(in: $0.fullText) }
        var matches: [Match] = []
        var matchedOld = Set<Int>()
        var matchedNew = Set<Int>()
        let newIDs = Set(new.actions.map(\.entity.id))
        let oldIDs = Set(old.actions.map(\.entity.id))
        for (i, before) in old.actions.enumerated() {
            for (j, after) in new.actions.enumerated() {
                // An action in both plans is paired with itself only.
                if newIDs.contains(before.entity.id) || oldIDs.contains(after.entity.id) {
                    guard before.entity.id == after.entity.id else { continue }
                }
                let subjects = Set(before.subjects).intersection(after.subjects).subtracting(general).sorted()
                let similarity = PlanComparison.similarity(oldWords[i], newWords[j])
                let similar = similarity >= threshold
                guard similar || !subjects.isEmpty else { continue }
                let reason: Reason = similar && !subjects.isEmpty ? .both : similar ? .wording : .subjects
                let shared = oldWords[i].filter { word in newWords[j].contains { PlanComparison.sameWord(word, $0) } }
                matches.append(Match(
                    old: before, new: after, reason: reason, sharedSubjects: subjects,
                    sharedWords: shared.sorted(), similarity: similarity))
                matchedOld.insert(i)
                matchedNew.insert(j)
            }
        }
        continued = matches
        dropped = old.actions.enumerated().filter { !matchedOld.contains($0.offset) }.map(\.element)
        added = new.actions.enumerated().filter { !matchedNew.contains($0.offset) }.map(\.element)
        // Goals pair one to one: the most similar pairs first, each goal at most once, so a goal
        // is not kept alive by a new one that shares a word but whose closer match is another.
        let oldGoalWords = old.goals.map { PlanComparison.words(in: $0.name) }
        let newGoalWords = new.goals.map { PlanComparison.words(in: $0.name) }
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for (i, before) in old.goals.enumerated() {
            for (j, after) in new.goals.enumerated() {
                let score = before.id == after.id ? 2 : PlanComparison.similarity(oldGoalWords[i], newGoalWords[j])
                if score >= threshold { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old, $0.new) < ($1.old, $1.new) }
        var pairedOld = Set<Int>()
        var pairedNew = Set<Int>()
        for candidate in candidates where !pairedOld.contains(candidate.old) && !pairedNew.contains(candidate.new) {
            pairedOld.insert(candidate.old)
            pairedNew.insert(candidate.new)
        }
        goalsAdded = new.goals.enumerated().filter { !pairedNew.contains($0.offset) }.map(\.element)
        goalsRemoved = old.goals.enumerated().filter { !pairedOld.contains($0.offset) }.map(\.element)
    }

    /// The continued pairs whose responsible bodies differ.
    public var reassigned: [Match] { continued.filter(\.isReassigned) }

    /// For every body responsible for an action in either plan, the number of actions in each,
    /// sorted by name.
    public var bodyCounts: [BodyCount] {
        var counts: [EntityID: BodyCount] = [:]
        for action in old.actions {
            for body in action.responsible { counts[body.id, default: BodyCount(body: body, old: 0, new: 0)].old += 1 }
        }
        for action in new.actions {
            for body in action.responsible { counts[body.id, default: BodyCount(body: body, old: 0, new: 0)].new += 1 }
        }
        return counts.values.sorted { Entity.byName($0.body, $1.body) }
    }

    /// Subjects too general to identify an action: concerned by more than two actions of the
    /// plan and by more than a quarter of them.
    static func generalSubjects(in plan: PlanTable) -> Set<EntityID> {
        var counts: [EntityID: Int] = [:]
        for action in plan.actions {
            for subject in action.subjects { counts[subject, default: 0] += 1 }
        }
        let limit = max(2, plan.actions.count / 4)
        return Set(counts.filter { $0.value > limit }.keys)
    }
}
