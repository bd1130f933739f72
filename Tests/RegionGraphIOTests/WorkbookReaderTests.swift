import Foundation
import Testing
@testable import RegionGraphIO

/// Reading workbooks as Excel and LibreOffice write them: shared and inline strings, numbers,
/// dates, booleans, skipped cells, and damaged files.
@Suite struct WorkbookReaderTests {
    /// A styles part: style 1 the built-in date format 14, style 2 a custom `dd.mm.yyyy`,
    /// style 3 LibreOffice's `[$-414]yyyy\-mm\-dd`, style 4 a time, style 5 a percentage.
    static let styles = """
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="[$-414]yyyy\\-mm\\-dd"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="21"/><xf numFmtId="10"/></cellXfs>
        """

    func sheet(_ sheetData: String, strings: [String] = [], uses1904: Bool = false) throws -> Worksheet {
        let bytes = try WorkbookFixture.bytes(
            sheets: [("relations", sheetData)], sharedStrings: strings, styles: Self.styles, uses1904: uses1904)
        return try #require(try WorkbookReader.sheets(of: bytes).first)
    }

    @Test func sharedStringsJoinRichTextRunsAndLeaveOutPhoneticGuides() throws {
        let sheet = try sheet(
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
            strings: [
                "<si><t>from</t></si>",
                #"<si><r><rPr><b/></rPr><t>Rø</t></r><r><t xml:space="preserve">ros </t></r><rPh sb="0" eb="1"><t>ロ</t></rPh></si>"#,
                "<si><t>a_x000D_b &amp; _x005F_x0041_</t></si>",
            ])
        #expect(WorkbookFixture.texts(sheet) == [[1: "from", 2: "Røros ", 3: "a\rb & _x0041_"]])
    }

