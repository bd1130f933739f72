import Foundation
import RegionGraph
import RegionGraphIO
import Testing

/// Reads a workbook with openpyxl through `scripts/read-workbook`: a reader that is not
/// regiongraph.
enum WorkbookPeer {
    static let script = CommandRunner.packageFolder.appendingPathComponent("scripts/read-workbook").path

    /// Whether python3 and openpyxl are there; when not, records a failing issue that says
    /// what to install, so a machine without them cannot pass these tests silently.
    static func isAvailable(sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        guard PeerCheck.python != nil else {
            Issue.record("python3 is not on the PATH; workbooks are read back with openpyxl", sourceLocation: sourceLocation)
            return false
        }
        let probe = try PeerCheck.runPython(["-c", "import openpyxl"])
        guard probe.status == 0 else {
            Issue.record("python3 cannot import openpyxl, which reads the workbooks back: pip install openpyxl (or apt-get install python3-openpyxl)", sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    struct Sheet {
        var name: String
        var rows: [[String]]
        var frozen: String?
        var filter: String?
        var boldHeader: Bool
    }

    static func read(_ path: String) throws -> (sheets: [Sheet], title: String?) {
        let output = try PeerCheck.runPython([script, path])
        try #require(output.status == 0, "openpyxl could not read \(path): \(output.stderr)")
        let json = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        let sheets = try #require(json["sheets"] as? [[String: Any]]).map { sheet in
            Sheet(
                name: sheet["name"] as? String ?? "", rows: sheet["rows"] as? [[String]] ?? [],
                frozen: sheet["frozen"] as? String, filter: sheet["filter"] as? String,
                boldHeader: sheet["bold_header"] as? Bool ?? false)
        }
        return (sheets, json["title"] as? String)
    }

    /// The records of a CSV text (a byte-order mark skipped), each as wide as its header.
    static func csvRows(_ bytes: [UInt8]) -> [[String]] {
        CSVReader.read(bytes, file: "answer.csv").rows.map(\.fields)
    }
}

/// Workbooks in and out, through the built `regiongraph` as a user runs it.
@Suite struct WorkbookCommandTests {
    static let libreOfficeWorkbook = CommandRunner.packageFolder
        .appendingPathComponent("Tests/EndToEndTests/Fixtures/libreoffice/Nettverk.xlsx").path

    /// A workbook made here, with the writer: two municipalities and the council they sit in.
    static func makeWorkbook(in folder: URL, relationsFrom from: String = "holtalen") throws -> String {
        let sheets = [
            WorkbookSheet(name: "Entities", rows: [
                ["id", "kind", "name", "short", "municipality_number"],
                ["holtalen", "municipality", "Holtålen kommune", "Holtålen", "5026"],
                ["oslo", "municipality", "Oslo kommune", "Oslo", "0301"],
                ["verdensarvradet", "board", "Verdensarvrådet", "", ""],
            ]),
            WorkbookSheet(name: "Relations", rows: [
                ["from", "to", "type", "role", "start", "end", "source"],
                [from, "verdensarvradet", "represented_in", "ordfører", "2019", "", "Vedtekter for Verdensarvrådet"],
                ["oslo", "verdensarvradet", "represented_in", "", "", "", "Vedtekter for Verdensarvrådet"],
            ]),
        ]
        let path = folder.appendingPathComponent("Nettverk.xlsx").path
        try AtomicFile.write(try WorkbookWriter.bytes(of: sheets), to: path)
        return path
    }

    @Test func aWorkbookMadeHereLoadsAndAnswersAQuery() throws {
        let folder = try CommandRunner.temporaryFolder("workbook")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.makeWorkbook(in: folder)
        let members = try CommandRunner.run(["members", "Verdensarvrådet", "--data", book, "--format", "csv"])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(members.stdout.contains("Holtålen kommune,municipality,represented in,ordfører,2019–,holtalen"))
        // The folder that holds it reads the same.
        let fromFolder = try CommandRunner.run(["members", "Verdensarvrådet", "--data", folder.path, "--format", "csv"])
        #expect(fromFolder.stdout == members.stdout)
        let oslo = try CommandRunner.run(["show", "oslo", "--data", book])
        #expect(oslo.stdout.contains("0301"), "a municipality number stays text")
    }

    @Test func errorsNameTheSheetAndCell() throws {
        let folder = try CommandRunner.temporaryFolder("workbook-error")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.makeWorkbook(in: folder, relationsFrom: "holtaalen")
        let validate = try CommandRunner.run(["validate", "--data", book])
        #expect(validate.status == 1)
        #expect((validate.stdout + validate.stderr).contains("\(book):Relations!A2: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)"))
        let query = try CommandRunner.run(["members", "Verdensarvrådet", "--data", book])
        #expect(query.status == 1)
        #expect(query.stderr.contains("Nettverk.xlsx:Relations!A2: error: unknown entity 'holtaalen'"))
    }

    @Test func aDamagedWorkbookIsAnErrorAtTheFile() throws {
        let folder = try CommandRunner.temporaryFolder("workbook-damaged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.makeWorkbook(in: folder)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: book))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: book))
        let output = try CommandRunner.run(["validate", "--data", book])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(book):1:1: error: the workbook is damaged"))
        #expect(output.stderr.contains("note: open it in Excel or LibreOffice and save it again"))
    }

    @Test func aFolderWithCSVFilesAndAWorkbookIsRefused() throws {
        let folder = try CommandRunner.temporaryFolder("workbook-mixed")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.makeWorkbook(in: folder)
        try Data("id,kind,name\n".utf8).write(to: folder.appendingPathComponent("entities.csv"))
        let output = try CommandRunner.run(["plans", "--data", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("holds both a workbook (Nettverk.xlsx) and CSV files (entities.csv)"))
        #expect(output.stderr.contains("--data \(folder.path)/Nettverk.xlsx"))
    }

    /// Typed by a planner in LibreOffice Calc: dates as dates (Norwegian and ISO formats), a
    /// year as a number, rich text in a name, and a sheet of notes.
    @Test func aWorkbookSavedByLibreOfficeLoads() throws {
        let validate = try CommandRunner.run(["validate", "--data", Self.libreOfficeWorkbook])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stderr.contains("Nettverk.xlsx:Dokumenter!A1: warning: sheet 'Dokumenter' is not read"))
        let members = try CommandRunner.run(["members", "verdensarvradet", "--data", Self.libreOfficeWorkbook, "--format", "csv"])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(WorkbookPeer.csvRows(Array(members.stdout.utf8)) == [
            ["Name", "Kind", "Relation", "Role", "Period", "Id"],
            ["Holtålen kommune", "municipality", "represented in", "", "2019–2022-12-31", "holtalen"],
            ["Røros kommune", "municipality", "represented in", "ordfører", "2019-01-01–", "roros"],
        ])
        let json = try CommandRunner.run(["export", "--format", "json", "--data", Self.libreOfficeWorkbook, "--output", "-"])
        #expect(json.stdout.contains(#""date": "2022-12-20""#))
        #expect(json.stdout.contains(#""name": "Verdensarvrådet""#))
        #expect(json.stdout.contains(#""population": "5600""#))
    }

    @Test func theExportedWorkbookHoldsTheCSVExportsRows() throws {
        guard try WorkbookPeer.isAvailable() else { return }
        let folder = try CommandRunner.temporaryFolder("workbook-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("network.xlsx").path
        let export = try CommandRunner.run(["export", "--output", book])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote \(book) (xlsx,"))
        let csv = try CommandRunner.run(["export", "--format", "csv", "--output", folder.appendingPathComponent("csv").path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let (sheets, _) = try WorkbookPeer.read(book)
        #expect(sheets.map(\.name) == ["documents", "entities", "relations"])
        for sheet in sheets {
            let file = folder.appendingPathComponent("csv/\(sheet.name).csv")
            let expected = WorkbookPeer.csvRows(Array(try Data(contentsOf: file)))
            #expect(sheet.rows == expected, "sheet \(sheet.name) differs from \(sheet.name).csv")
            #expect(sheet.frozen == "A2")
            #expect(sheet.filter == "A1:\(FileLocation.columnName(expected[0].count))\(expected.count)")
            #expect(sheet.boldHeader)
        }
        // Loaded again and exported: the same bytes.
        let again = folder.appendingPathComponent("again.xlsx").path
        let reexport = try CommandRunner.run(["export", "--data", book, "--format", "xlsx", "--output", again])
        #expect(reexport.status == 0, "\(reexport.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: book)))
    }

    @Test func anAnswerAsAWorkbookHoldsTheCSVAnswersRows() throws {
        guard try WorkbookPeer.isAvailable() else { return }
        let folder = try CommandRunner.temporaryFolder("workbook-answer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let questions: [[String]] = [
            ["shared", "Røros", "Holtålen", "--sources"], ["matrix"], ["plans"],
            ["plan", "handlingsplan-fjellregionen-2021-2022"], ["search", "fjell"],
        ]
        for question in questions {
            let book = folder.appendingPathComponent("\(question[0]).xlsx").path
            let answer = try CommandRunner.run(question + ["--output", book])
            #expect(answer.status == 0, "\(question): \(answer.stderr)")
            let csv = try CommandRunner.run(question + ["--format", "csv"])
            let (sheets, title) = try WorkbookPeer.read(book)
            let table = try #require(sheets.first)
            let expected = WorkbookPeer.csvRows(Array(csv.stdout.utf8)).map { row in
                // One source a line in a workbook, " | " between them in CSV.
                row.map { $0.replacingOccurrences(of: " | ", with: "\n") }
            }
            #expect(table.rows == expected, "\(question)")
            #expect(table.frozen == "A2")
            #expect(table.boldHeader)
            #expect(title != nil)
        }
        // explain, plan-diff: their own shapes.
        let explain = folder.appendingPathComponent("explain.xlsx").path
        #expect(try CommandRunner.run(["explain", "Holtålen", "Sametinget", "--format", "xlsx", "--output", explain]).status == 0)
        let explained = try WorkbookPeer.read(explain).sheets
        #expect(explained.first?.rows.first == ["#", "Fact", "Recorded at", "Source", "Quote"])
        #expect(explained.first?.rows.dropFirst().allSatisfy { $0[2].hasPrefix("Data/") } == true)
        let diff = folder.appendingPathComponent("diff.xlsx").path
        let compared = try CommandRunner.run([
            "plan-diff", "handlingsplan-fjellregionen-2019-2020", "handlingsplan-fjellregionen-2021-2022", "--output", diff,
        ])
        #expect(compared.status == 0, "\(compared.stderr)")
        #expect(try WorkbookPeer.read(diff).sheets.first?.rows.first == ["Plan comparison"])
    }

    @Test func aWorkbookGoesToAFileOrPipeButNotATerminal() throws {
        let piped = try CommandRunner.run(["plans", "--format", "xlsx"])
        #expect(piped.status == 0)
        #expect(piped.stdout.utf8.starts(with: [0x50, 0x4B]))
        // `script` gives the command a terminal for its standard output.
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { return }
        let command = "\(CommandRunner.binary.path) plans --format xlsx"
        let onTerminal = try CommandRunner.run(executable: script, ["-qec", command, "/dev/null"])
        #expect(onTerminal.status == 64)
        #expect(onTerminal.stdout.contains("an xlsx workbook is binary and not for a terminal"))
    }

    @Test func queryCSVStartsWithAByteOrderMark() throws {
        let csv = try CommandRunner.run(["participants", "Green Flyway", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Name,Kind,"))
    }
}
