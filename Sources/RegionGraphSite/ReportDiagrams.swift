import Dispatch
import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphRendering
import Synchronization

/// Draws a report's diagrams as SVG and makes each fit to be placed inside an HTML page.
///
/// Layouts run in the given ``RenderWorker``s, one diagram at a time per worker and the workers
/// at the same time (each worker's child is a process of its own, so Graphviz's lock in one
/// process does not serialise them); with no workers, in this process, one at a time.
///
/// ```swift
/// let workers = (0..<2).map { _ in RenderWorker(layoutsPerProcess: 50, timeout: 60) }
/// let drawings = ReportDiagrams(workers: workers)
/// let svgs = drawings.svg(of: diagrams, labels: titles)   // [String?], nil where drawing failed
/// ```
public struct ReportDiagrams: Sendable {
    /// The workers that lay out diagrams; empty to lay out in this process.
    public var workers: [RenderWorker]

    public init(workers: [RenderWorker] = []) {
        self.workers = workers
    }

    /// The inline SVG of each diagram, in order; `nil` for a diagram Graphviz could not draw.
    /// `labels` name each diagram for those who cannot see it (the SVG's `aria-label`), and
    /// `prefixes` keep the ids inside each drawing apart from the others on the same page.
    ///
    /// - Complexity: one Graphviz layout per diagram, spread over the workers.
    func svg(of diagrams: [Diagram], labels: [String], prefixes: [String]) -> [String?] {
        let results = Mutex([String?](repeating: nil, count: diagrams.count))
        let lanes = max(1, workers.count)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let worker = workers.isEmpty ? nil : workers[lane]
            for index in stride(from: lane, to: diagrams.count, by: lanes) {
                let diagram = diagrams[index]
                let layout = DiagramOutput.automaticLayout(for: diagram).layout
                guard let bytes = try? DiagramOutput.bytes(of: diagram, as: .svg, layout: layout, worker: worker) else {
                    continue
                }
                let inline = Self.inline(String(decoding: bytes, as: UTF8.self), label: labels[index], prefix: prefixes[index])
                results.withLock { $0[index] = inline }
            }
        }
        return results.withLock { $0 }
    }

    /// Graphviz's SVG document made an element of an HTML page: from its `<svg` on (no XML
    /// declaration, doctype or comments), with `role="img"` and an `aria-label`, and lighter:
    /// without the `<title>` elements (each node and edge carries its tooltip in an
    /// `xlink:title`, and the label names the drawing), without the font family the style sheet
    /// gives, and without ids, or, in a drawing that refers to its ids, each id starting with
    /// `prefix` so several drawings can share a page.
    static func inline(_ svg: String, label: String, prefix: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        var body = String(svg[start.lowerBound...])
        body = removing(from: body, between: "<!--", and: "-->")
        body = removing(from: body, between: "<title>", and: "</title>\n")
        body = removing(from: body, between: "<title>", and: "</title>")
        body = body.replacingOccurrences(of: " font-family=\"DejaVu Sans\"", with: "")
        if body.contains("url(#") || body.contains("href=\"#") {
            body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
                .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
                .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
        } else {
            body = removing(from: body, between: " id=\"", and: "\"")
        }
        let attributes = " role=\"img\" aria-label=\"\(HTML.escape(label))\" focusable=\"false\""
        body.replaceSubrange(body.startIndex..<body.index(body.startIndex, offsetBy: 4), with: "<svg" + attributes)
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text` without every stretch from `opening` to the next `closing`, both included.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func removing(from text: String, between opening: String, and closing: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: opening), let close = rest[open.upperBound...].range(of: closing) {
            result += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}
