import Testing
@testable import RegionGraphviz

@Suite struct GraphvizOwnershipTests {
    @Test func everyGraphIsClosedOnEveryPath() throws {
        let texts = [
            Fixtures.clustered,                          // success
            "digraph { a -> -> b }",                     // syntax error
            "digraph A { a } digraph B { b }",           // two graphs
            "digraph { a [label=<<b>x</i>>] }",          // layout error
            "digraph { layout=bogus; a }",               // unknown layout attribute
        ]
        for text in texts {
            for layout in GraphvizLayout.allCases {
                _ = try? Graphviz.render(dot: text, layout: layout, format: .svg)
            }
        }
        _ = try? GraphvizRenderer.render(dot: Fixtures.small, layout: "bogus", format: "svg")
        _ = try? GraphvizRenderer.render(dot: Fixtures.small, layout: "dot", format: "bogus")
        // Checked under the lock, between renders, so other tests running at once do not count.
        let live = GraphvizRenderer.liveGraphState()
        #expect(live.arenas == 0)
        #expect(live.idStates == 0)
    }
}
