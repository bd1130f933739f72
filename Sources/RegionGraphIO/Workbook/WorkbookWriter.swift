import Foundation
import RegionGraph
import ZIPFoundation

/// Writes an Excel workbook (`.xlsx`) of ``WorkbookSheet``s, in memory, or of
/// ``WorkbookSheetSource``s into a ``ByteSink`` as the rows are made: the XML of each part
/// written here, zipped with ZIPFoundation (see ``write(_:title:to:)``).
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
        let sink = ByteSink()
        try write(sheets.map(WorkbookSheetSource.init), title: title, to: sink)
        return sink.bytes
    }

    /// Writes the workbook of `sheets` into `sink`: the same bytes as ``bytes(of:title:)`` of
    /// the same rows, made without holding the sheets or the workbook in memory.
    ///
    /// Each sheet's rows are gone through twice: once for its size and column widths, once to
    /// write its XML into a temporary file; the shared strings (each text once) are the only
    /// thing kept. The parts are then zipped into a temporary archive, which is copied into
    /// `sink`. The temporary files are removed, whatever happens.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "nettverk.xlsx") { sink in try? WorkbookWriter.write(sources, to: sink) }
    /// ```
    ///
    /// - Throws: ``Failure`` when a temporary file or the archive cannot be written.
    /// - Complexity: O(*n*) in the size of the texts, plus compressing them; memory O(*u*) for
    ///   *u* bytes of distinct texts.
    public static func write(_ sheets: [WorkbookSheetSource], title: String? = nil, to sink: ByteSink) throws(Failure) {
        let sheets = sheets.isEmpty ? [WorkbookSheetSource(WorkbookSheet(name: "Sheet", rows: []))] : sheets
        let names = uniqueNames(sheets.map { WorkbookSheet.tabName($0.name) })
        let shapes = sheets.map(SheetShape.init)
        try withTemporaryFolder { folder throws(Failure) in
            var strings = SharedStrings()
            var worksheets: [ArchivePart] = []
            for (index, sheet) in sheets.enumerated() {
                let path = folder + "/sheet\(index + 1).xml"
                try writeFile(path) { worksheet(sheet, shape: shapes[index], selected: index == 0, strings: &strings, to: $0) }
                worksheets.append(.file("xl/worksheets/sheet\(index + 1).xml", path))
            }
            let stringsPath = folder + "/sharedStrings.xml"
            try writeFile(stringsPath) { strings.write(to: $0) }
            var parts: [ArchivePart] = [
                .text("[Content_Types].xml", contentTypes(sheetCount: sheets.count, hasTitle: title != nil)),
                .text("_rels/.rels", packageRelationships(hasTitle: title != nil)),
            ]
            if let title { parts.append(.text("docProps/core.xml", coreProperties(title: title))) }
            parts += [
                .text("xl/workbook.xml", workbook(sheets, shapes: shapes, names: names)),
                .text("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
                .text("xl/styles.xml", styles),
                .file("xl/sharedStrings.xml", stringsPath),
            ]
            try archive(parts + worksheets, in: folder, to: sink)
        }
    }

    /// A zip archive of `parts`, in order, each deflated and dated ``entryDate``.
    static func zipped(_ parts: [(path: String, text: String)]) throws(Failure) -> [UInt8] {
        let sink = ByteSink()
        try withTemporaryFolder { folder throws(Failure) in
            try archive(parts.map { .text($0.path, $0.text) }, in: folder, to: sink)
        }
        return sink.bytes
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

    private static func workbook(_ sheets: [WorkbookSheetSource], shapes: [SheetShape], names: [String]) -> String {
        var text = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            text += "<sheet name=\"\(XMLText.escaped(name, inAttribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        text += "</sheets>"
        var definedNames = ""
        for (index, sheet) in sheets.enumerated() {
            guard sheet.isTable, let range = shapes[index].range else { continue }
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

    /// What the first pass over a sheet's rows finds: their number, the widest row's cells and
    /// each column's width.
    struct SheetShape {
        var rows = 0
        var columns = 0
        /// Each column's width in characters: its longest line (a header counts a little
        /// wider, being bold), plus a margin, from 6 to ``widestColumn``.
        var widths: [Int] = []

        init(_ sheet: WorkbookSheetSource) {
            var longest: [Int] = []
            sheet.forEachRow { row in
                for (column, value) in row.enumerated() {
                    let line = WorkbookWriter.longestLine(value)
                    let shown = sheet.isTable && rows == 0 ? line + line / 10 + 3 : line
                    if column >= longest.count { longest.append(0) }
                    longest[column] = max(longest[column], shown)
                }
                columns = max(columns, row.count)
                rows += 1
            }
            widths = longest.map { min(widestColumn, max(6, $0 + 2)) }
        }

        /// The number of rows and columns of the sheet's table; `nil` when it has no cells.
        var range: (rows: Int, columns: Int)? {
            rows == 0 || columns == 0 ? nil : (rows, columns)
        }
    }

    /// The characters of a text's longest line.
    static func longestLine(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        return text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
    }

    /// Whether a text holds a line break (and so is shown wrapped).
    static func hasLineBreak(_ text: String) -> Bool {
        !isPrintableASCII(text) && text.contains(where: \.isNewline)
    }

    /// Whether a text is printable ASCII only: one character a byte, with no line break. Most
    /// cells are, and need no walk through their characters.
    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Writes the XML of a sheet, numbering its texts in `strings`.
    private static func worksheet(
        _ sheet: WorkbookSheetSource, shape: SheetShape, selected: Bool, strings: inout SharedStrings, to sink: ByteSink
    ) {
        sink.write(declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">")
        let range = shape.range
        let lastCell = range.map { FileLocation.columnName($0.columns) + String($0.rows) }
        sink.write("<dimension ref=\"A1\(lastCell.map { ":" + $0 } ?? "")\"/>")
        sink.write("<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">")
        if sheet.isTable, range != nil {
            sink.write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        }
        sink.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if range != nil {
            sink.write("<cols>")
            for (index, width) in shape.widths.enumerated() {
                sink.write("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            sink.write("</cols>")
        }
        sink.write("<sheetData>")
        var rowIndex = 0
        sheet.forEachRow { row in
            let number = rowIndex + 1
            let isHeader = sheet.isTable && rowIndex == 0
            rowIndex += 1
            sink.write("<row r=\"\(number)\">")
            for (columnIndex, value) in row.enumerated() where !value.isEmpty {
                let reference = FileLocation.columnName(columnIndex + 1) + String(number)
                if !isHeader, let _ = WorkbookNumber.value(ofCanonical: value) {
                    sink.write("<c r=\"\(reference)\"><v>\(value)</v></c>")
                    continue
                }
                let style = isHeader ? " s=\"1\"" : hasLineBreak(value) ? " s=\"2\"" : ""
                sink.write("<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.index(of: value))</v></c>")
            }
            sink.write("</row>")
        }
        sink.write("</sheetData>")
        if sheet.isTable, let range {
            sink.write("<autoFilter ref=\"A1:\(FileLocation.columnName(range.columns))\(range.rows)\"/>")
        }
        // A table prints with its grid, across the page.
        if sheet.isTable { sink.write("<printOptions gridLines=\"1\"/>") }
        sink.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if sheet.isTable { sink.write("<pageSetup orientation=\"landscape\"/>") }
        if let title = sheet.printTitle, !title.isEmpty {
            // In a header, & starts a code: a text's own & is doubled.
            let shown = String(title.prefix(200)).replacingOccurrences(of: "&", with: "&&")
            sink.write("<headerFooter><oddHeader>\(XMLText.escaped("&L&\"-,Bold\"" + shown))</oddHeader></headerFooter>")
        }
        sink.write("</worksheet>")
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

        func write(to sink: ByteSink) {
            sink.write(WorkbookWriter.declaration
                + "<sst xmlns=\"\(WorkbookWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">")
            for string in texts {
                let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
                sink.write("<si><t\(preserve ? " xml:space=\"preserve\"" : "")>")
                XMLText.write(WorkbookText.encoded(string), inAttribute: false, to: sink)
                sink.write("</t></si>")
            }
            sink.write("</sst>")
        }
    }
}
