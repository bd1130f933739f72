import RegionGraph

/// Relations of a split view that belong on the same page or pages, such as the view's
/// councils and forums (see ``DiagramView/Split``).
///
/// ```swift
/// let group = try Diagram.pageGroups(of: view, in: network)[1]
/// group.heading           // "Råd, fora og styrer"
/// group.units.count       // 7: seven bodies, each with its relations to the focus
/// ```
public struct DiagramPageGroup: Sendable {
    /// What the group holds, in Norwegian, printed under the title of its page.
    public var heading: String
    /// The group's relations in units that stay on one page: each unit all the relations of
    /// one entity.
    public var units: [[Relation]]

    public init(heading: String, units: [[Relation]]) {
        self.heading = heading
        self.units = units
    }

    /// Every relation of the group, unit by unit.
    public var relations: [Relation] { units.flatMap { $0 } }
}
