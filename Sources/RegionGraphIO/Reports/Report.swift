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

    public struct Row: Sendable {
        public var cells: [String]
        /// Citation lines, printed under the row with `--sources`.
        public var sources: [String]
        public var object: JSONValue

        public init(cells: [String], sources: [String] = [], object: JSONValue) {
            self.cells = cells
            self.sources = sources
            self.object = object
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
    public func rendered(as format: OutputFormat, showSources: Bool = false) -> String {
        switch format {
        case .text: renderedText(showSources: showSources)
        case .json: explainedJSON(json ?? .array(rows.map(\.object))).serialized()
        case .csv: renderedCSV(showSources: showSources)
        case .markdown: renderedMarkdown(showSources: showSources)
        }
    }

    private func renderedText(showSources: Bool) -> String {
        var lines: [String] = []
        if let title { lines.append(title) }
        if columns.isEmpty {
            // An answer that is its explanation alone.
        } else if rows.isEmpty {
            lines.append("(none)")
        } else {
            var widths = columns.map(\.count)
            for row in rows {
                for (index, cell) in row.cells.enumerated() where index < widths.count {
                    widths[index] = max(widths[index], Report.firstLine(cell).count)
                }
            }
            func line(_ cells: [String]) -> String {
                var text = ""
                for (index, cell) in cells.enumerated() {
                    let value = Report.firstLine(cell)
                    if index == cells.count - 1 {
                        text += value
                    } else {
                        text += value + String(repeating: " ", count: widths[index] - value.count + 2)
                    }
                }
                return String(text.reversed().drop(while: { $0 == " " }).reversed())
            }
            lines.append(line(columns.map { $0.uppercased() }))
            for row in rows {
                lines.append(line(row.cells))
                if showSources {
                    lines += row.sources.map { "    source: " + $0 }
                }
            }
        }
        lines += footer
        if let explanation { lines += [""] + Report.explanationText(explanation) }
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
            lines += Report.explanationMarkdown(explanation)
        }
        if lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line of a cell, with control characters (tabs, escapes) shown as spaces so
    /// that no cell can move the cursor or recolour a terminal.
    static func firstLine(_ text: String) -> String {
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
