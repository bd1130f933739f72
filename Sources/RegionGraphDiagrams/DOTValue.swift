/// An attribute value in a ``DOTGraph``: plain text (an escString), an HTML-like label, or a
/// raw value the writer trusts (numbers, colours, shape names it chose itself).
public enum DOTValue: Hashable, Sendable {
    /// Text shown as is. Quotes, backslashes and line breaks are escaped; `\N`, `\G` and the
    /// other Graphviz escapes cannot be triggered by the text.
    case text(String)
    /// An HTML-like label, built with ``HTMLLabel`` (its text parts are XML-escaped there).
    case html(HTMLLabel)
    /// A value the writer chose itself, such as `filled`, `#0072B2` or `0.5`; still quoted.
    case raw(String)

    /// The value as it stands after `=` in DOT.
    public var dotText: String {
        switch self {
        case .text(let text): Self.quoted(text)
        case .html(let label): "<" + label.markup + ">"
        case .raw(let text): Self.quoted(text)
        }
    }

    /// `text` as a double-quoted DOT string in which Graphviz shows exactly `text`:
    /// backslashes doubled (so `\N` stays `\N`), quotes escaped, `&` written as `&amp;`
    /// (Graphviz decodes one level of character entities in labels, so `&amp;` in a name stays
    /// `&amp;`), line breaks as `\n` (centred lines), other control characters and
    /// noncharacters (which XML output cannot hold) dropped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": scalars.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": scalars.append(contentsOf: "\\\"".unicodeScalars)
            case "&": scalars.append(contentsOf: "&amp;".unicodeScalars)
            case "\n": scalars.append(contentsOf: "\\n".unicodeScalars)
            case "\r": continue
            case "\t": scalars.append(" ")
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint { continue }
                scalars.append(scalar)
            }
        }
        result.unicodeScalars.append(contentsOf: scalars)
        return result + "\""
    }
}
