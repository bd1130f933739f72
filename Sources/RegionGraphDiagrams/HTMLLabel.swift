/// An HTML-like Graphviz label (tables for legends and titles), built from parts whose text
/// is XML-escaped, so no text can inject markup.
///
/// ```swift
/// let label = HTMLLabel.table([[.text("Røros & Holtålen", bold: true)]])
/// label.markup   // <TABLE …><TR><TD><B>Røros &amp; Holtålen</B></TD></TR></TABLE>
/// ```
public struct HTMLLabel: Hashable, Sendable {
    /// The markup between the outer `<` and `>`.
    public let markup: String

    /// One cell of a table row.
    public enum Cell: Hashable, Sendable {
        /// Text, optionally bold, in the given point size and colour.
        case text(String, bold: Bool = false, pointSize: Double? = nil, align: String = "LEFT", colour: String? = nil)
        /// A nested table.
        case table(HTMLLabel)
        /// A filled swatch of the given colour (for legends), with an optional text inside.
        case swatch(fill: String, border: String, text: String = "", style: String? = nil, pointSize: Double? = nil)
        /// An empty cell with no padding. Graphviz spreads a table's spare width evenly over its
        /// columns, so a row of fillers keeps the other columns at their natural width.
        case filler
        /// A legend entry for a line: a glyph drawn in `colour`, then `text`.
        case lineKey(glyph: String, colour: String, bold: Bool, text: String, pointSize: Double)
        /// A cell of a grid (a matrix, a plan chart): text in the given size and colour,
        /// aligned, on a background, spanning columns, at least `width` points wide.
        case gridCell(
            String, bold: Bool = false, pointSize: Double, align: String = "LEFT", colour: String? = nil,
            fill: String? = nil, columnSpan: Int = 1, width: Int? = nil)
    }

    init(markup: String) { self.markup = markup }

    /// A table of rows of cells: borderless, or with a thin line of `gridColour` around every
    /// cell.
    public static func table(_ rows: [[Cell]], cellPadding: Int = 2, gridColour: String? = nil) -> HTMLLabel {
        var markup = gridColour.map {
            "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"\(cellPadding)\" COLOR=\"\(escaped($0))\">"
        } ?? "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"\(cellPadding)\">"
        for row in rows {
            markup += "<TR>"
            for cell in row {
                switch cell {
                case .text(let text, let bold, let pointSize, let align, let colour):
                    var content = escaped(text)
                    if bold { content = "<B>\(content)</B>" }
                    let size = pointSize.map { " POINT-SIZE=\"\(format($0))\"" } ?? ""
                    let colourAttribute = colour.map { " COLOR=\"\(escaped($0))\"" } ?? ""
                    if !size.isEmpty || !colourAttribute.isEmpty {
                        content = "<FONT\(size)\(colourAttribute)>\(content)</FONT>"
                    }
                    markup += "<TD ALIGN=\"\(escaped(align))\" BALIGN=\"LEFT\">\(content)</TD>"
                case .table(let nested):
                    markup += "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">\(nested.markup)</TD>"
                case .swatch(let fill, let border, let text, let style, let pointSize):
                    let styleAttribute = style.map { " STYLE=\"\(escaped($0))\"" } ?? ""
                    let size = text.isEmpty ? " WIDTH=\"28\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"" : ""
                    var content = escaped(text)
                    if let pointSize, !text.isEmpty { content = "<FONT POINT-SIZE=\"\(format(pointSize))\">\(content)</FONT>" }
                    markup += "<TD BGCOLOR=\"\(escaped(fill))\" COLOR=\"\(escaped(border))\" BORDER=\"1\"\(styleAttribute) ALIGN=\"LEFT\"\(size)>\(content)</TD>"
                case .filler:
                    markup += "<TD CELLPADDING=\"0\"></TD>"
                case .lineKey(let glyph, let colour, let bold, let text, let pointSize):
                    var line = "<FONT COLOR=\"\(escaped(colour))\">\(escaped(glyph))</FONT>"
                    if bold { line = "<B>\(line)</B>" }
                    markup += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(format(pointSize))\">\(line) \(escaped(text))</FONT></TD>"
                case .gridCell(let text, let bold, let pointSize, let align, let colour, let fill, let span, let width):
                    var content = escaped(text)
                    if bold, !text.isEmpty { content = "<B>\(content)</B>" }
                    let colourAttribute = colour.map { " COLOR=\"\(escaped($0))\"" } ?? ""
                    if !text.isEmpty {
                        content = "<FONT POINT-SIZE=\"\(format(pointSize))\"\(colourAttribute)>\(content)</FONT>"
                    }
                    var attributes = " ALIGN=\"\(escaped(align))\" BALIGN=\"\(escaped(align))\""
                    if let fill { attributes += " BGCOLOR=\"\(escaped(fill))\"" }
                    if span > 1 { attributes += " COLSPAN=\"\(span)\"" }
                    if let width { attributes += " WIDTH=\"\(width)\"" }
                    markup += "<TD\(attributes)>\(content)</TD>"
                }
            }
            markup += "</TR>"
        }
        return HTMLLabel(markup: markup + "</TABLE>")
    }

    /// Text XML-escaped for an HTML-like label; line breaks become `<BR/>`. A backslash is
    /// doubled: Graphviz expands its escapes (`\N`, `\G`, `\E`, `\L` …) in the text of
    /// HTML-like labels too, after it has read the entities, and `\\` is its escape for one
    /// backslash.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "<BR/>"
            case "\r": continue
            case "\t": result += " "
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
