import Foundation

/// Reads the worksheets of an Excel workbook (`.xlsx`, as Excel, LibreOffice, Numbers and
/// Google Sheets save it): the package's relationships lead to the workbook part, its sheets,
/// the shared strings and the styles, whose number formats tell dates from numbers.
///
/// ```swift
/// let sheets = try WorkbookReader.sheets(of: Array(try Data(contentsOf: url)))
/// for sheet in sheets { print(sheet.name, sheet.rows.count) }
/// ```
public enum WorkbookReader {
    /// Every worksheet of the workbook in `bytes`, in the workbook's order (chart sheets are
    /// left out).
    ///
    /// - Throws: ``WorkbookError`` when the bytes are not a workbook that can be read: not a
    ///   zip archive, encrypted, damaged, or a part that is missing or not well-formed.
    /// - Complexity: O(*n*) in the unpacked size of the parts read.
    public static func sheets(of bytes: [UInt8]) throws(WorkbookError) -> [Worksheet] {
        let archive = try WorkbookArchive(bytes)
        let package = try WorkbookRelationships(of: "", in: archive)
        let workbookPath = package.target(ofType: "officeDocument") ?? "xl/workbook.xml"
        let workbook = Contents()
        try workbook.read(try archive.requiredPart(workbookPath), part: workbookPath)
        let parts = try WorkbookRelationships(of: workbookPath, in: archive)

        var strings = WorkbookSharedStrings()
        if let path = parts.target(ofType: "sharedStrings"), let data = try archive.part(path) {
            strings = try WorkbookSharedStrings(data, part: path)
        }
        var styles = WorkbookStyles()
        if let path = parts.target(ofType: "styles"), let data = try archive.part(path) {
            styles = try WorkbookStyles(data, part: path)
        }
        var sheets: [Worksheet] = []
        for sheet in workbook.sheets {
            guard let relationship = parts.byID[sheet.relationshipID] else {
                throw .missingPart("the part of sheet '\(sheet.name)' (\(sheet.relationshipID))")
            }
            guard relationship.type == "worksheet" else { continue }
            sheets.append(try WorksheetParser.sheet(
                named: sheet.name, try archive.requiredPart(relationship.target), part: relationship.target,
                strings: strings, styles: styles, uses1904: workbook.uses1904))
        }
        return sheets
    }

    /// The workbook part (`xl/workbook.xml`): its sheets and its date system.
    private final class Contents: WorkbookXMLReader {
        var sheets: [(name: String, relationshipID: String)] = []
        var uses1904 = false

        override func start(_ name: Substring, attributes: [String: String]) {
            switch name {
            case "sheet":
                if let name = WorkbookXMLReader.attribute("name", in: attributes),
                    let id = WorkbookXMLReader.attribute("id", in: attributes)
                {
                    sheets.append((name, id))
                }
            case "workbookPr":
                let value = WorkbookXMLReader.attribute("date1904", in: attributes)
                uses1904 = value == "1" || value == "true"
            default:
                break
            }
        }
    }
}
