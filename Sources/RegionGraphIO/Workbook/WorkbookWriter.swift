import Foundation
import RegionGraph
import ZIPFoundation

/// Writes an Excel workbook (`.xlsx`) of ``WorkbookSheet``s, in memory: the XML of each part
/// written here, zipped with ZIPFoundation.
///
/// Each table's header is bold and frozen, with a filter over the table and column widths
/// from the longest text in each column (at most ``widestColumn``); it prints across the page,
/// with its grid, the header on every page. Texts are shared strings;
/// a text is a number cell only when it reads back as the same text
/// (``WorkbookNumber/value(ofCanonical:)``: `22716` is a number, `0301` stays text); a text
/// with a line break is shown wrapped. No cell is a formula, so text that starts with `=`
/// stays text.
///
/// The same sheets give the same bytes: parts in a fixed order, every zip entry dated
/// 1980-01-01, nothing from the clock or the machine.
///
/// ```swift
/// let bytes = try WorkbookWriter.bytes(of: [WorkbookSheet(name: "entities", rows: rows)], title: "Nettverk")
/// try AtomicFile.write(bytes, to: "nettverk.xlsx")
/// ```
public enum WorkbookWriter {
    /// The widest a column is made, in characters.
    public static let widestColumn = 60

    /// Why a workbook could not be made (the zip archive could not be written in memory).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { "cannot make the workbook: \(reason)" }
    }

    /// The bytes of a workbook holding `sheets`, in order (at least one is written: an empty
    /// sheet when `sheets` is empty). `title` goes in the workbook's properties.
    ///
    /// - Throws: ``Failure`` when the archive cannot be made.
    /// - Complexity: O(*n*) in the size of the texts, plus compressing them.
    public static func bytes(of sheets: [WorkbookSheet], title: String? = nil) throws(Failure) -> [UInt8] {
        let sheets = sheets.isEmpty ? [WorkbookSheet(name: "Sheet", rows: [])] : sheets
        let names = uniqueNames(sheets.map { WorkbookSheet.tabName($0.name) })
        var strings = SharedStrings()
        var worksheets: [String] = []
        for (index, sheet) in sheets.enumerated() {
            worksheets.append(worksheet(sheet, selected: index == 0, strings: &strings))
        }
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count, hasTitle: title != nil)),
            ("_rels/.rels", packageRelationships(hasTitle: title != nil)),
        ]
        if let title { parts.append(("docProps/core.xml", coreProperties(title: title))) }
        parts += [
            ("xl/workbook.xml", workbook(sheets, names: names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", strings.xml()),
        ]
        parts += worksheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", $0.element) }
        return try zipped(parts)
    }

    /// The date of every zip entry: the earliest a zip archive can hold.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// A zip archive of `parts`, in order, each deflated and dated ``entryDate``.
    static func zipped(_ parts: [(path: String, text: String)]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Failure(reason: "the archive holds no data") }
            return Array(data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "\(error)")
        }
    }

    /// `names` with a number added to any that repeats an earlier one in another case:
    /// `Notes`, `Notes (2)`.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { name in
            var candidate = name
            var number = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(name.prefix(WorkbookSheet.longestName - suffix.count)) + suffix
                number += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }

    // MARK: Parts

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(sheetCount: Int, hasTitle: Bool) -> String {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var text = declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type).styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(type).sharedStrings+xml\"/>"
        for number in 1...sheetCount {
            text += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"\(type).worksheet+xml\"/>"
        }
        if hasTitle {
            text += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        }
        return text + "</Types>"
    }

    private static func packageRelationships(hasTitle: Bool) -> String {
        var text = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        if hasTitle {
            text += "<Relationship Id=\"rId2\" Type=\"\(packageRelationshipNamespace)/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        }
        return text + "</Relationships>"
    }

    private static func coreProperties(title: String) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(XMLText.escaped(title))</dc:title></cp:coreProperties>"
    }

    private static func workbook(_ sheets: [WorkbookSheet], names: [String]) -> String {
        var text = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            text += "<sheet name=\"\(XMLText.escaped(name, inAttribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        text += "</sheets>"
        var definedNames = ""
        for (index, sheet) in sheets.enumerated() {
            guard sheet.isTable, let range = tableRange(sheet) else { continue }
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            definedNames += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLText.escaped("\(quoted)!$A$1:$\(FileLocation.columnName(range.columns))$\(range.rows)")
                + "</definedName>"
            definedNames += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + XMLText.escaped("\(quoted)!$1:$1") + "</definedName>"
        }
        if !definedNames.isEmpty { text += "<definedNames>" + definedNames + "</definedNames>" }
        return text + "</workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var text = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for number in 1...sheetCount {
            text += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        text += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return text + "</Relationships>"
    }

    /// The cell styles: 0 plain, 1 bold (headers), 2 wrapped at the top (texts with line breaks).
    private static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    /// The number of rows and columns of a sheet's table; `nil` when it has no cells.
    private static func tableRange(_ sheet: WorkbookSheet) -> (rows: Int, columns: Int)? {
        let columns = sheet.rows.map(\.count).max() ?? 0
        return sheet.rows.isEmpty || columns == 0 ? nil : (sheet.rows.count, columns)
    }

    private static func worksheet(_ sheet: WorkbookSheet, selected: Bool, strings: inout SharedStrings) -> String {
        var text = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        let range = tableRange(sheet)
        let lastCell = range.map { FileLocation.columnName($0.columns) + String($0.rows) }
        text += "<dimension ref=\"A1\(lastCell.map { ":" + $0 } ?? "")\"/>"
        text += "<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">"
        if sheet.isTable, range != nil {
            text += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        text += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if range != nil {
            text += "<cols>"
            for (index, width) in columnWidths(sheet).enumerated() {
                text += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            text += "<row r=\"\(number)\">"
            for (columnIndex, value) in row.enumerated() where !value.isEmpty {
                let reference = FileLocation.columnName(columnIndex + 1) + String(number)
                let isHeader = sheet.isTable && rowIndex == 0
                if !isHeader, let _ = WorkbookNumber.value(ofCanonical: value) {
                    text += "<c r=\"\(reference)\"><v>\(value)</v></c>"
                    continue
                }
                let style = isHeader ? " s=\"1\"" : value.contains(where: \.isNewline) ? " s=\"2\"" : ""
                text += "<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.index(of: value))</v></c>"
            }
            text += "</row>"
        }
        text += "</sheetData>"
        if sheet.isTable, let range {
            text += "<autoFilter ref=\"A1:\(FileLocation.columnName(range.columns))\(range.rows)\"/>"
        }
        // A table prints with its grid, across the page.
        if sheet.isTable { text += "<printOptions gridLines=\"1\"/>" }
        text += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        if sheet.isTable { text += "<pageSetup orientation=\"landscape\"/>" }
        if let title = sheet.printTitle, !title.isEmpty {
            // In a header, & starts a code: a text's own & is doubled.
            let shown = String(title.prefix(200)).replacingOccurrences(of: "&", with: "&&")
            text += "<headerFooter><oddHeader>\(XMLText.escaped("&L&\"-,Bold\"" + shown))</oddHeader></headerFooter>"
        }
        return text + "</worksheet>"
    }

    /// Each column's width in characters: its longest line (a header counts a little wider,
    /// being bold), plus a margin, from 6 to ``widestColumn``.
    static func columnWidths(_ sheet: WorkbookSheet) -> [Int] {
        var widths: [Int] = []
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (column, value) in row.enumerated() {
                let longest = value.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
                let shown = sheet.isTable && rowIndex == 0 ? longest + longest / 10 + 3 : longest
                if column >= widths.count { widths.append(0) }
                widths[column] = max(widths[column], shown)
            }
        }
        return widths.map { min(widestColumn, max(6, $0 + 2)) }
    }

    /// The workbook's shared strings, in the order first met.
    struct SharedStrings {
        private var indexes: [String: Int] = [:]
        private var texts: [String] = []
        private var references = 0

        mutating func index(of text: String) -> Int {
            references += 1
            if let index = indexes[text] { return index }
            indexes[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        func xml() -> String {
            var text = WorkbookWriter.declaration
                + "<sst xmlns=\"\(WorkbookWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">"
            for string in texts {
                let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
                text += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>"
                    + XMLText.escaped(WorkbookText.encoded(string)) + "</t></si>"
            }
            return text + "</sst>"
        }
    }
}
