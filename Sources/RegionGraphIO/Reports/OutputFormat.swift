/// How a command prints its answer.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned table for a terminal.
    case text
    /// An array of objects (or one object), with every fact's sources.
    case json
    /// RFC 4180 CSV with a header line, for spreadsheets.
    case csv
    /// A Markdown table, for documents.
    case markdown
}
