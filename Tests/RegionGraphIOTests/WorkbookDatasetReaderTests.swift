import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// A workbook as a dataset: its sheets read as the CSV files, problems at cells.
@Suite struct WorkbookDatasetReaderTests {
    static func inline(_ row: Int, _ texts: [String]) -> String {
        "<row r=\"\(row)\">" + texts.enumerated().map { column, text in
            text.isEmpty ? "" : "<c r=\"\(FileLocation.columnName(column + 1))\(row)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }.joined() + "</row>"
    }

    static let entities = [
        inline(1, ["id", "kind", "name", "municipality_number"]),
        inline(2, ["holtalen", "municipality", "Holtålen kommune", "5026"]),
        inline(3, ["fjellregionen", "region", "Fjellregionen", ""]),
        // A number typed into a text column, as Excel keeps it.
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>oslo</t></is></c><c r=\"B4\" t=\"inlineStr\"><is><t>municipality</t></is></c>"
            + "<c r=\"C4\" t=\"inlineStr\"><is><t>Oslo</t></is></c><c r=\"D4\"><v>301</v></c></row>",
    ].joined()

    static func relations(_ from: String) -> String {
        [
            inline(1, ["from", "to", "type", "role", "start", "end", "source"]),
            inline(2, ["holtalen", "fjellregionen", "part_of", "", "", "", "byregion"]),
            // A date typed into the start column (style 1: format 14).
            inline(3, [from, "fjellregionen", "part_of"]).replacingOccurrences(of: "</row>", with: "")
                + "<c r=\"E3\" s=\"1\"><v>43466</v></c><c r=\"G3\" t=\"inlineStr\"><is><t>byregion</t></is></c></row>",
        ].joined()
    }

    /// Every line the diagnostics print: each problem, then its note.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
    }

    static let dateStyles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"

    func records(_ sheets: [(String, String)]) throws -> DatasetRecords {
        WorkbookDatasetReader.read(
            try WorkbookFixture.bytes(sheets: sheets, styles: Self.dateStyles), file: "net/Nettverk.xlsx")
    }

    @Test func sheetsReadAsTheCSVFilesWithDatesAsISODates() throws {
        let records = try records([("Entities", Self.entities), ("RELATIONS", Self.relations("oslo"))])
        let network = try Network.validating(records).get()
        #expect(network.entity("oslo")?.attributes["municipality_number"] == "301")
        #expect(network.entity("holtalen")?.attributes["municipality_number"] == "5026")
        let started = try #require(network.relations(from: "oslo").first)
        #expect(started.validity.start?.description == "2019-01-01")
    }

