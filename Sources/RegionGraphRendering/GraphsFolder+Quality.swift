import Foundation
import RegionGraphDiagrams

extension GraphsFolder {
    /// How one standard view measures at its page.
    public struct QualityReport: Sendable, Hashable, CustomStringConvertible {
        public var view: String
        public var quality: DiagramQuality

        /// Whether the view can be printed as it is: every text at least
        /// ``DiagramQuality/minimumTextSize`` points at its page, and no misplaced label.
        public var passes: Bool {
            (quality.smallestText ?? .infinity) >= DiagramQuality.minimumTextSize - 0.05
                && quality.misplacedLabels.isEmpty
        }

        public var description: String {
            let text = quality.smallestText.map { String(format: "%.1f pt", $0) } ?? "no text"
            let verdict = passes ? "ok" : "NOT LEGIBLE"
            return "\(view): \(quality.page), scale \(String(format: "%.2f", quality.scale)), smallest text \(text), "
                + "\(quality.misplacedLabels.count) of \(quality.labelCount) labels misplaced: \(verdict)"
        }
    }

    /// Measures every view's SVG in the folder at its page (`page` for a view that names none):
    /// the smallest text once the drawing is scaled to fit the page, and the edge labels that
    /// are not beside their own edge.
    ///
    /// - Throws: ``SVGReadError`` for a file that is missing or not a Graphviz SVG.
    /// - Complexity: O(*t* · *e*) per view for *t* edge labels and *e* edges.
    public func quality(of views: [DiagramView], page: Page = .a4) throws -> [QualityReport] {
        try views.map { view in
            let file = (path as NSString).appendingPathComponent("\(view.name).svg")
            guard let data = FileManager.default.contents(atPath: file) else {
                throw SVGReadError(line: nil, problem: "'\(file)' is missing; run 'regiongraph graphs'")
            }
            return QualityReport(
                view: view.name, quality: try DiagramQuality.measure(svg: String(decoding: data, as: UTF8.self), page: view.page ?? page))
        }
    }
}
