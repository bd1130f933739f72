import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegionGraph
import RegionGraphDiagrams
import RegionGraphTestSupport
import Testing
import RegionGraphIO
@testable import RegionGraphRendering

/// Hostile text through the diagram path (issue 5): names, roles and quotes that try to break
/// DOT, Graphviz's escapes, SVG/XML or a browser go through `DiagramOutput` to DOT, SVG, PNG
/// and PDF. Each renders; the SVG is well-formed, holds only drawing elements, has exactly the
/// nodes, edges and clusters of a twin network with plain names, and every node's text equals
/// its name. (The exports are covered by ExportHostileTextTests, with the same fixture text.)
@Suite struct HostileTextDiagramTests {
    /// Every hostile label, each an entity name (and role, and quote) of its own.
    static let labels: [String] = [
        #"Holtålen "kommune" \"quoted\" "#,
        #"back\slash\ and trailing\"#,
        #"\N \G \E \T \H \L \n \l \r escapes"#,
        #"<b>&amp;</b> < > & &lt; ]]> <!-- x -->"#,
        #"<script>alert("x")</script>"#,
        #"<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>"#,
        #"x"]; injected [label="owned"]; hub -> injected; a [label="y"#,
        #"}; digraph other { z"#,
        #"<<TABLE><TR><TD>html</TD></TR></TABLE>>"#,
        "line one\nline two\r\nline three",
        "tab\tseparated\tname",
        ExportFixture.longName,
        ExportFixture.bidi,
        "\u{202E}evil\u{202C} \u{2066}isolate\u{2069} עברית",
        ExportFixture.emoji,
        "Hol\u{301}ta\u{30A}len e\u{301}\u{302}\u{303} a\u{0338}",
        "Åarjelsaemien tjïelte Snåasen tjïelte Raarvihken tjïelte Plassje Rossen tjïelte",
        ExportFixture.mermaidAttack,
        ExportFixture.formula,
        "'single' `tick` ;semi: colon, comma | pipe { brace } [ bracket ] # hash %% percent",
    ]

    /// Control characters are not valid in XML 1.0, so an SVG cannot carry them verbatim; they
    /// must still neither break the file nor inject anything.
    static let controls = ExportFixture.controls + " " + ExportFixture.forbiddenControls

    static func network(labels: [String] = labels, names: (Int, String) -> String) -> Network {
        let hub = Entity(
            id: "hub", kind: .regionalCouncil, name: names(-1, "Regionrådet \"<&>\""),
            citations: [Citation(document: "doc", quote: names(-2, "kilde"))])
        var entities = [hub]
        var relations: [Relation] = []
        for (index, label) in labels.enumerated() {
            let id = EntityID("e\(index)")
            entities.append(Entity(id: id, kind: index.isMultiple(of: 2) ? .municipality : .company, name: names(index, label)))
            relations.append(Relation(
                id: RelationID(rawValue: relations.count), from: id, type: .memberOf, to: "hub",
                role: names(index, label), citations: [Citation(document: "doc", quote: names(index, label))]))
        }
        return Network(entities: entities, relations: relations,
                       documents: [SourceDocument(id: "doc", title: names(-3, ExportFixture.markup))])
    }

    static let hostile = network { _, label in label }
    static let plain = network { index, _ in "Navn \(index + 10)" }

    static let views: [DiagramView] = [
        DiagramView(name: "network", title: #"Title "<&>" \N ]]>"#, scope: .network),
        DiagramView(name: "members", title: ExportFixture.bidi, scope: .members(of: "hub")),
        DiagramView(name: "neighbourhood", title: "x", scope: .neighbourhood(of: ["e0", "hub"], depth: 1), layout: .neato),
    ]

    /// The element names a Graphviz SVG may hold; nothing that runs script or embeds content.
    static let drawingElements: Set<String> = [
        "svg", "g", "title", "text", "path", "polygon", "polyline", "ellipse", "a", "defs",
        "linearGradient", "radialGradient", "stop", "image",
    ]

    /// The nodes of a Graphviz SVG: the node's name (its `<title>`) and the text of its label.
    static func nodes(of svg: XMLElementNode) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for group in svg.all("g") where group.attributes["class"] == "node" {
            let title = group.children.first { $0.name == "title" }?.text ?? ""
            result[title] = group.all("text").map(\.text)
        }
        return result
    }

    static func count(_ kind: String, in svg: XMLElementNode) -> Int {
        svg.all("g").filter { $0.attributes["class"] == kind }.count
    }

