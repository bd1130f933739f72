import Foundation
import RegionGraphDiagrams

extension GraphsFolder {
    /// How one standard view measures at its page.
    public struct QualityReport: Sendable, Hashable, CustomStringConvertible {
        public var view: String
        public var quality: DiagramQuality

        /// Whether the view can be printed as it is: every text at least
        /// ``DiagramQuality/minimumTextSize`` points at its page, and no misplaced label.
        public var passes: Bool { quality.isLegible }

        public var description: String {
            let text = quality.smallestText.map { String(format: "%.1f pt", $0) } ?? "no text"
            let verdict = passes ? "ok" : "NOT LEGIBLE"
            return "\(view): \(quality.page), scale \(String(format: "%.2f", quality.scale)), smallest text \(text), "
                + "\(quality.misplacedLabels.count) of \(quality.labelCount) labels misplaced: \(verdict)"
        }
    }

    /// Measures every page of every view in the folder at its page size (`page` for a view that
    /// names none): the smallest text once the drawing is scaled to fit the page, and the edge
    /// labels that are not beside their own edge. Each report is named by its file: `NAME`, or
    /// `NAME-1`, `NAME-2` … for the pages of a split view.
    ///
    /// - Throws: ``SVGReadError`` for a file that is missing or not a Graphviz SVG.
    /// - Complexity: O(*t* · *e*) per page for *t* edge labels and *e* edges.
    public func quality(of views: [DiagramView], page: Page = .a4) throws -> [QualityReport] {
        var reports: [QualityReport] = []
        for view in views {
            for name in pageNames(of: view) {
                let file = (path as NSString).appendingPathComponent("\(name).svg")
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw SVGReadError(line: nil, problem: "'\(file)' is missing; run 'regiongraph graphs'")
                }
                let quality = try DiagramQuality.measure(svg: String(decoding: data, as: UTF8.self), page: view.page ?? page)
                reports.append(QualityReport(view: name, quality: quality))
            }
        }
        return reports
    }

    /// The file names (without extension) `view` was last drawn as: `NAME-1`, `NAME-2` … when
    /// it is split and its first page exists, else `NAME`.
    func pageNames(of view: DiagramView) -> [String] {
        let exists = { (name: String) in
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("\(name).svg"))
        }
        guard view.split != nil, exists("\(view.name)-1") else { return [view.name] }
        var names: [String] = []
        while exists("\(view.name)-\(names.count + 1)") { names.append("\(view.name)-\(names.count + 1)") }
        return names
    }
}
