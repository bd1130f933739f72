import Foundation
import RegionGraph
import RegionGraphTestSupport
import Synchronization
import Testing
@testable import RegionGraphIO

/// A workbook written as its rows are made: the same bytes as one made in memory, its rows
/// asked for twice and nothing left behind, and a failure that leaves the old file.
@Suite struct WorkbookStreamingTests {
    let manager = FileManager.default

    /// Sheets with what changes a workbook's bytes: a header, numbers and texts that look
    /// like them, line breaks, wide and empty cells, a print title, a sheet that is no table.
    static let sheets = [
        WorkbookSheet(name: "Medlemmer av IPR", rows: [
            ["Navn", "Kommunenr", "Rolle", "Merknad"],
            ["Røros kommune", "5025", "medlem", "første linje\nandre linje"],
            ["Holtålen kommune", "0301", "", String(repeating: "lang tekst ", count: 12)],
            ["=SUM(A1)", "22716", "nestleder", ""],
        ], printTitle: "Medlemmer & roller"),
        WorkbookSheet(name: "Notes", rows: [["Tittel"], [], ["2 fakta"]], isTable: false),
        WorkbookSheet(name: "Tom", rows: []),
    ]

    @Test func aWorkbookWrittenAsItsRowsAreMadeIsTheWorkbookInMemory() throws {
        let inMemory = try WorkbookWriter.bytes(of: Self.sheets, title: "Svar")
        let asked = Mutex(0)
        let sources = Self.sheets.map { sheet in
            WorkbookSheetSource(name: sheet.name, isTable: sheet.isTable, printTitle: sheet.printTitle) { row in
                asked.withLock { $0 += 1 }
                sheet.rows.forEach(row)
            }
        }
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let path = folder + "/svar.xlsx"
        var failure: WorkbookWriter.Failure?
        try AtomicFile.write(to: path) { sink in
            do throws(WorkbookWriter.Failure) {
                try WorkbookWriter.write(sources, title: "Svar", to: sink)
            } catch {
                failure = error
            }
        }
        #expect(failure == nil)
        #expect(manager.contents(atPath: path).map(Array.init) == inMemory)
        // Once for the columns' widths, once for the cells.
        #expect(asked.withLock { $0 } == 2 * Self.sheets.count)
        let read = try WorkbookReader.sheets(of: inMemory)
        #expect(read.map(\.name) == ["Medlemmer av IPR", "Notes", "Tom"])
        #expect(WorkbookWriterTests.rows(read[0])[1] == ["Røros kommune", "5025", "medlem", "første linje\nandre linje"])
    }

    /// The sheets and the archive are written in a temporary folder, which is gone afterwards,
    /// also when writing failed.
    @Test func theTemporaryFolderIsRemoved() throws {
        var used: [String] = []
        try WorkbookWriter.withTemporaryFolder { folder throws(WorkbookWriter.Failure) in
            used.append(folder)
            #expect(manager.fileExists(atPath: folder))
            try WorkbookWriter.writeFile(folder + "/sheet1.xml") { $0.write("<worksheet/>") }
        }
        #expect(throws: WorkbookWriter.Failure.self) {
            try WorkbookWriter.withTemporaryFolder { folder throws(WorkbookWriter.Failure) in
                used.append(folder)
                try WorkbookWriter.writeFile(folder + "/missing/sheet1.xml") { $0.write("<worksheet/>") }
            }
        }
        #expect(used.count == 2)
        for folder in used { #expect(!manager.fileExists(atPath: folder), "\(folder)") }
    }

    /// A writer that cannot go on fails the sink with its reason: the file is not replaced,
    /// and the error says why.
    @Test func aSinkFailedByItsWriterLeavesTheOldFile() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let path = folder + "/network.xlsx"
        try AtomicFile.write(Array("old".utf8), to: path)
        do {
            try AtomicFile.write(to: path) { sink in
                sink.write("PK partial")
                sink.fail(because: "cannot make the workbook: the disk is gone")
                sink.write("dropped")
            }
            Issue.record("a failed sink replaced the file")
        } catch {
            #expect(error.description == "cannot write '\(path)': cannot make the workbook: the disk is gone")
        }
        #expect(manager.contents(atPath: path) == Data("old".utf8))
        #expect(try manager.contentsOfDirectory(atPath: folder) == ["network.xlsx"])
    }
}