    @Test func inlineStringsAndFormulaTextsAreRead() throws {
        let sheet = try sheet(#"""
            <row r="1"><c r="A1" t="inlineStr"><is><t>Holtålen</t></is></c>\#
            <c r="B1" t="inlineStr"><is><r><t>Fjell</t></r><r><t>regionen</t></r></is></c>\#
            <c r="C1" t="str"><f>A1&amp;"!"</f><v>Holtålen!</v></c></row>
            """#)
        #expect(WorkbookFixture.texts(sheet) == [[1: "Holtålen", 2: "Fjellregionen", 3: "Holtålen!"]])
    }

    @Test func numbersReadAsWrittenAndWholeNumbersWithoutAPoint() throws {
        let sheet = try sheet(#"""
            <row r="1"><c r="A1"><v>2019</v></c><c r="B1" t="n"><v>2019.0</v></c><c r="C1"><v>0.1</v></c>\#
            <c r="D1"><v>2.2716E4</v></c><c r="E1"><v>-5</v></c><c r="F1" s="5"><v>0.25</v></c></row>
            """#)
        #expect(WorkbookFixture.texts(sheet) == [[1: "2019", 2: "2019", 3: "0.1", 4: "22716", 5: "-5", 6: "0.25"]])
    }

    @Test func datesReadAsISODatesInEitherDateSystem() throws {
        let data = #"""
            <row r="1"><c r="A1" s="1"><v>43466</v></c><c r="B1" s="2"><v>44926</v></c><c r="C1" s="3"><v>44915</v></c>\#
            <c r="D1" s="1"><v>43466.5</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1" t="d"><v>2019-05-26T00:00:00Z</v></c></row>
            """#
        #expect(WorkbookFixture.texts(try sheet(data)) == [[
            1: "2019-01-01", 2: "2022-12-31", 3: "2022-12-20", 4: "2019-01-01T12:00:00", 5: "0.5", 6: "2019-05-26",
        ]])
        // The same serial is four years and a day later in a workbook of the 1904 system.
        #expect(WorkbookFixture.texts(try sheet(data, uses1904: true))[0][1] == "2023-01-02")
    }

    @Test func cellsArePlacedByReferenceOrAfterTheCellBefore() throws {
        let sheet = try sheet(#"""
            <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c>\#
            <c t="inlineStr"><is><t>d</t></is></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>\#
            <row r="7"><c r="B7" t="s"><v>0</v></c><c r="D7"/><c r="E7" t="s"><v>1</v></c></row><row r="9"></row>
            """#, strings: ["<si><t>b</t></si>", "<si><t></t></si>"])
        #expect(sheet.rows.map(\.number) == [1, 2, 7])
        #expect(WorkbookFixture.texts(sheet) == [[1: "a", 3: "c", 4: "d"], [1: "x"], [2: "b"]])
    }

    @Test func booleansErrorsAndUnsavedFormulasAreTold() throws {
        let sheet = try sheet(#"""
            <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c>\#
            <c r="D1"><f>1+1</f></c><c r="E1" t="s"><v>9</v></c></row>
            """#)
        let values = sheet.rows[0].cells.map(\.value)
        #expect(values == [
            .text("true"), .text("false"), .unreadable("the cell holds the error #REF!"),
            .unreadable("the cell holds a formula whose value was not saved with the workbook"),
            .unreadable("the cell refers to shared string 9, which the workbook does not have"),
        ])
    }

    @Test func prefixedNamespacesReadAlike() throws {
        // A writer that prefixes SpreadsheetML's names (x:row, x:c) and puts its parts elsewhere
        // is read the same.
        let prefixed = try WorkbookWriter.zipped([
            ("_rels/.rels", #"<Relationships xmlns="\#(WorkbookFixture.package)"><Relationship Id="a" Type="\#(WorkbookFixture.relationships)/officeDocument" Target="/x/book.xml"/></Relationships>"#),
            ("x/book.xml", #"<x:workbook xmlns:x="\#(WorkbookFixture.main)" xmlns:r="\#(WorkbookFixture.relationships)"><x:sheets><x:sheet name="Entities" sheetId="1" r:id="s1"/></x:sheets></x:workbook>"#),
            ("x/_rels/book.xml.rels", #"<Relationships xmlns="\#(WorkbookFixture.package)"><Relationship Id="s1" Type="\#(WorkbookFixture.relationships)/worksheet" Target="../y/one.xml"/></Relationships>"#),
            ("y/one.xml", #"<x:worksheet xmlns:x="\#(WorkbookFixture.main)"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#),
        ])
        let sheets = try WorkbookReader.sheets(of: prefixed)
        #expect(sheets.map(\.name) == ["Entities"])
        #expect(WorkbookFixture.texts(sheets[0]) == [[2: "id"]])
    }

    // MARK: Files that are not workbooks

    @Test func aFileThatIsNoZipArchiveIsToldSo() {
        #expect(throws: WorkbookError.notAZipArchive) {
            try WorkbookReader.sheets(of: Array("id,kind,name\nroros,municipality,Røros\n".utf8))
        }
        #expect(throws: WorkbookError.notAZipArchive) { try WorkbookReader.sheets(of: []) }
    }

    @Test func anEncryptedWorkbookIsToldSo() {
        let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(throws: WorkbookError.encryptedOrLegacy) { try WorkbookReader.sheets(of: compoundFile) }
        #expect(WorkbookError.encryptedOrLegacy.hint.contains("without a password"))
    }

    @Test func aDamagedWorkbookIsAnErrorNeverACrash() throws {
        let bytes = try WorkbookFixture.bytes(
            sheets: [("entities", #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)], sharedStrings: ["<si><t>id</t></si>"])
        #expect(throws: WorkbookError.self) { try WorkbookReader.sheets(of: Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: WorkbookError.self) { try WorkbookReader.sheets(of: Array(bytes.prefix(40))) }
        // Every byte changed in turn, in three ways: read or refused, but never a crash, and
        // never a wait for bytes that do not come (a packed stream made to run past its end).
        var refused = 0
        for index in bytes.indices {
            for change in [UInt8(0xFF), 0x00, 0x20] {
                var damaged = bytes
                damaged[index] ^= change == 0 ? damaged[index] : change
                do { _ = try WorkbookReader.sheets(of: damaged) } catch { refused += 1 }
            }
        }
        #expect(refused > 0)
        // Cut short anywhere.
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: WorkbookError.self) { try WorkbookReader.sheets(of: Array(bytes.prefix(length))) }
        }
    }

    /// A part whose packed stream is damaged so that it runs past its own bytes is an error at
    /// that part: the reader does not wait for more.
    @Test func aPackedStreamThatDoesNotEndIsAnError() throws {
        let text = String(repeating: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Røros</t></is></c></row>", count: 50)
        let bytes = try WorkbookFixture.bytes(sheets: [("entities", text)])
        let directory = try WorkbookZipDirectory(bytes)
        let range = try #require(directory.ranges["xl/worksheets/sheet1.xml"])
        // The sheet's packed stream made to begin with a stored block of 65,535 bytes: more
        // than the archive holds after it.
        #expect(bytes.count - range.lowerBound < 0xFFFF)
        var damaged = bytes
        damaged.replaceSubrange(range.lowerBound..<(range.lowerBound + 5), with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
        #expect {
            try WorkbookReader.sheets(of: damaged)
        } throws: { error in
            guard case .damaged(let part, let reason) = error as? WorkbookError else { return false }
            return part == "xl/worksheets/sheet1.xml" && reason == "its packed bytes end before its contents do"
        }
    }

    @Test func aPartThatIsNotWellFormedNamesThePartAndLine() throws {
        let bytes = try WorkbookFixture.bytes(sheets: [("entities", "<row r=\"1\">\n<c r=\"A1\"></row>")])
        #expect {
            try WorkbookReader.sheets(of: bytes)
        } throws: { error in
            guard case .malformedXML(let part, let line, _) = error as? WorkbookError else { return false }
            return part == "xl/worksheets/sheet1.xml" && line == 2
        }
    }

    /// A sheet of more than 10 MB of XML on one line (a national network's relations, as the
    /// writer makes them) is read, not refused as running the parser out of memory.
    @Test func aSheetOfMoreThanTenMegabytesIsRead() throws {
        final class Rows: WorkbookXMLReader {
            var rows = 0
            override func start(_ name: Substring, attributes: [String: String]) { if name == "row" { rows += 1 } }
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<worksheet xmlns="\#(WorkbookFixture.main)"><sheetData>"#
        let count = 240_000
        for number in 1...count { xml += #"<row r="\#(number)"><c r="A\#(number)" t="s"><v>1</v></c></row>"# }
        xml += "</sheetData></worksheet>"
        #expect(xml.utf8.count > 12_000_000)
        let reader = Rows()
        try reader.read(Data(xml.utf8), part: "xl/worksheets/sheet3.xml")
        #expect(reader.rows == count)
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let bytes = try WorkbookWriter.zipped([
            ("xl/workbook.xml", #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><workbook xmlns="\#(WorkbookFixture.main)"/>"#),
        ])
        #expect(throws: WorkbookError.self) { try WorkbookReader.sheets(of: bytes) }
    }

    @Test func aMissingWorkbookPartIsTold() throws {
        let bytes = try WorkbookWriter.zipped([("hello.txt", "hei")])
        #expect(throws: WorkbookError.missingPart("xl/workbook.xml")) { try WorkbookReader.sheets(of: bytes) }
    }

    // MARK: The pieces

    @Test func serialNumbersAreDatesOfTheRightCalendar() {
        #expect(WorkbookDate.text(ofSerial: 1, uses1904: false) == "1900-01-01")
        #expect(WorkbookDate.text(ofSerial: 59, uses1904: false) == "1900-02-28")
        #expect(WorkbookDate.text(ofSerial: 60, uses1904: false) == "1900-02-29")
        #expect(WorkbookDate.text(ofSerial: 61, uses1904: false) == "1900-03-01")
        #expect(WorkbookDate.text(ofSerial: 43466, uses1904: false) == "2019-01-01")
        #expect(WorkbookDate.text(ofSerial: 45351, uses1904: false) == "2024-02-29")
        #expect(WorkbookDate.text(ofSerial: 0, uses1904: true) == "1904-01-01")
        #expect(WorkbookDate.text(ofSerial: 43466.999999, uses1904: false) == "2019-01-02")
        #expect(WorkbookDate.text(ofSerial: -1, uses1904: false) == nil)
    }

    @Test func dateFormatsAreToldFromOthers() {
        for code in ["dd.mm.yyyy", "DD.MM.YYYY", "[$-414]d\\. mmmm yyyy", "mmm-yy", "yyyy\\-mm\\-dd;@"] {
            #expect(WorkbookDate.isDateFormat(id: 164, code: code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0 \"dager\"", "[Red]0.0", "h:mm", "mm:ss", "0.00E+00", "@"] {
            #expect(!WorkbookDate.isDateFormat(id: 164, code: code), "\(code)")
        }
        #expect(WorkbookDate.isDateFormat(id: 14, code: nil))
        #expect(!WorkbookDate.isDateFormat(id: 21, code: nil))
    }

    @Test func escapesOfCharactersXMLCannotHoldRoundTrip() {
        for text in ["plain", "a\u{7}b", "_x0041_", "_x005F_", "tail_x", "æøå\r\n"] {
            #expect(WorkbookText.decoded(WorkbookText.encoded(text)) == text)
        }
        #expect(WorkbookText.encoded("a\u{7}b") == "a_x0007_b")
    }

    @Test func onlyTextsThatReadBackTheSameAreNumbers() {
        for text in ["22716", "2019", "0", "-5", "1.5", "0.25"] {
            #expect(WorkbookNumber.value(ofCanonical: text) != nil, "\(text)")
        }
        for text in ["0301", "1.50", "1e5", "+47", "-0", "", "12345678901234", "1 000", ".5", "NaN"] {
            #expect(WorkbookNumber.value(ofCanonical: text) == nil, "\(text)")
        }
    }
}
