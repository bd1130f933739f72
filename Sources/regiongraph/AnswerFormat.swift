import ArgumentParser
import RegionGraphIO
import RegionGraphRendering

/// How a query answers: as a report (text, json, csv, markdown), as an Excel workbook (xlsx)
/// or drawn as a diagram (svg, png, pdf, dot).
enum AnswerFormat: Hashable, CaseIterable, ExpressibleByArgument {
    case report(OutputFormat)
    /// The report's table as an Excel workbook.
    case workbook
    case diagram(DiagramFormat)

    static var allCases: [AnswerFormat] {
        OutputFormat.allCases.map(Self.report) + [.workbook] + DiagramFormat.allCases.map(Self.diagram)
    }

    /// The name `--format` takes.
    var name: String {
        switch self {
        case .report(let format): format.rawValue
        case .workbook: "xlsx"
        case .diagram(let format): format.rawValue
        }
    }

    init?(argument: String) {
        guard let format = Self.allCases.first(where: { $0.name == argument.lowercased() }) else { return nil }
        self = format
    }

    /// The format a file name's extension names (`.md` for markdown, `.txt` for text, `.xlsx`
    /// for a workbook), or `nil`.
    init?(fileExtensionOf path: String) {
        if let format = DiagramFormat(fileExtensionOf: path) {
            self = .diagram(format)
            return
        }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt": self = .report(.text)
        case "json": self = .report(.json)
        case "csv": self = .report(.csv)
        case "md", "markdown": self = .report(.markdown)
        case "xlsx": self = .workbook
        default: return nil
        }
    }

    static var allValueStrings: [String] { allCases.map(\.name) }

    /// Every name, for help texts: `text, json, csv, markdown, xlsx, dot, svg, png, pdf`.
    static var names: String { allValueStrings.joined(separator: ", ") }
}
