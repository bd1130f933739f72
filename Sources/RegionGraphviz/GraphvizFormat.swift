/// An output format Graphviz renders a laid-out graph to.
///
/// ```swift
/// let png = try Graphviz.render(dot: "digraph { a -> b }", layout: .dot, format: .png)
/// assert(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))   // "\u{89}PNG"
/// ```
///
/// The raw value is Graphviz's name for the format (what follows `-T` on the command line).
/// SVG, PNG and laid-out DOT are byte-for-byte reproducible; PDF embeds its creation date.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (UTF-8 XML), Graphviz's own SVG writer.
    case svg
    /// A PNG bitmap drawn with Cairo at 96 dpi.
    case png
    /// A PDF document drawn with Cairo.
    case pdf
    /// The input DOT with the layout added (`pos`, `bb`, `width`, `height` … attributes).
    case dot

    /// The usual file name extension for the format.
    ///
    /// ```swift
    /// "green-flyway." + GraphvizFormat.svg.fileExtension   // "green-flyway.svg"
    /// ```
    public var fileExtension: String { rawValue }
}
