import Testing
import RegionGraphviz

@Suite struct GraphvizFontCacheTests {
    @Test func aFontUsedByTheRenderBeforeDoesNotLeakIntoTheNext() throws {
        // Graphviz's text measurer remembers the last font by a pointer into the previous
        // render's freed memory; "Times-Roman" and "DejaVu Sans" have the same length, so
        // malloc tends to put the second where the first was.
        let times = #"digraph { node [fontname="Times-Roman"]; a [label="Regionalt samarbeid"] }"#
        let dejaVu = #"digraph { node [fontname="DejaVu Sans"]; a [label="Regionalt samarbeid"] }"#
        let expected = try Graphviz.render(dot: dejaVu, layout: .dot, format: .dot)
        for round in 0..<150 {
            _ = try Graphviz.render(dot: times, layout: .dot, format: round % 3 == 0 ? .svg : .dot)
            let again = try Graphviz.render(dot: dejaVu, layout: .dot, format: .dot)
            let same = again == expected
            #expect(same, "DejaVu Sans measured differently: \(String(decoding: again, as: UTF8.self))")
            if !same { break }
        }
    }
}
