import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// Writing workbooks: the network's (the CSV layout in sheets) and the answers'.
@Suite struct WorkbookWriterTests {
    /// The texts of each sheet as rows as wide as the widest, empty cells as "".
    static func rows(_ sheet: Worksheet) -> [[String]] {
        let width = sheet.rows.flatMap(\.cells).map(\.column).max() ?? 0
        var rows: [[String]] = []
        var next = 1
        for row in sheet.rows {
            while next < row.number {
                rows.append(Array(repeating: "", count: width))
                next += 1
            }
            var fields = Array(repeating: "", count: width)
            for cell in row.cells {
                if case .text(let text) = cell.value { fields[cell.column - 1] = text }
            }
            rows.append(fields)
            next += 1
        }
        return rows
    }

    static func padded(_ rows: [[String]]) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        return rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    }

    @Test func theSheetsHoldExactlyTheCSVTables() throws {
        let network = ExportFixture.hostile
        let sheets = try WorkbookReader.sheets(of: try SpreadsheetExporter.workbook(of: network))
        let tables = try SpreadsheetExporter.tables(of: network)
        #expect(sheets.map(\.name) == ["documents", "entities", "relations"])
        for (sheet, table) in zip(sheets, tables) {
            #expect(Self.rows(sheet) == Self.padded(table.rows), "sheet \(sheet.name)")
        }
    }

    @Test func theSameNetworkGivesTheSameBytes() throws {
        let first = try SpreadsheetExporter.workbook(of: ExportFixture.hostile)
        let second = try SpreadsheetExporter.workbook(of: ExportFixture.hostile)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    /// Export, load the workbook with the loader, export again: the same bytes, the same facts.
    @Test func aWorkbookLoadsBackAndExportsToTheSameBytes() throws {
        for original in [ExportFixture.hostile, try ExportFixture.shippedNetwork()] {
            let bytes = try SpreadsheetExporter.workbook(of: original)
            let folder = try ExportFixture.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try AtomicFile.write(bytes, to: folder + "/network.xlsx")
            let validation = try DatasetLoader.load(from: folder + "/network.xlsx")
            #expect(validation.errors.isEmpty, "\(validation.errors.prefix(5).map(\.description))")
            let loaded = try validation.get()
            #expect(loaded.entities == original.entities)
            #expect(JSONExporter.text(of: loaded) == JSONExporter.text(of: original))
            #expect(try SpreadsheetExporter.workbook(of: loaded) == bytes, "exporting the loaded workbook gives other bytes")
        }
    }

    @Test func onlyTextsThatReadBackTheSameBecomeNumbers() throws {
        let rows = [["id", "number", "formula"], ["0301", "22716", "=1+1"], ["2019", "1.50", "-5"]]
        let bytes = try WorkbookWriter.bytes(of: [WorkbookSheet(name: "entities", rows: rows)])
        let sheet = try #require(try WorkbookReader.sheets(of: bytes).first)
        #expect(Self.rows(sheet) == rows)
        let xml = String(decoding: try #require(try WorkbookArchive(bytes).part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(xml.contains(#"<c r="B2"><v>22716</v></c>"#))
        #expect(xml.contains(#"<c r="A3"><v>2019</v></c>"#))
        #expect(xml.contains(#"<c r="A2" t="s">"#), "0301 must stay text")
        #expect(xml.contains(#"<c r="B3" t="s">"#), "1.50 must stay text")
        #expect(!xml.contains("<f>"), "no cell is a formula")
    }

    @Test func headersAreBoldFrozenAndFiltered() throws {
        let rows = [["from", "to"], ["roros", "a very long name of a council " + String(repeating: "x", count: 80)]]
        let bytes = try WorkbookWriter.bytes(of: [WorkbookSheet(name: "relations", rows: rows, printTitle: "A & B")])
        let archive = try WorkbookArchive(bytes)
        let xml = String(decoding: try archive.requiredPart("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A1:B2"/>"#))
        #expect(xml.contains(#"<c r="A1" s="1" t="s">"#))
        #expect(xml.contains(#"<col min="2" max="2" width="60" customWidth="1"/>"#))
        #expect(xml.contains("A &amp;&amp; B"))
        let workbook = String(decoding: try archive.requiredPart("xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains(#"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;relations&apos;!$A$1:$B$2</definedName>"#))
    }

    @Test func sheetNamesAreMadeFitForATab() {
        #expect(WorkbookSheet.tabName("Membership matrix: 20 × 13") == "Membership matrix  20 × 13")
        #expect(WorkbookSheet.tabName("Members of Interkommunalt politisk råd Trøndelag Sør").count == 31)
        #expect(WorkbookSheet.tabName("'[]'") == "Sheet")
        #expect(WorkbookWriter.uniqueNames(["Notes", "notes", "Notes"]) == ["Notes", "notes (2)", "Notes (3)"])
    }

    @Test func anAnswerIsATableSheetWithItsSourcesAndNotes() throws {
        var report = Report(
            title: "Members of Verdensarvrådet (verdensarvradet)", columns: ["Name", "Kind"],
            rows: [Report.Row(cells: ["Røros kommune", "municipality"], sources: ["Doc: \"a\"", "Doc: \"b\""], object: .null)],
            footer: ["1 member"])
        report.explanation = nil
        let sheets = report.workbookSheets(showSources: true)
        #expect(sheets.map(\.name) == ["Members of Verdensarvrådet (verdensarvradet)", "Notes"])
        #expect(sheets[0].rows == [["Name", "Kind", "sources"], ["Røros kommune", "municipality", "Doc: \"a\"\nDoc: \"b\""]])
        #expect(sheets[1].rows == [["Members of Verdensarvrådet (verdensarvradet)"], ["1 member"]])
        let read = try WorkbookReader.sheets(of: try report.workbook(showSources: true))
        #expect(read.map(\.name) == ["Members of Verdensarvrådet (ve…", "Notes"])
        #expect(Self.rows(read[0]) == sheets[0].rows)
    }
}
