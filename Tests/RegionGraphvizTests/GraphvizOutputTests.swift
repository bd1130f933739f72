import Testing
import RegionGraphviz

@Suite struct GraphvizOutputTests {
    @Test func svgIsXMLWithTheNorwegianAndSamiTextIntact() throws {
        let svg = try Graphviz.renderText(dot: Fixtures.clustered, layout: .dot, format: .svg)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        for text in ["Røros kommune", "Rossen tjïelte", "Holtålen", "Glåmos", "Snåasen", "Ålen"] {
            #expect(svg.contains(text), "missing \(text)")
        }
        #expect(svg.contains("font-weight=\"bold\" font-size=\"14.00\">Tydal</text>"))  // the HTML-like label
    }

    @Test func pngStartsWithThePNGSignature() throws {
        let png = try Graphviz.render(dot: Fixtures.clustered, layout: .dot, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 1000)
    }

    @Test func pdfStartsWithThePDFHeader() throws {
        let pdf = try Graphviz.render(dot: Fixtures.clustered, layout: .dot, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    @Test func dotOutputIsTheGraphWithItsLayout() throws {
        let dot = try Graphviz.renderText(dot: Fixtures.clustered, layout: .dot, format: .dot)
        #expect(dot.hasPrefix("digraph Fjellregionen {"))
        #expect(dot.contains("bb=\""))
        #expect(dot.contains("pos=\""))
        #expect(dot.contains("subgraph cluster_roros {"))
        #expect(dot.contains("Røros kommune"))
        // The laid-out DOT reads back in.
        _ = try Graphviz.render(dot: dot, layout: .dot, format: .svg)
    }

    @Test(arguments: GraphvizLayout.allCases)
    func everyLayoutRendersASmallGraph(_ layout: GraphvizLayout) throws {
        let svg = try Graphviz.renderText(dot: Fixtures.small, layout: layout, format: .svg)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("Midtre Gauldal"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 4)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 4)
    }

    @Test(arguments: GraphvizLayout.allCases)
    func everyLayoutRendersTheClusteredGraph(_ layout: GraphvizLayout) throws {
        for format in GraphvizFormat.allCases {
            let bytes = try Graphviz.render(dot: Fixtures.clustered, layout: layout, format: format)
            #expect(bytes.count > 100, "\(layout) \(format)")
        }
    }

    @Test func clustersAreDrawnInTheOrderTheDOTGivesThem() throws {
        let svg = try Graphviz.renderText(dot: Fixtures.clustered, layout: .dot, format: .svg)
        let order = ["cluster_roros", "cluster_holtalen", "cluster_sor"].map {
            svg.range(of: "<title>\($0)</title>")?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func theInstallationHasEveryLayoutAndFormatTheAPINames() {
        #expect(Graphviz.version.split(separator: ".").count >= 2)
        #expect(Graphviz.version.first?.isNumber == true)
        for layout in GraphvizLayout.allCases {
            #expect(Graphviz.availableLayouts.contains(layout.rawValue))
        }
        for format in GraphvizFormat.allCases {
            #expect(Graphviz.availableFormats.contains(format.rawValue))
        }
    }

    @Test func aLayoutAttributeInTheDOTTakesPrecedence() throws {
        let asked = try Graphviz.render(dot: "graph { layout=circo; a -- b -- c -- a }", layout: .dot, format: .dot)
        let circo = try Graphviz.render(dot: "graph { a -- b -- c -- a }", layout: .circo, format: .dot)
        #expect(String(decoding: asked, as: UTF8.self).contains("layout=circo"))
        #expect(asked.count > 0 && circo.count > 0)
    }
}
