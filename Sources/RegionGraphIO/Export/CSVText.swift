/// RFC 4180 CSV text: fields quoted when they hold a comma, a quote or a line break, quotes
/// doubled, records ended by CRLF.
///
/// Works on Unicode scalars, so a comma or quote followed by a combining mark, or a CRLF line
/// break, is still seen and quoted (comparing `Character`s would miss them).
///
/// ```swift
/// CSVText.record(["roros", "Røros, kommune", "say \"hei\""])
/// // roros,"Røros, kommune","say ""hei"""\r\n
/// ```
public enum CSVText {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    /// One record: the fields separated by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
