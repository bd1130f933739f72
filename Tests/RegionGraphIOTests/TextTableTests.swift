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
}
