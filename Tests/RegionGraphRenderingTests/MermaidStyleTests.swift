import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering
import RegionGraphTestSupport
import Testing

/// The Mermaid export in the diagrams' own look: colours and lines from `DiagramStyle`.
@Suite struct MermaidStyleTests {
    @Test func mermaidTakesTheDiagramColoursAndLines() throws {
        let files = try Exporter.files(of: ExportFixture.hostile, as: .mermaid, mermaidStyle: .diagrams)
        let text = String(decoding: try #require(files.first).bytes, as: UTF8.self)
        #expect(text.contains("  n8 -->|\"member_of (medlem, #34;fast#34;)\"| n5\n"))
        #expect(text.contains("  n8 ==>|\"owns (eier)\"| n1\n"))
        #expect(text.contains(" -.->|\"part_of\"| "))
        #expect(text.contains("  classDef municipality fill:#D4ECFA,stroke:#0072B2,color:#000000\n"))
        #expect(text.contains("  classDef person fill:#FFFFFF,stroke:#000000,color:#000000,stroke-dasharray:2 2\n"))
        #expect(text.contains("  linkStyle 0,5 stroke:#0072B2\n"))
    }

    @Test(arguments: EntityKind.allCases)
    func everyKindHasTheFillAndBorderOfItsDiagramNodes(_ kind: EntityKind) {
        let node = MermaidStyle.diagrams.node(kind)
        #expect(node.fill == DiagramStyle.node(kind).fill)
        #expect(node.border == DiagramStyle.node(kind).border)
    }
}

/// What a stopped layout tells the user to do.
@Suite struct LayoutAdviceTests {
    @Test func aStoppedForceDirectedLayoutIsNotToldToUseItself() {
        let sfdp = DiagramOutput.Failure.worker(view: "v", layout: .sfdp, nodes: 9, edges: 9, .timedOut(seconds: 60))
        #expect(!sfdp.description.contains("--layout sfdp"))
        #expect(sfdp.description.contains("draw less with --depth, --kinds or --relations, or allow more time with --timeout"))
        let dot = DiagramOutput.Failure.worker(view: "v", layout: .dot, nodes: 9, edges: 9, .timedOut(seconds: 60))
        #expect(dot.description.contains("use --layout sfdp (or fdp)"))
    }
}