    @Test func problemsNameTheirCell() throws {
        let records = try records([("entities", Self.entities), ("relations", Self.relations("holtaalen"))])
        let diagnostics = Self.lines(Network.validating(records).diagnostics)
        #expect(diagnostics.contains(
            "net/Nettverk.xlsx:relations!A3: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)"))
    }

    @Test func otherSheetsAreNotReadAndMissingOnesAreTold() throws {
        let records = try records([("Ark1", Self.entities), ("entities", Self.entities)])
        let lines = records.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("net/Nettverk.xlsx:Ark1!A1: warning: sheet 'Ark1' is not read") })
        #expect(lines.contains { $0.contains("warning: the workbook has no sheet named relations") })
        let none = try self.records([("Ark1", Self.entities)]).diagnostics.map(\.description)
        #expect(none.contains {
            $0.hasPrefix("net/Nettverk.xlsx:1:1: error: the workbook has no sheet named entities or relations (its sheets: 'Ark1')")
        })
    }

    @Test func aHeaderWithoutARequiredColumnIsAnErrorAtItsRow() throws {
        let sheet = Self.inline(3, ["id", "kind"]) + Self.inline(4, ["roros", "municipality"])
        let lines = Self.lines(try records([("entities", sheet)]).diagnostics)
        #expect(lines.contains("net/Nettverk.xlsx:entities!A3: error: the header has no column 'name'"))
        #expect(lines.contains("net/Nettverk.xlsx:entities!A3: note: the first row must hold the columns id, kind, name"))
    }

    @Test func cellsThatCannotBeReadOrLieOutsideTheTableAreTold() throws {
        let sheet = Self.inline(1, ["id", "kind", "name"])
            + "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#N/A</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>merknad</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>a_x001B_b</t></is></c></row>"
        let lines = Self.lines(
            try records([("entities", sheet), ("relations", Self.inline(1, SpreadsheetDatasetReader.relationHeader))]).diagnostics)
        #expect(lines.contains("net/Nettverk.xlsx:entities!A2: error: the cell holds the error #N/A"))
        #expect(lines.contains("net/Nettverk.xlsx:entities!E2: warning: the cell is not read: column E has no header"))
        #expect(lines.contains("net/Nettverk.xlsx:entities!A3: error: the cell holds a control character (U+001B)"))
    }

    @Test func anEmptySheetIsAnErrorAtItsFirstCell() throws {
        let lines = Self.lines(try records([("entities", Self.entities), ("relations", "")]).diagnostics)
        #expect(lines.contains("net/Nettverk.xlsx:relations!A1: error: the sheet is empty"))
    }

    @Test func aDamagedWorkbookIsOneErrorAtTheFile() {
        let records = WorkbookDatasetReader.read(Array("not a workbook".utf8), file: "Nettverk.xlsx")
        #expect(records.diagnostics.map(\.description) == [
            "Nettverk.xlsx:1:1: error: the file is not a workbook: an .xlsx file is a zip archive, and this is none\n"
                + "Nettverk.xlsx:1:1: note: open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)",
        ])
    }

    // MARK: Folders and the loader

    func folder(_ files: [String: [UInt8]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    @Test func theLoaderReadsAWorkbookByItselfOrInAFolder() throws {
        let book = try WorkbookFixture.bytes(
            sheets: [("entities", Self.entities), ("relations", Self.relations("oslo"))], styles: Self.dateStyles)
        let folder = try folder(["Nettverk.xlsx": book, "~$Nettverk.xlsx": Array("lock".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fromFolder = try DatasetLoader.load(from: folder).get()
        let fromFile = try DatasetLoader.load(from: folder + "/Nettverk.xlsx").get()
        #expect(fromFolder.relations.count == 2)
        #expect(fromFile.relations.count == 2)
        #expect(fromFile.location(of: fromFile.relations(from: "oslo")[0].id)?.description == folder + "/Nettverk.xlsx:relations!A3")
    }

    @Test func aFolderWithCSVFilesAndAWorkbookIsRefused() throws {
        let book = try WorkbookFixture.bytes(sheets: [("entities", Self.entities)])
        let folder = try folder(["Nettverk.xlsx": book, "entities.csv": Array("id,kind,name\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: DatasetLoader.LoadError.mixedSpreadsheets(folder, workbooks: ["Nettverk.xlsx"], csvFiles: ["entities.csv"])) {
            try DatasetLoader.load(from: folder)
        }
        let two = try self.folder(["a.xlsx": book, "b.xlsx": book])
        defer { try? FileManager.default.removeItem(atPath: two) }
        #expect(throws: DatasetLoader.LoadError.self) { try DatasetLoader.load(from: two) }
        #expect(DatasetLoader.LoadError.mixedSpreadsheets("net", workbooks: ["a.xlsx"], csvFiles: ["entities.csv"]).description
            .contains("--data net/a.xlsx"))
    }

    @Test func cachedRecordsKeepTheirCells() throws {
        let book = try WorkbookFixture.bytes(
            sheets: [("entities", Self.entities), ("relations", Self.relations("holtaalen"))], styles: Self.dateStyles)
        let folder = try folder(["Nettverk.xlsx": book])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = RecordsCache(directory: folder + "/cache", identity: "test")
        let first = try DatasetLoader.load(from: folder + "/Nettverk.xlsx", progress: nil, cache: cache).diagnostics
        let second = try DatasetLoader.load(from: folder + "/Nettverk.xlsx", progress: nil, cache: cache).diagnostics
        #expect(first == second)
        #expect(first.contains { $0.location?.sheet == "relations" && $0.location?.description.hasSuffix("!A3") == true })
        let records = try DatasetLoader.records(from: folder + "/Nettverk.xlsx")
        let decoded = try #require(try RecordsCodec.decode(RecordsCodec.encode([records])).first)
        #expect(decoded.diagnostics == records.diagnostics)
        #expect(decoded.relations == records.relations)
        #expect(decoded.entities == records.entities)
    }
}
