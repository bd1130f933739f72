import Foundation

/// Reads a worksheet part (`xl/worksheets/sheet1.xml`) into a ``Worksheet``: the cells of
/// `<sheetData>`, placed by their references (`r="C7"`) or, where a writer leaves those out,
/// after the cell or row before them.
///
/// ```swift
/// let sheet = try WorksheetParser.sheet(named: "relations", data, part: path,
///                                       strings: strings, styles: styles, uses1904: false)
/// ```
final class WorksheetParser: WorkbookXMLReader {
    private let strings: WorkbookSharedStrings
    private let styles: WorkbookStyles
    private let uses1904: Bool

    private var rows: [Worksheet.Row] = []
    private var rowNumber = 0
    private var cells: [Worksheet.Cell] = []
    private var inRow = false
    private var column = 0

    /// The cell being read: its type (`t`), style (`s`), `<v>` and inline text, and whether
    /// it has a formula.
    private var type = ""
    private var style = 0
    private var value: String?
    private var inlineText: String?
    private var hasFormula = false
    private var collecting: Collecting = .nothing
    private var phoneticDepth = 0

    private enum Collecting { case nothing, value, inlineText }

    private init(strings: WorkbookSharedStrings, styles: WorkbookStyles, uses1904: Bool) {
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
    }

    /// The sheet `name` whose part, `part`, holds `data`.
    ///
    /// - Throws: ``WorkbookError/malformedXML(part:line:reason:)``.
    static func sheet(
        named name: String, _ data: Data, part: String, strings: WorkbookSharedStrings, styles: WorkbookStyles,
        uses1904: Bool
    ) throws(WorkbookError) -> Worksheet {
        let parser = WorksheetParser(strings: strings, styles: styles, uses1904: uses1904)
        try parser.read(data, part: part)
        var rows = parser.rows.filter { !$0.cells.isEmpty }
        rows.sort { $0.number < $1.number }
        return Worksheet(name: name, rows: rows)
    }

    override func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = WorkbookXMLReader.attribute("r", in: attributes).flatMap { Int($0) } ?? rowNumber + 1
            inRow = true
            column = 0
            cells = []
        case "c" where inRow:
            let reference = WorkbookXMLReader.attribute("r", in: attributes).flatMap(Self.columnNumber)
            column = reference ?? column + 1
            type = WorkbookXMLReader.attribute("t", in: attributes) ?? "n"
            style = WorkbookXMLReader.attribute("s", in: attributes).flatMap { Int($0) } ?? 0
            value = nil
            inlineText = nil
            hasFormula = false
        case "v" where inRow:
            value = ""
            collecting = .value
        case "f" where inRow:
            hasFormula = true
        case "is" where inRow:
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inRow && inlineText != nil && phoneticDepth == 0:
            collecting = .inlineText
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "row" where inRow:
            rows.append(Worksheet.Row(number: rowNumber, cells: cells))
            inRow = false
        case "c" where inRow:
            if let cellValue = cellValue() { cells.append(Worksheet.Cell(column: column, value: cellValue)) }
        case "v", "t":
            collecting = .nothing
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    override func characters(_ text: String) {
        switch collecting {
        case .nothing: break
        case .value: value? += text
        case .inlineText: inlineText? += text
        }
    }

    /// The value of the cell just read; `nil` for an empty one.
    private func cellValue() -> Worksheet.Value? {
        switch type {
        case "inlineStr":
            return Self.nonEmpty(WorkbookText.decoded(inlineText ?? value ?? ""))
        case "s":
            guard let value else { return nil }
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), strings.texts.indices.contains(index) else {
                return .unreadable("the cell refers to shared string \(value), which the workbook does not have")
            }
            return Self.nonEmpty(strings.texts[index])
        case "str":
            return Self.nonEmpty(WorkbookText.decoded(value ?? ""))
        case "b":
            guard let value else { return nil }
            return .text(value.trimmingCharacters(in: .whitespaces) == "0" ? "false" : "true")
        case "e":
            return .unreadable("the cell holds the error \(value ?? "")")
        case "d":
            guard let value, !value.isEmpty else { return nil }
            return .text(Self.isoDate(value))
        default:
            guard let value, !value.isEmpty else {
                return hasFormula
                    ? .unreadable("the cell holds a formula whose value was not saved with the workbook") : nil
            }
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else {
                return .unreadable("the cell's number '\(value)' is not a number")
            }
            if styles.showsDate(style: style), let date = WorkbookDate.text(ofSerial: number, uses1904: uses1904) {
                return .text(date)
            }
            return .text(WorkbookNumber.text(number))
        }
    }

    private static func nonEmpty(_ text: String) -> Worksheet.Value? {
        text.isEmpty ? nil : .text(text)
    }

    /// An ISO 8601 date-time cell (`t="d"`) as a date when it is at midnight:
    /// `2019-01-01T00:00:00Z` → `2019-01-01`.
    static func isoDate(_ text: String) -> String {
        guard let separator = text.firstIndex(of: "T") else { return text }
        let time = text[text.index(after: separator)...]
        let midnight = time.drop { $0 == "0" || $0 == ":" || $0 == "." }
        return midnight.isEmpty || midnight == "Z" ? String(text[..<separator]) : text
    }

    /// The column number of a cell reference's letters: `C7` → 3, `AA1` → 27; `nil` when it
    /// has none or names a column past Excel's last, XFD.
    static func columnNumber(_ reference: String) -> Int? {
        var number = 0
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z": number = number * 26 + Int(scalar.value - 64)
            case "a"..."z": number = number * 26 + Int(scalar.value - 96)
            case "$": continue
            default: return number == 0 ? nil : number
            }
            if number > 16_384 { return nil }
        }
        return number == 0 ? nil : number
    }
}
