/// Why Graphviz could not render a DOT text, with Graphviz's own words.
///
/// ```swift
/// do {
///     _ = try Graphviz.render(dot: "digraph { a -> -> b }", layout: .dot, format: .svg)
/// } catch {
///     print(error.kind)      // syntax
///     print(error.message)   // Error: syntax error in line 1 near '->'
///     print(error)           // Graphviz could not read the DOT text: syntax error in line 1 near '->'
/// }
/// ```
public struct GraphvizError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The step that failed.
    public enum Kind: String, CaseIterable, Equatable, Sendable {
        /// The DOT text could not be read: a syntax error, no graph, or more than one graph.
        case syntax
        /// The layout engine is not one this Graphviz installation has.
        case unknownLayout
        /// The output format is not one this Graphviz installation has.
        case unknownFormat
        /// The engine reported an error while laying the graph out (for example a malformed
        /// HTML-like label, which Graphviz only notices when it measures labels).
        case layoutFailed
        /// The renderer reported an error while drawing the laid-out graph.
        case renderFailed
    }

    /// The step that failed.
    public var kind: Kind
    /// Everything Graphviz reported during the render, as it would have printed it on
    /// standard error ("Error: …", "Warning: …" lines), without the final newline.
    public var message: String

    /// An error of `kind` carrying Graphviz's `message`.
    ///
    /// ```swift
    /// let error = GraphvizError(kind: .syntax, message: "Error: syntax error in line 1 near '->'")
    /// ```
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// One line: what failed, then Graphviz's message with its "Error: " prefixes dropped.
    public var description: String {
        let lead = switch kind {
        case .syntax: "Graphviz could not read the DOT text"
        case .unknownLayout: "Graphviz has no such layout"
        case .unknownFormat: "Graphviz has no such output format"
        case .layoutFailed: "Graphviz could not lay the graph out"
        case .renderFailed: "Graphviz could not draw the graph"
        }
        let lines = message.split(whereSeparator: \.isNewline).map { line -> Substring in
            var trimmed = line.drop(while: \.isWhitespace)
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            return trimmed.hasPrefix("Error: ") ? trimmed.dropFirst("Error: ".count) : trimmed
        }.filter { !$0.isEmpty }
        return lines.isEmpty ? lead : lead + ": " + lines.joined(separator: " ")
    }
}
