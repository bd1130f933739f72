/// An SVG text read into a flat list of its elements, in document order, each pointing at its
/// parent: nothing is recursive, so no input can exhaust the stack.
///
/// Only what the diagram measurement needs is kept: names, attributes (entities decoded), the
/// decoded character data of `<text>` and `<title>` elements, and where each element starts.
struct SVGDocument {
    struct Element {
        /// The element's name as written, with any prefix (`svg`, `g`, `svg:text`).
        var name: String
        var attributes: [String: String]
        /// The index of the parent element; `nil` for the root, which is always at index 0.
        var parent: Int?
        /// For `<text>` and `<title>`: the character data inside it, entities decoded.
        var text = ""
        /// The line the element's start tag is on, counted from 1.
        var line: Int

        /// The name without a namespace prefix.
        var localName: Substring {
            name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
        }

        /// The words of the `class` attribute.
        var classes: [Substring] {
            attributes["class"]?.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) ?? []
        }
    }

    /// Every element, parents before their children; the root first.
    var elements: [Element]

    /// Reads `text`, which must be well-formed XML with one root element.
    ///
    /// - Throws: ``SVGReadError`` with the line of the first problem.
    /// - Complexity: O(*n*) for a text of *n* bytes.
    init(parsing text: String) throws {
        var scanner = SVGScanner(text)
        elements = try scanner.elements()
    }
}
