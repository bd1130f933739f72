@testable import RegionGraphIO

/// Workbooks written part by part, as other programs write them, for the reader's tests.
enum WorkbookFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A workbook whose sheets hold `sheetData` (the XML inside `<sheetData>`), with these
    /// shared strings (`<si>` elements) and styles part, in the 1904 date system when asked.
    static func bytes(
        sheets: [(name: String, sheetData: String)], sharedStrings: [String] = [], styles: String? = nil,
        uses1904: Bool = false
    ) throws -> [UInt8] {
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels",
             "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ]
        var workbook = "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
            + (uses1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>"
        var links = "<Relationships xmlns=\"\(package)\">"
        for (index, sheet) in sheets.enumerated() {
            workbook += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            links += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml",
                          "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet.sheetData)</sheetData></worksheet>"))
        }
        links += "<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
        parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + sharedStrings.joined() + "</sst>"))
        if let styles {
            links += "<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        parts.append(("xl/workbook.xml", workbook + "</sheets></workbook>"))
        parts.append(("xl/_rels/workbook.xml.rels", links + "</Relationships>"))
        return try WorkbookWriter.zipped(parts)
    }

    /// The texts of a sheet's rows, by column number.
    static func texts(_ sheet: Worksheet) -> [[Int: String]] {
        sheet.rows.map { row in
            Dictionary(uniqueKeysWithValues: row.cells.compactMap { cell in
                if case .text(let text) = cell.value { return (cell.column, text) }
                return nil
            })
        }
    }
}
