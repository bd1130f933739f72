import Foundation

/// What a workbook's styles part (`xl/styles.xml`) says about its cells' number formats:
/// which cell styles (the `s` of a cell, an index into `cellXfs`) show dates.
///
/// ```swift
/// let styles = try WorkbookStyles(data, part: "xl/styles.xml")
/// styles.showsDate(style: 1)   // true when style 1 has a date format such as dd.mm.yyyy
/// ```
struct WorkbookStyles {
    /// Whether each cell style shows a date, by index.
    private var dateStyles: [Bool] = []

    /// No styles: every number is a number.
    init() {}

    init(_ data: Data, part: String) throws(WorkbookError) {
        let reader = Reader()
        try reader.read(data, part: part)
        dateStyles = reader.formatIDs.map { id in
            WorkbookDate.isDateFormat(id: id, code: reader.codes[id])
        }
    }

    /// Whether cells of style `style` show their number as a date.
    func showsDate(style: Int) -> Bool {
        dateStyles.indices.contains(style) && dateStyles[style]
    }

    private final class Reader: WorkbookXMLReader {
        /// The number format of each cell style (`cellXfs`), in order.
        var formatIDs: [Int] = []
        /// The codes of the formats the workbook defines (`numFmts`).
        var codes: [Int: String] = [:]
        private var inCellFormats = false

        override func start(_ name: Substring, attributes: [String: String]) {
            switch name {
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats:
                formatIDs.append(WorkbookXMLReader.attribute("numFmtId", in: attributes).flatMap { Int($0) } ?? 0)
            case "numFmt":
                if let id = WorkbookXMLReader.attribute("numFmtId", in: attributes).flatMap({ Int($0) }),
                    let code = WorkbookXMLReader.attribute("formatCode", in: attributes)
                {
                    codes[id] = code
                }
            default: break
            }
        }

        override func end(_ name: Substring) {
            if name == "cellXfs" { inCellFormats = false }
        }
    }
}