    @Test(arguments: views)
    func everyFormatRendersAndNothingIsInjected(view: DiagramView) throws {
        let hostile = try Diagram(view: view, network: Self.hostile)
        let plain = try Diagram(view: view, network: Self.plain)
        #expect(hostile.entities.count == plain.entities.count)
        for format in [DiagramFormat.png, .pdf] {
            let bytes = try DiagramOutput.bytes(of: hostile, as: format)
            #expect(bytes.count > 100, "\(format)")
        }
        let dot = try DiagramOutput.bytes(of: hostile, as: .dot)
        #expect(!dot.contains(0), "a NUL byte in DOT would cut the text short in C")
        let svgText = String(decoding: try DiagramOutput.bytes(of: hostile, as: .svg), as: UTF8.self)
        let plainText = String(decoding: try DiagramOutput.bytes(of: plain, as: .svg), as: UTF8.self)
        let (parsed, error) = XMLElementNode.parse(svgText)
        let svg = try #require(parsed, "the SVG is not well-formed: \(error ?? "")")
        let twin = try #require(XMLElementNode.parse(plainText).0)
        // The same drawing as the plain twin: no node, edge or cluster added or lost.
        for kind in ["node", "edge", "cluster"] {
            #expect(Self.count(kind, in: svg) == Self.count(kind, in: twin), "\(view.name): \(kind)s")
        }
        #expect(Set(Self.nodes(of: svg).keys) == Set(Self.nodes(of: twin).keys), "\(view.name): node names")
        // Nothing outside Graphviz's drawing vocabulary, no event handlers, no script links.
        let elements = Set(Self.allElements(svg).map(\.name))
        #expect(elements.isSubset(of: Self.drawingElements), "\(view.name): \(elements.subtracting(Self.drawingElements))")
        for element in Self.allElements(svg) {
            for (name, value) in element.attributes {
                #expect(!name.lowercased().hasPrefix("on"), "\(view.name): attribute \(name)")
                if name.lowercased().hasSuffix("href") {
                    #expect(!value.lowercased().contains("javascript:"), "\(view.name): \(name)=\(value)")
                }
            }
        }
        // The attack texts appear only escaped, as text.
        #expect(!svgText.contains("<script"))
        #expect(!svgText.contains("<svg onload"))
        #expect(!svgText.contains("<b>"))
    }

    static func allElements(_ element: XMLElementNode) -> [XMLElementNode] {
        [element] + element.children.flatMap(allElements)
    }

    /// A name as the diagram shows it: its words, wrapped onto lines, which the SVG joins again.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" })
            .joined(separator: " ")
    }

    @Test(arguments: views)
    func theSVGTextOfEveryNodeIsItsName(view: DiagramView) throws {
        let diagram = try Diagram(view: view, network: Self.hostile)
        let svgText = String(decoding: try DiagramOutput.bytes(of: diagram, as: .svg), as: UTF8.self)
        let svg = try #require(XMLElementNode.parse(svgText).0)
        let nodes = Self.nodes(of: svg)
        for entity in diagram.entities {
            let texts = try #require(nodes[entity.id.rawValue], "\(view.name): no node \(entity.id)")
            let check = {
                #expect(Self.words(texts.joined(separator: " ")) == Self.words(entity.name),
                        "\(view.name) \(entity.id): \(texts) for \(entity.name.debugDescription)")
            }
            // "&amp;" in a name stays "&amp;": the DOT writer escapes "&" for Graphviz's one
            // level of entity decoding.
            check()
        }
    }

    /// A title is text too: every hostile label as the title of a diagram appears in the SVG as
    /// written (its words; line breaks start new lines), with no Graphviz escape expanded.
    @Test(arguments: labels)
    func theTitleIsShownAsWritten(_ title: String) throws {
        let view = DiagramView(name: "members", title: title, scope: .members(of: "hub"))
        let diagram = try Diagram(view: view, network: Self.plain)
        let svg = try #require(XMLElementNode.parse(
            String(decoding: try DiagramOutput.bytes(of: diagram, as: .svg), as: UTF8.self)).0)
        // The title is the only text drawn at 18 pt; long titles wrap onto several lines.
        let texts = svg.all("text").filter { $0.attributes["font-size"] == "18.00" }.map(\.text)
        #expect(Self.words(texts.joined(separator: " ")) == Self.words(title), "\(texts) for \(title.debugDescription)")
    }

    /// Control characters (NUL, SOH, ESC, U+FFFE, U+FFFF) are not allowed in XML 1.0, and
    /// Graphviz would copy them into the SVG verbatim; a NUL would also cut the DOT text short
    /// in C. The DOT writer drops them, so the SVG is well-formed; PNG and PDF render.
    @Test func controlCharactersGiveAWellFormedSVG() throws {
        let network = Self.network(labels: [Self.controls, "a\u{0}b", "esc \u{1B}[31m red"]) { _, label in label }
        let diagram = try Diagram(view: Self.views[0], network: network)
        for format in [DiagramFormat.png, .pdf] {
            #expect(try DiagramOutput.bytes(of: diagram, as: format).count > 100)
        }
        let svgText = String(decoding: try DiagramOutput.bytes(of: diagram, as: .svg), as: UTF8.self)
        let dot = try DiagramOutput.bytes(of: diagram, as: .dot)
        #expect(XMLElementNode.parse(svgText).0 != nil)
        #expect(!dot.contains(0))
    }

    @Test func theLongLabelIsAllThere() throws {
        let diagram = try Diagram(view: Self.views[0], network: Self.hostile)
        let svg = try #require(XMLElementNode.parse(
            String(decoding: try DiagramOutput.bytes(of: diagram, as: .svg), as: UTF8.self)).0)
        let index = try #require(Self.labels.firstIndex(of: ExportFixture.longName))
        let texts = try #require(Self.nodes(of: svg)["e\(index)"])
        #expect(texts.joined(separator: " ").count == Self.words(ExportFixture.longName).count)
        #expect(ExportFixture.longName.count >= 10_000)
    }
}
