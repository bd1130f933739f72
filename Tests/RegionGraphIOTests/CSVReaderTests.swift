import RegionGraph
import Testing
@testable import RegionGraphIO

@Suite struct CSVReaderTests {
    func read(_ text: String) -> CSVReader.Table {
        CSVReader.read(Array(text.utf8), file: "net/entities.csv")
    }

    @Test func readsQuotedCommasQuotesAndLineBreaks() {
        let table = read("id,kind,name\r\nx,forum,\"Rådet \"\"A\"\", Røros\"\r\ny,company,\"two\nlines\"\nz,project,Saemien healsoedåehkie\n")
        #expect(table.diagnostics.isEmpty)
        #expect(table.rows.map(\.fields) == [
            ["id", "kind", "name"],
            ["x", "forum", "Rådet \"A\", Røros"],
            ["y", "company", "two\nlines"],
            ["z", "project", "Saemien healsoedåehkie"],
        ])
        #expect(table.rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let table = read("Ørland,Åfjord,x\n")
        #expect(table.rows[0].columns == [1, 8, 15])
    }

    @Test func skipsAByteOrderMarkAndBlankLines() {
        let table = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("id\n\nroros\n".utf8), file: "f.csv")
        #expect(table.rows.map(\.fields) == [["id"], ["roros"]])
        #expect(table.rows.map(\.line) == [1, 3])
    }

    @Test func keepsEmptyTrailingFields() {
        #expect(read("a,b,\n,,\n").rows.map(\.fields) == [["a", "b", ""], ["", "", ""]])
    }

    @Test func reportsAnUnterminatedQuoteWhereItOpens() {
        let table = read("id,name\nx,\"never closed\ny,z\n")
        #expect(table.diagnostics.map(\.description) == [
            """
            net/entities.csv:2:3: error: unterminated quoted field
            net/entities.csv:2:3: note: close the field with '"', and write a quote inside a field as '""'
            """
        ])
    }

    @Test func reportsStrayQuotesAndTextAfterAClosingQuote() {
        let table = read("a,b\nx\"y,z\n\"q\"r,s\n")
        #expect(table.diagnostics.map(\.message) == [
            "a quote inside an unquoted field", "unexpected text after a closing quote",
        ])
        #expect(table.diagnostics.map { $0.location?.line } == [2, 3])
        #expect(table.rows.count == 3)
    }

    @Test func reportsInvalidUTF8() {
        let table = CSVReader.read(Array("id\n".utf8) + [0x66, 0xFF, 0x0A], file: "f.csv")
        #expect(table.diagnostics.map(\.message) == ["the field is not valid UTF-8"])
        #expect(table.diagnostics.first?.location == FileLocation(file: "f.csv", line: 2, column: 1))
    }
}

extension CSVReaderTests {
    @Test func aControlCharacterInAFieldIsAnErrorWhereTheFieldStarts() {
        let table = read("id,name\nc1,Sel\u{1B}skap\nc2,\"a\u{7F}\"\nc3,\"x\u{85}\"\nc4,\"line\r\nbreak\ttab\"\n")
        #expect(table.diagnostics.map(\.description) == [
            """
            net/entities.csv:2:4: error: the field holds a control character (U+001B)
            net/entities.csv:2:4: note: remove it: a value may hold tabs and line breaks, but no other control characters
            """,
            """
            net/entities.csv:3:4: error: the field holds a control character (U+007F)
            net/entities.csv:3:4: note: remove it: a value may hold tabs and line breaks, but no other control characters
            """,
            """
            net/entities.csv:4:4: error: the field holds a control character (U+0085)
            net/entities.csv:4:4: note: remove it: a value may hold tabs and line breaks, but no other control characters
            """,
        ])
        #expect(table.rows.count == 5)
    }
}

