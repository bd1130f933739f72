import Testing
@testable import RegionGraph

@Suite struct TextFoldingTests {
    @Test func matchKeyFoldsCaseDiacriticsAndNorwegianLetters() {
        #expect(TextFolding.matchKey("Røros") == "roros")
        #expect(TextFolding.matchKey("Holtålen") == "holtalen")
        #expect(TextFolding.matchKey("Rossen tjïelte") == "rossen tjielte")
        #expect(TextFolding.matchKey("Ærøy") == "aeroy")
        #expect(TextFolding.matchKey("Røros- og  Solørbanen") == "roros og solorbanen")
        #expect(TextFolding.matchKey("Länsstyrelsen i Dalarna") == "lansstyrelsen i dalarna")
    }

    @Test func namesSortInNorwegianAlphabeticalOrder() {
        let names = ["Åfjord", "Ørland", "Alvdal", "Ærøy", "Osen", "oppdal", "Zeta"]
        #expect(names.sorted(by: TextFolding.precedes)
            == ["Alvdal", "oppdal", "Osen", "Zeta", "Ærøy", "Ørland", "Åfjord"])
    }

    @Test func editDistanceCountsScalars() {
        #expect(TextFolding.editDistance("holtaalen", "holtalen") == 1)
        #expect(TextFolding.editDistance("", "abc") == 3)
        #expect(TextFolding.editDistance("røros", "roros") == 1)
    }
}
