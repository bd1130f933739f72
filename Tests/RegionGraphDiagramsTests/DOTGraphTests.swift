import Testing
@testable import RegionGraphDiagrams

@Suite struct DOTGraphTests {
    @Test func quotesAndEscapesEveryIdentifierAndValue() {
        var graph = DOTGraph(name: "g")
        graph.nodes = [
            DOTGraph.Node(id: "a", attributes: ["label": .text(#"Rådet "A""#)]),
            DOTGraph.Node(id: #"b"]; a -> b ["#, attributes: ["label": .text(#"C:\Name \N"#)]),
        ]
        graph.edges = [DOTGraph.Edge(from: "a", to: #"b"]; a -> b ["#, attributes: ["label": .text("two\nlines")])]
        #expect(graph.dotText == #"""
            digraph "g" {
              "a" ["label"="Rådet \"A\""];
              "b\"]; a -> b [" ["label"="C:\\Name \\N"];
              "a" -> "b\"]; a -> b [" ["label"="two\nlines"];
            }

            """#)
    }

    @Test func dropsControlCharactersAndTabs() {
        #expect(DOTValue.quoted("a\tb\u{1B}c\r\nd") == #""a bc\nd""#)
    }

    @Test func writesAttributesInKeyOrderAndClustersFirst() {
        let graph = DOTGraph(
            name: "g", attributes: ["rankdir": .raw("LR"), "label": .text("T")],
            nodeDefaults: ["shape": .raw("box")],
            nodes: [DOTGraph.Node(id: "x")],
            clusters: [DOTGraph.Cluster(id: "cluster_1", attributes: ["label": .text("Innlandet")], nodes: [DOTGraph.Node(id: "y")])])
        #expect(graph.dotText == """
            digraph "g" {
              "label"="T";
              "rankdir"="LR";
              node ["shape"="box"];
              subgraph "cluster_1" {
                "label"="Innlandet";
                "y";
              }
              "x";
            }

            """)
    }

    @Test func htmlLabelsEscapeMarkupInText() {
        let label = HTMLLabel.table([[.text("<b>Røros & \"Holtålen\"</b>", bold: true)]])
        #expect(label.markup.contains("<B>&lt;b&gt;Røros &amp; &quot;Holtålen&quot;&lt;/b&gt;</B>"))
        #expect(DOTValue.html(label).dotText.hasPrefix("<<TABLE"))
        #expect(!label.markup.contains("<b>"))
    }
}
