import Foundation
import RegionGraph

/// A query's answer, ready to print as text, JSON, CSV or Markdown.
///
/// Each row has the cells of the table and the JSON object that stands for it; the rows'
/// sources print under each row in text with `showSources`, and always in JSON.
///
/// ```swift
/// let report = Report.members(of: council, in: network)
/// print(report.rendered(as: .text, showSources: true))
/// ```
public struct Report: Sendable {
    /// A line printed above the table in text and Markdown.
    public var title: String?
    public var columns: [String]
    public var rows: [Row]
    /// Lines printed below the table in text and Markdown (legends, counts).
    public var footer: [String]
    /// Whether CSV starts with a UTF-8 byte-order mark: without it Excel reads the file as
    /// Windows-1252 and garbles æ, ø and å. On by default, as in the CSV export.
    public var csvByteOrderMark = true
    /// The JSON answer; by default the array of the rows' objects.
    public var json: JSONValue?
    /// The facts behind the answer, printed after it (see `Report+Explanation.swift`).
    public var explanation: Explanation?
    /// The language of the words the report adds when printed ("(none)", "source:").
    public var language: Language = .english
    /// The column that heads each row when a text table is too wide for the terminal and its
    /// rows are printed as blocks (``TextTable``).
    public var mainColumn = 0

    public struct Row: Sendable {
        public var cells: [String]
        /// Citation lines, printed under the row with `--sources`: made each time they are
        /// asked for when the row was made with ``init(cells:sources:makingObject:)``.
        public var sources: [String] {
            get { makeSources() }
            set { makeSources = { newValue } }
        }
        private var makeSources: @Sendable () -> [String]
        /// The row as JSON (`--format json`): made each time it is asked for when the row was
        /// made with ``init(cells:sources:makingObject:)``.
        public var object: JSONValue {
            get { makeObject() }
            set { makeObject = { newValue } }
        }
        private var makeObject: @Sendable () -> JSONValue

        public init(cells: [String], sources: [String] = [], object: JSONValue) {
            self.cells = cells
            self.makeSources = { sources }
            self.makeObject = { object }
        }

        /// A row whose JSON object and citation lines are made only when asked for: an answer
        /// printed as text, CSV or Markdown never needs the object, one printed without
        /// `--sources` never needs the lines, and a long one spends much of its time on them.
        ///
        /// ```swift
        /// Report.Row(cells: [entity.name]) { Report.entityObject(entity) }
        /// ```
        public init(
            cells: [String], sources: @autoclosure @escaping @Sendable () -> [String] = [],
            makingObject: @escaping @Sendable () -> JSONValue
        ) {
            self.cells = cells
            self.makeSources = sources
            self.makeObject = makingObject
        }
    }

    public init(
        title: String? = nil, columns: [String], rows: [Row], footer: [String] = [],
        json: JSONValue? = nil
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footer = footer
        self.json = json
    }

    /// The report in `format`. Text and Markdown end with a newline; CSV uses `\r\n` line ends
    /// as RFC 4180 asks.
    ///
    /// Text fits in `width` columns when one is given: long cells are shortened with "…"
    /// (id columns are kept whole), and titles, source lines and footers are wrapped at
    /// spaces (see ``TextTable``).
    public func rendered(as format: OutputFormat, showSources: Bool = false, width: Int? = nil) -> String {
        switch format {
        case .text: renderedText(showSources: showSources, width: width)
        case .json: explainedJSON(json ?? .array(rows.map(\.object))).serialized()
        case .csv: renderedCSV(showSources: showSources)
        case .markdown: renderedMarkdown(showSources: showSources)
        }
    }

    private func renderedText(showSources: Bool, width: Int?) -> String {
        let wrap = { (line: String) in width.map { TextTable.wrapped(line, width: $0) } ?? [line] }
        var lines: [String] = []
        if let title { lines += title.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0)) } }
        if columns.isEmpty {
            // An answer that is its explanation alone.
        } else if rows.isEmpty {
            lines.append(language.text(en: "(none)", nb: "(ingen)"))
        } else {
            let table = TextTable(
                header: columns, rows: rows.map { $0.cells.map(Report.firstLine) },
                keptWhole: Set(columns.indices.filter { columns[$0].lowercased() == "id" }), blockTitle: mainColumn,
                width: width)
            let source = language.text(en: "source", nb: "kilde")
            lines += table.headerLines
            for (index, row) in rows.enumerated() {
                lines += table.lines(ofRow: index)
                if showSources {
                    lines += row.sources.flatMap { wrap("    \(source): " + Report.plain($0)) }
                }
            }
        }
        lines += footer.flatMap(wrap)
        if let explanation { lines += [""] + Report.explanationText(explanation, language: language).flatMap(wrap) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderedCSV(showSources: Bool) -> String {
        let header = columns + (showSources ? ["sources"] : [])
        var lines = [header.map(Report.csvField).joined(separator: ",")]
        for row in rows {
            let cells = row.cells + (showSources ? [row.sources.joined(separator: " | ")] : [])
            lines.append(cells.map(Report.csvField).joined(separator: ","))
        }
        return (csvByteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    private func renderedMarkdown(showSources: Bool) -> String {
        var lines: [String] = []
        if let title { lines += ["**\(Report.markdownCell(title))**", ""] }
        let header = columns + (showSources ? ["Sources"] : [])
        if !columns.isEmpty {
            lines.append("| " + header.map(Report.markdownCell).joined(separator: " | ") + " |")
            lines.append("|" + header.map { _ in " --- |" }.joined())
            for row in rows {
                let cells = row.cells + (showSources ? [row.sources.joined(separator: "; ")] : [])
                lines.append("| " + cells.map(Report.markdownCell).joined(separator: " | ") + " |")
            }
        }
        if !footer.isEmpty { lines += [""] + footer.map(Report.markdownText) }
        if let explanation {
            if lines.last != "" { lines.append("") }
            lines += Report.explanationMarkdown(explanation, language: language)
        }
        if lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line of a cell, with control characters (tabs, escapes) shown as spaces so
    /// that no cell can move the cursor or recolour a terminal.
    static func firstLine(_ text: String) -> String {
        // Most cells have no line break or control character: they are what they are. (0xC2
        // begins the C1 controls' UTF-8, and a few letters', which go the long way.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) { return text }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            result.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return String(result)
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    public static func csvField(_ text: String) -> String {
        CSVText.field(text)
    }

    /// Text that cannot break a Markdown table: pipes, backslashes and line breaks escaped.
    static func markdownCell(_ text: String) -> String {
        markdownText(text)
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    static func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
