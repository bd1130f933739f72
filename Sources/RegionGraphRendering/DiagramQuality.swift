import RegionGraphDiagrams
/// How legible a diagram is when printed on a page: how much it must be shrunk to fit, how small
/// its smallest text then is, and which edge labels a reader may attach to the wrong edge.
///
/// Measured from the SVG Graphviz draws, without Graphviz: the root's `width` and `height` give
/// the drawing's size; every `<text>` with something to show counts for the smallest text; every
/// text inside an edge's group (`<g class="edge">`) is one of its labels (see ``MisplacedLabel``).
/// A label's box is estimated from its position, anchor and font size — 0.6 × the font size per
/// character, from 0.8 × the size above the baseline to 0.25 × below — so the measurement reads
/// only the SVG, in pure Swift, without the fonts.
///
/// ```swift
/// let svg = try String(contentsOfFile: "Graphs/green-flyway.svg", encoding: .utf8)
/// let quality = try DiagramQuality.measure(svg: svg, page: .a4)
/// quality.page                      // .a4Landscape
/// quality.scale                     // 0.98: shrunk a little to fit the page
/// quality.smallestText              // 9.8: the 10 pt labels, shrunk
/// quality.misplacedLabels.isEmpty   // true
/// ```
public struct DiagramQuality: Sendable, Hashable {
    /// How far a label may be from its edge's line, in points at the drawing's own size: 10 pt.
    public static let labelDistanceLimit = 10.0

    /// The smallest text, in points once the drawing is scaled to its page, that reads in print.
    public static let minimumTextSize = 7.0

    /// The oriented page the drawing was measured on: for ``Page/a4``, the orientation on which
    /// it is larger.
    public var page: Page
    /// The factor the drawing is shrunk by to fit the page's printable area: at most 1, since a
    /// drawing is never enlarged.
    public var scale: Double
    /// The font size of the smallest text on the page, in points, after shrinking; `nil` for a
    /// drawing without text.
    public var smallestText: Double?
    /// How many edge labels the drawing has; a label of several lines counts once.
    public var labelCount: Int
    /// The edge labels that are too far from their edge, or nearer another edge, in the order
    /// the SVG draws them.
    public var misplacedLabels: [MisplacedLabel]

    /// Whether the drawing can be printed on its page as it is: every text at least
    /// ``minimumTextSize`` points once shrunk, and no misplaced label.
    public var isLegible: Bool {
        (smallestText ?? .infinity) >= Self.minimumTextSize - 0.05 && misplacedLabels.isEmpty
    }

    public init(page: Page, scale: Double, smallestText: Double?, labelCount: Int, misplacedLabels: [MisplacedLabel]) {
        self.page = page
        self.scale = scale
        self.smallestText = smallestText
        self.labelCount = labelCount
        self.misplacedLabels = misplacedLabels
    }

    /// Measures the diagram Graphviz drew as `svg`, printed on `page`.
    ///
    /// ```swift
    /// let quality = try DiagramQuality.measure(svg: svg, page: .a4Portrait)
    /// if let text = quality.smallestText, text < 7 { print("too small on A4: \(text) pt") }
    /// ```
    ///
    /// - Throws: ``SVGReadError`` when `svg` is not well-formed, has no `<svg>` root with an
    ///   absolute `width` and `height`, or has a number, path or transform that cannot be read.
    /// - Complexity: O(*n* + *l* × *c*) for *n* bytes, *l* labels and *c* curve pieces of edges.
    public static func measure(svg: String, page: Page = .a4) throws -> DiagramQuality {
        let drawing = try DiagramDrawing(SVGDocument(parsing: svg))
        let (placed, scale) = page.placement(width: drawing.width, height: drawing.height)
        return DiagramQuality(
            page: placed, scale: scale, smallestText: drawing.smallestFontSize.map { $0 * scale },
            labelCount: drawing.labels.count, misplacedLabels: misplacedLabels(of: drawing))
    }

    /// The labels more than ``labelDistanceLimit`` from their own edge's line or nearer another's.
    private static func misplacedLabels(of drawing: DiagramDrawing) -> [MisplacedLabel] {
        let bounds = drawing.edges.map { edge in edge.pieces.map(\.bounds) }
        /// The distance from `box` to an edge's line, or `limit` when it comes no nearer.
        func distance(from box: BoundingBox, toEdge edge: Int, below limit: Double) -> Double {
            var nearest = limit
            for (piece, pieceBounds) in zip(drawing.edges[edge].pieces, bounds[edge])
            where box.distance(to: pieceBounds) < nearest {
                nearest = piece.distance(to: box, below: nearest)
            }
            return nearest
        }

        var misplaced: [MisplacedLabel] = []
        for label in drawing.labels {
            let own = label.ownEdges.map { distance(from: label.box, toEdge: $0, below: .infinity) }.min() ?? .infinity
            var nearer: (edge: Int, distance: Double)?
            for edge in drawing.edges.indices where !label.ownEdges.contains(edge) {
                let other = distance(from: label.box, toEdge: edge, below: nearer?.distance ?? own)
                if other < (nearer?.distance ?? own) { nearer = (edge, other) }
            }
            guard own > labelDistanceLimit || nearer != nil else { continue }
            misplaced.append(
                MisplacedLabel(
                    text: label.text, edge: label.ownEdges.first.map { drawing.edges[$0].title } ?? "(no edge)", distance: own,
                    nearerEdge: nearer.map { drawing.edges[$0.edge].title }, nearerEdgeDistance: nearer?.distance))
        }
        return misplaced
    }
}
