import Foundation

/// What the diagram measurement reads from Graphviz's SVG: the drawing's size, its texts' font
/// sizes, and its edges' lines and labels, every length in points at the drawing's own size.
///
/// Graphviz draws everything inside one group, `<g id="graph0" class="graph"
/// transform="scale(…) rotate(…) translate(…)">`, whose scale — and the root's `viewBox`, which
/// maps user units onto the root's `width` and `height` — make a user unit a number of points.
/// Positions are multiplied by that number and translations are left out: distances between
/// things drawn in the same group stay right.
///
/// An edge is a `<g class="edge">` with a `<title>`, one or more `<path>`s, arrowheads, and the
/// `<text>`s of its labels, possibly inside nested `<g>` and `<a>` elements. A text's box is
/// estimated from its position, anchor and font size: ``characterWidth`` × the font size per
/// character, from 0.8 × the size above the baseline to 0.25 × below. Texts of one edge that
/// follow each other with boxes at most half a font size apart are one label: the lines of a
/// label of several lines, or the pieces of one line.
struct DiagramDrawing {
    struct Edge {
        var title: String
        var pieces: [CubicSegment] = []
        /// The index of the edge's `<g>` element, whose `<title>` child names it.
        var element: Int
        var hasTitle = false
    }

    struct Label {
        var text: String
        var box: BoundingBox
        /// The edge whose group holds the label, or −1 − *n* for the *n*th label node.
        var edge: Int
        var baseline: Double
        var fontSize: Double
        /// The edges the label belongs to: its edge, or both halves of an edge drawn through a
        /// label node.
        var ownEdges: [Int] = []
    }

    /// A node that holds an edge's label, the edge drawn through it: its name starts with
    /// ``labelNodePrefix`` (after a space, which no entity id has).
    struct LabelNode {
        var title = ""
        var element: Int
    }

    /// How the names of label nodes start, once trimmed.
    static let labelNodePrefix = "label "

    /// The group a drawn element belongs to.
    private enum Owner: Equatable { case drawing, edge(Int), node(Int), cluster }

    /// The estimated advance of a character of DejaVu Sans, in font sizes: a little more than the
    /// 0.55 the edge labels of the committed diagrams average (0.43 for "tiltak [1]", 0.69 for
    /// "medlemskommune").
    static let characterWidth = 0.6

    /// The drawing's size in points: the root's `width` and `height`.
    var width: Double
    var height: Double
    /// The font size of the smallest text with something to show, in points at the drawing's size.
    var smallestFontSize: Double?
    var edges: [Edge] = []
    var labels: [Label] = []
    var nodes: [LabelNode] = []

