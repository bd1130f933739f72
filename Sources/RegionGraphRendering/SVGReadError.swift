/// Why an SVG text could not be measured: it is not well-formed, or it uses something the
/// measurement of Graphviz's SVG does not read.
///
/// ```swift
/// do {
///     _ = try DiagramQuality.measure(svg: "<svg width=\"10pt\"")
/// } catch let error as SVGReadError {
///     print(error)   // line 1: the tag <svg is not closed
/// }
/// ```
public struct SVGReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line the problem was found on, counted from 1; `nil` when it concerns the whole text.
    public var line: Int?
    /// What is wrong, in a sentence without a full stop.
    public var problem: String

    public init(line: Int?, problem: String) {
        self.line = line
        self.problem = problem
    }

    public var description: String {
        line.map { "line \($0): \(problem)" } ?? problem
    }
}
