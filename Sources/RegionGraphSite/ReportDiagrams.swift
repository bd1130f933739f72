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
    /// gives, Graphviz's classes (nothing styles them) and the `.00` of font sizes, and without
    /// ids, or, in a drawing that refers to its ids, each id (and each reference to one)
    /// starting with `prefix` so several drawings can share a page. Links out of the drawing
    /// (its nodes' links to entity pages) stay as they are.
    static func inline(_ svg: String, label: String, prefix: String) -> String? {
        let bytes = Array(svg.utf8)
        guard let start = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return nil }
        var body = Array(bytes[(start + 4)...])
        body = removing(from: body, between: "<!--", and: "-->")
        body = removing(from: body, between: "<title>", and: "</title>\n")
        body = removing(from: body, between: "<title>", and: "</title>")
        body = removing(from: body, between: " font-family=\"DejaVu Sans", and: "\"")
        body = removing(from: body, between: " class=\"", and: "\"")
        body = trimmingFontSizes(body)
        var text: String
        let ids = identifiers(in: body)
        let internalLinks = internalReferences(in: body, to: ids)
        if firstIndex(of: Array("url(#".utf8), in: body, from: 0) != nil || !internalLinks.isEmpty {
            text = String(decoding: body, as: UTF8.self)
                .replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
                .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
            for target in internalLinks.sorted() {
                text = text.replacingOccurrences(of: "href=\"#\(target)\"", with: "href=\"#\(prefix)-\(target)\"")
            }
        } else {
            text = String(decoding: removing(from: body, between: " id=\"", and: "\""), as: UTF8.self)
        }
        text = "<svg role=\"img\" aria-label=\"\(HTML.escape(label))\" focusable=\"false\"" + text
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `bytes` with each `font-size="14.00"` written `font-size="14"`: the same size, in fewer
    /// bytes (a drawing has one per text).
    static func trimmingFontSizes(_ bytes: [UInt8]) -> [UInt8] {
        let open = Array(" font-size=\"".utf8)
        let zeros = Array(".00\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        while let start = firstIndex(of: open, in: bytes, from: position) {
            let valueStart = start + open.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let valueEnd = end + 1
            if valueEnd - valueStart > zeros.count, bytes[(valueEnd - zeros.count)..<valueEnd].elementsEqual(zeros) {
                result += bytes[position..<(valueEnd - zeros.count)]
                result.append(UInt8(ascii: "\""))
            } else {
                result += bytes[position..<valueEnd]
            }
            position = valueEnd
        }
        result += bytes[position...]
        return result
    }

    /// The values of every `id` attribute in `bytes`.
    static func identifiers(in bytes: [UInt8]) -> Set<String> {
        values(after: " id=\"", in: bytes)
    }

    /// The ids among `ids` that a `href="#…"` in `bytes` refers to: links inside the drawing,
    /// which must follow its ids when they are prefixed. Links out of the drawing (an entity's
    /// anchor in a single-file report) are not among them.
    static func internalReferences(in bytes: [UInt8], to ids: Set<String>) -> Set<String> {
        values(after: "href=\"#", in: bytes).intersection(ids)
    }

    /// Every text between `opening` and the next `"` in `bytes`.
    static func values(after opening: String, in bytes: [UInt8]) -> Set<String> {
        let open = Array(opening.utf8)
        var found = Set<String>()
        var position = 0
        while let start = firstIndex(of: open, in: bytes, from: position) {
            let valueStart = start + open.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found.insert(String(decoding: bytes[valueStart..<end], as: UTF8.self))
            position = end + 1
        }
        return found
    }

    /// `bytes` without every stretch from `opening` to the next `closing`, both included.
    ///
    /// - Complexity: O(*n* × *k*) for *n* bytes and markers of *k* bytes.
    static func removing(from bytes: [UInt8], between opening: String, and closing: String) -> [UInt8] {
        let open = Array(opening.utf8)
        let close = Array(closing.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        while let start = firstIndex(of: open, in: bytes, from: position),
              let end = firstIndex(of: close, in: bytes, from: start + open.count)
        {
            result += bytes[position..<start]
            position = end + close.count
        }
        result += bytes[position...]
        return result
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