    /// Reads what the measurement needs from `document`.
    ///
    /// - Throws: ``SVGReadError`` when the root is not an `<svg>` with an absolute `width` and
    ///   `height`, when a number, path or transform cannot be read, or when an element inside the
    ///   drawing has a transform of its own.
    /// - Complexity: O(*n* + *b*) for *n* elements and *b* bytes of attribute values.
    init(_ document: SVGDocument) throws {
        let elements = document.elements
        let root = elements[0]
        guard root.localName == "svg" else {
            throw SVGReadError(line: root.line, problem: "the root element is <\(root.name)>, not <svg>")
        }
        func length(_ name: String) throws -> Double {
            guard let text = root.attributes[name] else {
                throw SVGReadError(line: root.line, problem: "the <svg> element has no \(name)")
            }
            guard let length = SVGLength(text), length.points > 0 else {
                throw SVGReadError(
                    line: root.line, problem: "the \(name) \"\(text.prefix(40))\" of <svg> is not a positive absolute length")
            }
            return length.points
        }
        width = try length("width")
        height = try length("height")

        // Points per user unit, from the viewBox; CSS pixels without one.
        var rootScale = 0.75
        if let viewBox = root.attributes["viewBox"] {
            guard let numbers = SVGValueScanner.numbers(in: viewBox), numbers.count == 4, numbers[2] > 0, numbers[3] > 0
            else {
                throw SVGReadError(
                    line: root.line,
                    problem: "the viewBox \"\(viewBox.prefix(60))\" is not four numbers with a positive size")
            }
            rootScale = min(width / numbers[2], height / numbers[3])
        }

        struct Context {
            var scale: Double
            var owner: Owner
            var fontSize: Double?
            var anchor: Substring?
        }
        var contexts: [Context] = []
        contexts.reserveCapacity(elements.count)
        var graphSeen = false
        for (index, element) in elements.enumerated() {
            var context = element.parent.map { contexts[$0] } ?? Context(scale: rootScale, owner: .drawing)
            do {
                let classes = element.classes
                let isGroup = element.localName == "g"
                if let transform = element.attributes["transform"] {
                    guard isGroup, !graphSeen, classes.contains("graph") else {
                        throw SVGReadError(
                            line: nil,
                            problem: "<\(element.name)> has a transform of its own; the measurement reads Graphviz's SVG, "
                                + "where only the graph's group has one")
                    }
                    context.scale *= try SVGTransform.scaleFactor(of: transform)
                    guard context.scale > 0 else { throw SVGReadError(line: nil, problem: "the graph is scaled to nothing") }
                }
                if isGroup {
                    if classes.contains("graph") {
                        graphSeen = true
                        context.owner = .drawing
                    } else if classes.contains("edge") {
                        context.owner = .edge(edges.count)
                        edges.append(Edge(title: element.attributes["id"] ?? "edge \(edges.count + 1)", element: index))
                    } else if classes.contains("node") {
                        context.owner = .node(nodes.count)
                        nodes.append(LabelNode(element: index))
                    } else if classes.contains("cluster") {
                        context.owner = .cluster
                    }
                }
                if let fontSize = element.attributes["font-size"] {
                    guard let length = SVGLength(fontSize), length.value >= 0 else {
                        throw SVGReadError(line: nil, problem: "the font-size \"\(fontSize.prefix(40))\" is not a size")
                    }
                    context.fontSize = length.userUnits
                }
                if let anchor = element.attributes["text-anchor"] {
                    context.anchor = anchor.split(separator: " ").first
                }
                contexts.append(context)

                switch (element.localName, context.owner) {
                case ("title", .edge(let edge)) where element.parent == edges[edge].element && !edges[edge].hasTitle:
                    edges[edge].title = element.text
                    edges[edge].hasTitle = true
                case ("title", .node(let node)) where element.parent == nodes[node].element:
                    nodes[node].title = element.text.trimmingCharacters(in: .whitespaces)
                case ("path", .edge(let edge)):
                    let pieces = try SVGPathData.segments(element.attributes["d"] ?? "")
                    edges[edge].pieces += pieces.map { $0.scaled(by: context.scale) }
                case ("text", let owner):
                    try read(text: element, scale: context.scale, fontSize: context.fontSize, anchor: context.anchor, owner: owner)
                default:
                    break
                }
            } catch var error as SVGReadError {
                error.line = element.line
                throw error
            }
        }
        // A label node's label belongs to the edges that end or start at the node.
        let ends = edges.map { edge in
            edge.title.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        for index in labels.indices {
            let edge = labels[index].edge
            if edge >= 0 {
                labels[index].ownEdges = [edge]
            } else {
                let title = nodes[-1 - edge].title
                labels[index].ownEdges = ends.indices.filter { ends[$0].contains(title) }
            }
        }
    }

    /// Counts a text's size, and adds it to its edge's labels when it has an edge.
    private mutating func read(
        text element: SVGDocument.Element, scale: Double, fontSize: Double?, anchor: Substring?, owner: Owner
    ) throws {
        // An empty text shows nothing, and SVG's default size is 16 px (12 pt).
        guard element.text.contains(where: { !$0.isWhitespace }) else { return }
        let size = fontSize ?? 16
        guard size > 0 else { return }
        smallestFontSize = min(smallestFontSize ?? .infinity, size * scale)
        let edge: Int
        switch owner {
        case .edge(let index): edge = index
        case .node(let index) where nodes[index].title.hasPrefix(Self.labelNodePrefix): edge = -1 - index
        case .drawing, .node, .cluster: return
        }

        func coordinate(_ name: String) throws -> Double {
            guard let value = element.attributes[name] else { return 0 }
            guard let first = SVGValueScanner.numbers(in: value)?.first else {
                throw SVGReadError(line: nil, problem: "the \(name) \"\(value.prefix(40))\" of <text> is not a number")
            }
            return first
        }
        let x = try coordinate("x")
        let y = try coordinate("y")
        let width = Double(element.text.count) * Self.characterWidth * size
        let left =
            switch anchor {
            case "middle": x - width / 2
            case "end": x - width
            default: x
            }
        let box = BoundingBox(minX: left, minY: y - 0.8 * size, maxX: left + width, maxY: y + 0.25 * size)
            .scaled(by: scale)
        let label = Label(text: element.text, box: box, edge: edge, baseline: y * scale, fontSize: size * scale)
        if var last = labels.last, last.edge == edge,
            last.box.distance(to: box) <= 0.5 * min(last.fontSize, label.fontSize)
        {
            last.text += (last.baseline == label.baseline ? "" : "\n") + label.text
            last.box = last.box.union(box)
            last.baseline = label.baseline
            last.fontSize = min(last.fontSize, label.fontSize)
            labels[labels.count - 1] = last
        } else {
            labels.append(label)
        }
    }
}
