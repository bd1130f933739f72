import Foundation
import Testing
@testable import RegionGraphviz

@Suite struct GraphvizErrorTests {
    /// The error `body` throws, failing the test when it throws none.
    func error(_ body: () throws(GraphvizError) -> [UInt8]) -> GraphvizError? {
        do {
            _ = try body()
            Issue.record("expected a GraphvizError")
            return nil
        } catch {
            return error
        }
    }

    @Test func aSyntaxErrorCarriesGraphvizsMessage() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph G {\n a -> b\n c -> -> d\n}", layout: .dot, format: .svg)
        })
        #expect(failure.kind == .syntax)
        #expect(failure.message == "Error: syntax error in line 3 near '->'")
        #expect(failure.description == "Graphviz could not read the DOT text: syntax error in line 3 near '->'")
    }

    @Test func lineNumbersCountFromTheStartOfEachText() throws {
        _ = try Graphviz.render(dot: "digraph {\n\n\n\n a -> b\n\n}\n\n", layout: .dot, format: .svg)
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph {\n a -> -> b\n}\n", layout: .dot, format: .svg)
        })
        #expect(failure.message == "Error: syntax error in line 2 near '->'")
    }

    @Test func aMalformedHTMLLabelFailsTheRender() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { a [label=<<b>Røros</i>>] }", layout: .dot, format: .svg)
        })
        #expect(failure.kind == .layoutFailed)
        #expect(failure.message.contains("mismatched tag"))
        #expect(failure.message.contains("in label of node a"))
    }

    @Test func anUnknownLayoutListsTheLayoutsThereAre() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try GraphvizRenderer.render(dot: "digraph { a }", layout: "bogus", format: "svg")
        })
        #expect(failure.kind == .unknownLayout)
        #expect(failure.message.contains("Layout type: \"bogus\" not recognized. Use one of:"))
        #expect(failure.message.contains(" dot "))
        #expect(failure.message.contains(" sfdp "))
    }

    @Test func anUnknownFormatListsTheFormatsThereAre() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try GraphvizRenderer.render(dot: "digraph { a }", layout: "dot", format: "bogus")
        })
        #expect(failure.kind == .unknownFormat)
        #expect(failure.message.contains("bogus"))
        let formats = try #require(failure.message.split(separator: "\n").last)
        #expect(formats.hasPrefix("Use one of: "))
        for name in ["svg", "png", "pdf", "dot"] {
            #expect(formats.split(separator: " ").contains(Substring(name)))
        }
    }

    @Test func anUnknownLayoutAttributeFailsTheLayout() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { layout=bogus; a }", layout: .dot, format: .svg)
        })
        #expect(failure.kind == .layoutFailed)
        #expect(failure.message.contains("Layout type: \"bogus\" not recognized"))
    }

    @Test func textWithoutAGraphIsASyntaxError() throws {
        for text in ["", "  \n", "/* only a comment */"] {
            let failure = try #require(error { () throws(GraphvizError) in
                try Graphviz.render(dot: text, layout: .dot, format: .svg)
            })
            #expect(failure.kind == .syntax)
            #expect(failure.message == "the DOT text holds no graph")
        }
    }

    @Test func aSecondGraphIsAnErrorAndDoesNotReachTheNextRender() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph A { a } digraph B { b }", layout: .dot, format: .svg)
        })
        #expect(failure.kind == .syntax)
        #expect(failure.message == "the DOT text holds 2 graphs; render takes one")
        // Graphviz's scanner would otherwise still hold "digraph B { b }" and return graph B
        // from the next read.
        let svg = try Graphviz.renderText(dot: "digraph C { c }", layout: .dot, format: .svg)
        #expect(svg.contains("<title>C</title>"))
        #expect(!svg.contains("<title>b</title>"))
    }

    @Test func garbageAfterTheGraphIsASyntaxError() throws {
        let failure = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph A { a }\n-> ;", layout: .dot, format: .svg)
        })
        #expect(failure.kind == .syntax)
        #expect(failure.message.contains("syntax error in line 2"))
        _ = try Graphviz.render(dot: "digraph C { c }", layout: .dot, format: .svg)
    }

    @Test func afterAnErrorTheNextRenderSucceedsAndMessagesDoNotCarryOver() throws {
        let first = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { a [label=<<b>x</i>>] }", layout: .dot, format: .svg)
        })
        #expect(first.message.contains("mismatched tag"))
        let svg = try Graphviz.renderText(dot: Fixtures.small, layout: .dot, format: .svg)
        #expect(svg.contains("Holtålen"))
        let second = try #require(error { () throws(GraphvizError) in
            try Graphviz.render(dot: "graph { a -- }", layout: .dot, format: .svg)
        })
        #expect(second.kind == .syntax)
        #expect(!second.message.contains("mismatched tag"))
        #expect(second.message == "Error: syntax error in line 1 near '}'")
    }

    @Test func warningsDoNotFailTheRender() throws {
        let svg = try Graphviz.renderText(dot: "digraph { a [color=notacolour, shape=nosuchshape] }", layout: .dot, format: .svg)
        #expect(svg.contains("<title>a</title>"))
    }

    @Test func nothingReachesStandardErrorAndFailuresAreReportedOnce() throws {
        let bad = try Fixtures.file("digraph {\n a -> -> b\n}\n", named: "bad.gv")
        let failed = try RenderDriver.render(bad)  // Graphviz would print "Error: syntax error…"
        #expect(failed.status != 0)
        #expect(failed.stderr == "regiongraph-render-bench: Graphviz could not read the DOT text: syntax error in line 2 near '->'\n")

        let warning = try Fixtures.file("digraph { a [color=notacolour, shape=nosuchshape] }", named: "warning.gv")
        let warned = try RenderDriver.render(warning, ["--format", "png"])
        #expect(warned.status == 0)
        #expect(warned.stderr == "")
        #expect(warned.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func errorsCompareByKindAndMessage() {
        let error = GraphvizError(kind: .renderFailed, message: "Error: a\nError: b ")
        #expect(error == GraphvizError(kind: .renderFailed, message: "Error: a\nError: b "))
        #expect(error != GraphvizError(kind: .layoutFailed, message: "Error: a\nError: b "))
        #expect(error.description == "Graphviz could not draw the graph: a b")
    }
}
