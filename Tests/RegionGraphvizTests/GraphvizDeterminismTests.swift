import Foundation
import Testing
import RegionGraphviz

@Suite struct GraphvizDeterminismTests {
    @Test(arguments: [GraphvizFormat.svg, .png, .dot])
    func theClusteredGraphGivesTheSameBytesFiveTimesInOneProcess(_ format: GraphvizFormat) throws {
        let first = try Graphviz.render(dot: Fixtures.clustered, layout: .dot, format: format)
        for _ in 1..<5 {
            // Other graphs in between change what malloc hands out and what Graphviz caches.
            _ = try Graphviz.render(dot: Fixtures.small, layout: .neato, format: format)
            let again = try Graphviz.render(dot: Fixtures.clustered, layout: .dot, format: format)
            let same = again == first
            #expect(same, "render differs")
        }
    }

    @Test(arguments: GraphvizLayout.allCases)
    func everyLayoutRepeatsItselfInOneProcess(_ layout: GraphvizLayout) throws {
        let first = try Graphviz.render(dot: Fixtures.clustered, layout: layout, format: .svg)
        for _ in 1..<4 {
            _ = try Graphviz.render(dot: Fixtures.small, layout: layout, format: .png)
            let again = try Graphviz.render(dot: Fixtures.clustered, layout: layout, format: .svg)
            let same = again == first
            #expect(same, "\(layout) render differs")
        }
    }

    @Test(arguments: [GraphvizFormat.svg, .png])
    func theClusteredGraphGivesTheSameBytesInSeparateProcesses(_ format: GraphvizFormat) throws {
        let input = try Fixtures.file(Fixtures.clustered, named: "clustered-\(format).gv")
        let inProcess = try Graphviz.render(dot: Fixtures.clustered, layout: .dot, format: format)
        let once = try RenderDriver.render(input, ["--format", format.rawValue])
        let fifth = try RenderDriver.render(input, repeat: 5, ["--format", format.rawValue])
        #expect(once.status == 0 && fifth.status == 0, "\(once.stderr) \(fifth.stderr)")
        #expect(once.stderr.isEmpty && fifth.stderr.isEmpty)
        let onceSame = once.bytes == inProcess, fifthSame = fifth.bytes == inProcess
        #expect(onceSame, "a new process rendered \(once.bytes.count) bytes, this one \(inProcess.count)")
        #expect(fifthSame, "a new process's fifth render had \(fifth.bytes.count) bytes, this one \(inProcess.count)")
    }

    @Test(arguments: [GraphvizLayout.fdp, .sfdp])
    func forceDirectedLayoutsMatchAFreshProcess(_ layout: GraphvizLayout) throws {
        // fdp orders edges by node address and sfdp draws unseeded random numbers: the two
        // ways an earlier render used to change the next one.
        let input = try Fixtures.file(Fixtures.clustered, named: "clustered-\(layout).gv")
        let fresh = try RenderDriver.render(input, ["--layout", layout.rawValue])
        let later = try RenderDriver.render(input, repeat: 4, ["--layout", layout.rawValue])
        #expect(fresh.status == 0 && later.status == 0, "\(fresh.stderr) \(later.stderr)")
        let laterSame = later.bytes == fresh.bytes
        #expect(laterSame, "the fourth render in a new process differs from the first")
        let here = try Graphviz.render(dot: Fixtures.clustered, layout: layout, format: .svg)
        let hereSame = here == fresh.bytes
        #expect(hereSame, "this process's render differs from a new process's first")
    }
}