extension CSVReaderTests {
    /// Norwegian Excel saves "CSV (semikolondelt)"; a tab-separated export is also common. The
    /// header line tells which, and commas inside fields are then plain text.
    @Test func semicolonsOrTabsInTheHeaderLineSeparateTheFields() {
        let semicolons = read("id;kind;name\r\nc1;company;\"Røros, kommune\"\r\nc2;company;Sel, skap\r\n")
        #expect(semicolons.diagnostics.isEmpty)
        #expect(semicolons.rows.map(\.fields) == [
            ["id", "kind", "name"], ["c1", "company", "Røros, kommune"], ["c2", "company", "Sel, skap"],
        ])
        let tabs = read("id\tkind\tname\nc1\tcompany\tA;B\n")
        #expect(tabs.rows.map(\.fields) == [["id", "kind", "name"], ["c1", "company", "A;B"]])
        // A comma header stays comma-separated even when a later line holds semicolons, and a
        // delimiter inside a quoted header name does not count.
        let commas = read("id,kind,\"name;x;y\"\nc1,company,A;B\n")
        #expect(commas.rows.map(\.fields) == [["id", "kind", "name;x;y"], ["c1", "company", "A;B"]])
    }
}

extension CSVReaderTests {
    @Test func windows1252IsReadAsExcelWritesIt() {
        // "Røros – Ålen «€»" in Windows-1252.
        let bytes: [UInt8] = [0x52, 0xF8, 0x72, 0x6F, 0x73, 0x20, 0x96, 0x20, 0xC5, 0x6C, 0x65, 0x6E, 0x20, 0xAB, 0x80, 0xBB, 0x81]
        #expect(String(decoding: Windows1252.utf8(bytes), as: UTF8.self) == "Røros – Ålen «€»\u{FFFD}")
        let utf8 = Array("Røros".utf8)
        #expect(Windows1252.utf8IfNeeded(utf8) == (utf8, false))
        #expect(Windows1252.utf8IfNeeded([0xE6, 0xF8, 0xE5]).wasWindows1252)
    }

    /// Every forbidden control character is found at every place in a text, eight bytes at a
    /// time or one by one; tabs, line breaks, CRLF and other characters are not.
    @Test func everyControlCharacterIsFoundWhereverItIs() {
        let plain = Array("Røros kommune, Holtålen\t\n\r\n\u{A0}Rossen tjïelte 🏔️ ok".utf8)
        #expect(ControlCharacter.first(in: String(decoding: plain, as: UTF8.self)) == nil)
        let forbidden: [([UInt8], UInt32)] = [([0x01], 0x01), ([0x1B], 0x1B), ([0x7F], 0x7F), ([0x0D], 0x0D),
            ([0xC2, 0x80], 0x80), ([0xC2, 0x9F], 0x9F)]
        for (bytes, scalar) in forbidden {
            for position in 0...plain.count {
                // A carriage return is allowed before a line break only.
                if bytes == [0x0D], position < plain.count, plain[position] == 0x0A { continue }
                // Nor may anything come between a carriage return and its line break.
                if position > 0, plain[position - 1] == 0x0D { continue }
                var text = plain
                text.insert(contentsOf: bytes, at: position)
                let found = text.withUnsafeBufferPointer { ControlCharacter.first(in: $0) }
                #expect(found?.value == scalar, "\(bytes) at \(position)")
            }
        }
    }

    /// A field's column counts Unicode scalars, not bytes, however long the line before it: one
    /// for each letter written with two, three or four bytes.
    @Test func columnsCountScalars() {
        let line = "røros-tjïelte,kommune,Røros – «Bergstaden» 𝄞 Tjïelte 日本 ,,x"
        let bytes = Array(("first\n" + line + "\n").utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let scanner = CSVScanner(buffer, file: "entities.csv")
            let lineStart = 6
            for position in lineStart...(lineStart + line.utf8.count) where position == buffer.count || buffer[position] & 0xC0 != 0x80 {
                let before = String(decoding: buffer[lineStart..<position], as: UTF8.self)
                #expect(scanner.column(at: position, lineStart: lineStart) == before.unicodeScalars.count + 1, "\(position)")
            }
        }
    }
}
