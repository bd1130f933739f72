import RegionGraphviz

/// The file formats a diagram is written in.
///
/// `dot` is the diagram's own DOT text, written in pure Swift before any layout; the others
/// are laid out and drawn by Graphviz.
///
/// ```swift
/// DiagramFormat(fileExtensionOf: "plan.svg")   // .svg
/// ```
public enum DiagramFormat: String, CaseIterable, Sendable, Comparable {
    case dot, svg, png, pdf

    /// The format a file name's extension names, or `nil`.
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// Whether two renders of the same data give the same bytes. PDF embeds its creation date.
    public var isReproducible: Bool { self != .pdf }

    /// The Graphviz output format that draws this format; `nil` for `dot`, which is the
    /// diagram's own text and needs no Graphviz.
    var graphvizFormat: GraphvizFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: nil
        }
    }

    public static func < (lhs: DiagramFormat, rhs: DiagramFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
