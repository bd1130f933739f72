import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
@testable import RegionGraphRendering
import Testing

@Suite struct ViewsFileReaderTests {
    let file = "Graphs/views.yaml"

    func problems(_ text: String) -> [String] {
        switch ViewsFileReader.read(text, file: file) {
        case .success: []
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    @Test func theStandardViewsFileHoldsEightViews() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Graphs/views.yaml").path
        let views = try ViewsFileReader.read(String(contentsOfFile: path, encoding: .utf8), file: path).get()
        #expect(views.count == 8)
        #expect(views.map(\.name).contains("green-flyway"))
        #expect(views.first { $0.name == "kommuner-og-rad-matrise" }?.scope == .matrix)
    }

    @Test func aSyntaxErrorNamesLineAndColumn() {
        #expect(problems("views:\n  - name: a\n    focus: [roros\n") == [
            """
            Graphs/views.yaml:4:1: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 12)
            Graphs/views.yaml:4:1: note: check indentation, and quote values that contain ': ', '#', or start with a special character
            """
        ])
    }

    @Test func unknownKeysAndRepeatedNamesAreReportedWhereTheyAre() {
        #expect(problems("""
            views:
              - name: a
                scope: overview
                titel: A
              - name: a
                scope: overview
            """) == [
            """
            Graphs/views.yaml:4:5: error: unknown key 'titel' in a view (did you mean 'title'?)
            Graphs/views.yaml:4:5: note: keys are: name, title, scope, focus, depth, kinds, relations, layout, page, split
            """,
            "Graphs/views.yaml:5:11: error: duplicate view name 'a'",
        ])
    }
}

extension ViewsFileReaderTests {
    @Test func aViewNamesThePageItIsMadeFor() throws {
        let views = try ViewsFileReader.read("views:\n  - name: a\n    scope: matrix\n    page: a3-landscape\n", file: file).get()
        #expect(views.first?.page == .a3Landscape)
        #expect(problems("views:\n  - name: a\n    scope: matrix\n    page: a5\n") == [
            """
            Graphs/views.yaml:4:11: error: unknown page 'a5' (did you mean 'a3' or 'a4'?)
            Graphs/views.yaml:4:11: note: pages are: a4, a4-portrait, a4-landscape, a3, a3-portrait, a3-landscape
            """
        ])
    }
}

extension ViewsFileReaderTests {
    @Test func aViewNamesHowItIsSplitIntoPages() throws {
        let views = try ViewsFileReader.read(
            "views:\n  - name: a\n    scope: overview\n    split: region\n  - name: b\n    focus: roros\n    split: kind\n",
            file: file).get()
        #expect(views.map(\.split) == [.region, .kind])
        #expect(problems("views:\n  - name: a\n    scope: overview\n    split: regoin\n") == [
            """
            Graphs/views.yaml:4:12: error: unknown split 'regoin' (did you mean 'region'?)
            Graphs/views.yaml:4:12: note: splits are: region, goal, kind, relation
            """
        ])
        #expect(problems("views:\n  - name: a\n    scope: plan\n    focus: p\n    split: region\n") == [
            """
            Graphs/views.yaml:5:12: error: a view of scope plan cannot be split by region
            Graphs/views.yaml:5:12: note: use split: goal
            """
        ])
    }

    @Test func aViewCannotBeNamedAsAPageOfASplitView() {
        #expect(problems("views:\n  - name: a\n    scope: overview\n    split: region\n  - name: a-2\n    scope: matrix\n") == [
            """
            Graphs/views.yaml:5:11: error: view name 'a-2' is the name of a page of view 'a', which is split
            Graphs/views.yaml:5:11: note: rename the view
            """
        ])
        // Without the split, the name is free.
        #expect(problems("views:\n  - name: a\n    scope: overview\n  - name: a-2\n    scope: matrix\n") == [])
    }
}
