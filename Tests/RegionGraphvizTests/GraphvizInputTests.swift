import Foundation
import Testing
import RegionGraphviz

@Suite struct GraphvizInputTests {
    @Test func aNulByteEndsNothingButTheRenderItIsIn() throws {
        // Whatever Graphviz makes of a NUL in the text, nothing after it reaches the next render.
        _ = try? Graphviz.render(dot: "digraph A { a }\u{0}digraph B { b }", layout: .dot, format: .svg)
        _ = try? Graphviz.render(dot: "digraph A { a \u{0} -> b }", layout: .dot, format: .svg)
        let svg = try Graphviz.renderText(dot: "digraph C { c }", layout: .dot, format: .svg)
        #expect(svg.contains("<title>C</title>"))
        #expect(!svg.contains("<title>b</title>"))
    }

    @Test func longLinesAndLongLabelsAreReadWhole() throws {
        let label = String(repeating: "Røros ", count: 2_000)  // longer than the scanner's buffer
        let edges = (0..<3_000).map { "n\($0) -> n\($0 + 1);" }.joined(separator: " ")
        let dot = "digraph { n0 [label=\"\(label)\"]; \(edges) }"
        let laidOut = try Graphviz.renderText(dot: dot, layout: .dot, format: .dot)
        #expect(laidOut.contains("n3000"))
        let unwrapped = laidOut.replacingOccurrences(of: "\\\n", with: "")  // Graphviz wraps long strings
        #expect(unwrapped.contains(label.trimmingCharacters(in: .whitespaces)))
    }
}
