/// One dated change in the network: an entity or a relation that began or ended, a fact
/// stated for a date, a succession. ``Network/history(of:)`` and
/// ``Network/changes(from:to:around:)`` answer with them, in date order.
///
/// ```swift
/// for event in network.history(of: "bjugn") {
///     print(event.date, event.kind)   // 2019-12-31 ended, 2020-01-01 succeeded, …
/// }
/// ```
public struct TimelineEvent: Hashable, Sendable {
    /// What happened.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The entity came into being, or the relation began to hold.
        case began
        /// A relation ended and one of the same type between the same entities began in the
        /// same period: its role or dates changed (``TimelineEvent/previous`` is the old one).
        case changed
        /// The relation is stated for this date, without a start or an end.
        case stated
        /// The entity ended, or the relation ceased to hold.
        case ended
        /// An entity was succeeded by another (merged into it, or renamed as it); the date is
        /// the successor's start.
        case succeeded
    }

    /// What the event is about.
    public enum Subject: Hashable, Sendable {
        case entity(Entity)
        case relation(Relation)
    }

    public var date: PartialDate
    public var kind: Kind
    public var subject: Subject
    /// For ``Kind/changed``: the relation as it was before.
    public var previous: Relation?

    public init(date: PartialDate, kind: Kind, subject: Subject, previous: Relation? = nil) {
        self.date = date
        self.kind = kind
        self.subject = subject
        self.previous = previous
    }

    /// The relation the event is about, if it is about one.
    public var relation: Relation? {
        if case .relation(let relation) = subject { return relation }
        return nil
    }

    /// Date order; on one date, what began before what ended, then by the subject.
    static func precedes(_ lhs: TimelineEvent, _ rhs: TimelineEvent) -> Bool {
        if lhs.date.firstDay != rhs.date.firstDay { return lhs.date.firstDay < rhs.date.firstDay }
        if lhs.date.lastDay != rhs.date.lastDay { return lhs.date.lastDay < rhs.date.lastDay }
        let order: [Kind] = [.began, .stated, .changed, .ended, .succeeded]
        if lhs.kind != rhs.kind { return order.firstIndex(of: lhs.kind)! < order.firstIndex(of: rhs.kind)! }
        switch (lhs.subject, rhs.subject) {
        case (.entity(let a), .entity(let b)): return a.id < b.id
        case (.entity, .relation): return true
        case (.relation, .entity): return false
        case (.relation(let a), .relation(let b)): return a.id < b.id
        }
    }
}
