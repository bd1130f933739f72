/// An edge label a reader may take for another edge's, or not connect to its own: it lies more
/// than ``DiagramQuality/labelDistanceLimit`` from its edge's line, or nearer another edge's line
/// than its own.
///
/// Distances are in points at the drawing's own size, before it is shrunk to a page.
///
/// ```swift
/// for label in try DiagramQuality.measure(svg: svg).misplacedLabels {
///     print(label)
///     // "medlemskommune" of roros->ipr-trondelag-sor: 14.3 pt from its edge, 0.5 pt from tolga->destinasjon-roros
/// }
/// ```
public struct MisplacedLabel: Sendable, Hashable, CustomStringConvertible {
    /// The label's text; the lines of a label of several lines are joined by a line feed.
    public var text: String
    /// The label's edge: the title Graphviz gives it, `tail->head` (`roros->green-flyway`).
    public var edge: String
    /// The distance from the label to its edge's line; infinite when the edge has no line.
    public var distance: Double
    /// The nearest other edge, when its line is nearer the label than the label's own.
    public var nearerEdge: String?
    /// The distance from the label to ``nearerEdge``'s line.
    public var nearerEdgeDistance: Double?

    public init(text: String, edge: String, distance: Double, nearerEdge: String? = nil, nearerEdgeDistance: Double? = nil) {
        self.text = text
        self.edge = edge
        self.distance = distance
        self.nearerEdge = nearerEdge
        self.nearerEdgeDistance = nearerEdgeDistance
    }

    public var description: String {
        let text = self.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        var line = "\"\(text)\" of \(edge): \(Self.format(distance)) pt from its edge"
        if let nearerEdge, let nearerEdgeDistance {
            line += ", \(Self.format(nearerEdgeDistance)) pt from \(nearerEdge)"
        }
        return line
    }

    /// `distance` with one decimal, without Foundation.
    static func format(_ distance: Double) -> String {
        guard distance.isFinite else { return "∞" }
        let tenths = (distance * 10).rounded()
        guard abs(tenths) < 1e15 else { return "\(distance)" }
        let whole = Int(tenths)
        return "\(whole < 0 ? "-" : "")\(abs(whole) / 10).\(abs(whole) % 10)"
    }
}
