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

    /// One record: the fields separated by commas, ended by CRLF. With `excelSafe`, each field
    /// is first made ``excelSafe(_:)``.
    public static func record(_ fields: [String], excelSafe: Bool = false) -> String {
        (excelSafe ? fields.map(Self.excelSafe) : fields).map(field).joined(separator: ",") + "\r\n"
    }

    /// `text` as a spreadsheet program shows it rather than runs it: a text that starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return (which Excel and LibreOffice take as the
    /// start of a formula) gets an apostrophe in front, which they read as "this is text".
    /// Other texts are unchanged.
    ///
    /// ```swift
    /// CSVText.excelSafe("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
    /// CSVText.excelSafe("Røros")                       // "Røros"
    /// ```
    public static func excelSafe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The characters a spreadsheet takes as the start of a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
