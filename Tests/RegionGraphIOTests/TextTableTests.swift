import Testing
@testable import RegionGraphIO

@Suite struct TextTableTests {
    let header = ["Name", "Kind", "Role", "Id"]
    let rows = [
        ["Interkommunalt politisk råd Trøndelag Sør", "regional council", "medlemskommune", "ipr-trondelag-sor"],
        ["Verdensarvrådet", "board", "ordfører", "verdensarvradet"],
    ]

    @Test func aTableThatFitsIsLaidOutAsItIs() {
        let table = TextTable(header: header, rows: rows, keptWhole: [3], width: 200)
        #expect(!table.isBlocks)
        #expect(table.headerLines == ["NAME                                       KIND              ROLE            ID"])
        #expect(table.lines(ofRow: 1) == ["Verdensarvrådet                            board             ordfører        verdensarvradet"])
        #expect(TextTable(header: header, rows: rows, keptWhole: [3], width: nil).widths == table.widths)
    }

    @Test func aWideTableWrapsItsWidestCellsAndKeepsIdsWhole() {
        let table = TextTable(header: header, rows: rows, keptWhole: [3], width: 70)
        #expect(!table.isBlocks)
        let lines = table.lines(ofRow: 0)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 70 })
        #expect(lines[0].hasSuffix("  ipr-trondelag-sor"))
        // Every word of the name is still there, in order.
        let name = lines.map { String($0.prefix(table.widths[0])).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(name == "Interkommunalt politisk råd Trøndelag Sør")
    }

    @Test func aTableTooNarrowToReadBecomesBlocks() {
        let table = TextTable(header: header, rows: rows, keptWhole: [3], width: 40)
        #expect(table.isBlocks)
        #expect(table.headerLines.isEmpty)
        #expect(table.lines(ofRow: 0) == [
            "Interkommunalt politisk råd Trøndelag",
            "  Sør (ipr-trondelag-sor)",
            "    Kind: regional council · Role:",
            "      medlemskommune",
        ])
        #expect(TextTable(header: header, rows: rows, keptWhole: [3], blockTitle: 2, width: 40).lines(ofRow: 1).first
            == "ordfører (verdensarvradet)")
    }

    @Test func wrappingBreaksAtSpacesIndentsAndCutsOnlyWordsLongerThanALine() {
        #expect(TextTable.wrapped("    source: Handlingsplan 2021–2022 (Regionrådet, 2021)", width: 30)
            == ["    source: Handlingsplan", "      2021–2022 (Regionrådet,", "      2021)"])
        #expect(TextTable.wrapped("short", width: 30) == ["short"])
        #expect(TextTable.wrapped("nasjonalparkstyret-femundsmarka-gutulia", width: 20)
            == ["nasjonalparkstyret-f", "  emundsmarka-gutuli", "  a"])
    }

    /// Widths are counted from the bytes where no scalar is a combining mark or above, and
    /// are then what `count` gives; with one, `count` itself.
    @Test func aWidthIsTheNumberOfCharacters() {
        let texts = [
            "", "Røros", "Rossen tjïelte", "Åarjel-Saemiej", "ĸ ǅ ʰ˿", "e\u{301}", "A\u{30A}ngen", "a\r\nb", "a\rb\n",
            "🇳🇴 Norge", "Håsund–Skivik", "\u{2FF}\u{300}", "tab\there", String(repeating: "æøå ", count: 40),
        ]
        for text in texts {
            #expect(TextTable.width(of: text) == text.count, "\(text.debugDescription)")
            #expect(TextTable.longestWordWidth(of: text) == (text.split(separator: " ").map(\.count).max() ?? 0),
                "\(text.debugDescription)")
            let spaced = " " + text + "  x " + text.replacingOccurrences(of: " ", with: "  ")
            #expect(TextTable.longestWordWidth(of: spaced) == (spaced.split(separator: " ").map(\.count).max() ?? 0),
                "\(spaced.debugDescription)")
            let tail = text.dropFirst()
            #expect(TextTable.width(of: tail) == tail.count, "\(tail.debugDescription)")
        }
    }

    /// A word longer than a line is cut where the line ends, and what is left of it is
    /// measured as what is left: the next word still joins it when there is room.
    @Test func whatIsLeftOfACutWordTakesTheNextWordWhenThereIsRoom() {
        #expect(TextTable.cellLines("abcdefghij k", width: 6) == ["abcdef", "ghij k"])
        #expect(TextTable.cellLines("Åarjelsaemien jïh", width: 6) == ["Åarjel", "saemie", "n jïh"])
        #expect(TextTable.wrapped("    kilde: Interkommunaltsamarbeid", width: 14)
            == ["    kilde:", "      Interkom", "      munaltsa", "      marbeid"])
    }
}
